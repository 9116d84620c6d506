package io.wocas.bridge.voice;

import java.util.Objects;

/**
 * Where a voice came from: the source system (a mailbox name, a Salesforce org name, or
 * {@code api}) and the record id inside that system. Together they identify a source
 * item, which becomes at most one voice.
 */
public record SourceRef(String system, String recordId) {

	public SourceRef {
		Objects.requireNonNull(system, "source system");
		Objects.requireNonNull(recordId, "source record id");
		if (system.isBlank()) {
			throw new IllegalArgumentException("source system must not be blank");
		}
		if (recordId.isBlank()) {
			throw new IllegalArgumentException("source record id must not be blank");
		}
		if (system.length() > 100) {
			throw new IllegalArgumentException("source system must be at most 100 characters");
		}
		if (recordId.length() > 255) {
			throw new IllegalArgumentException("source record id must be at most 255 characters");
		}
	}

}
