package io.wocas.bridge.committee;

import java.time.Instant;

/**
 * The owner's root-cause analysis of a dossier; its proposals are stored apart, with
 * their own ids, because decisions and tasks point at them.
 */
public record Analysis(long dossierId, String rootCause, String updatedBy, Instant updatedAt, String submittedBy,
		Instant submittedAt) {

	public boolean hasRootCause() {
		return this.rootCause != null && !this.rootCause.isBlank();
	}

}
