package io.wocas.bridge.dossier;

import java.time.Instant;

/**
 * One entry of the audit trail: who did what to which dossiers, when and why, and whether
 * it was undone.
 */
public record AnalystOperation(long id, OperationKind kind, String actor, String reason, Instant occurredAt,
		String dossierIds, Long undoes, Long undoneBy) {

}
