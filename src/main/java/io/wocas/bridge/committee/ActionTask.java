package io.wocas.bridge.committee;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A task of a dossier's action plan, optionally carrying out one approved proposal.
 */
public record ActionTask(long id, long dossierId, Long proposalId, String title, String assignee, LocalDate dueOn,
		TaskStatus status, String createdBy, Instant createdAt, String updatedBy, Instant updatedAt) {

}
