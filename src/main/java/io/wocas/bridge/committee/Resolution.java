package io.wocas.bridge.committee;

import java.time.Instant;

/**
 * The owner's statement that a dossier is fixed, and what was done.
 */
public record Resolution(long id, long dossierId, String summary, String resolvedBy, Instant resolvedAt) {

}
