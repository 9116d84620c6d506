package io.wocas.bridge.voice;

/**
 * Perceived severity reported by the adviser, from 1 (minor) to 4 (critical).
 */
public record Severity(int level) {

	public static final int MIN = 1;

	public static final int MAX = 4;

	public Severity {
		if (level < MIN || level > MAX) {
			throw new IllegalArgumentException("severity must be between 1 and 4, was " + level);
		}
	}

}
