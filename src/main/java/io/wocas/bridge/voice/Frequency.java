package io.wocas.bridge.voice;

import java.util.Locale;

/**
 * How often the adviser hears the problem, as reported by the adviser.
 */
public enum Frequency {

	DAILY, WEEKLY, MONTHLY, RARE;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Frequency fromCode(String code) {
		if (code == null) {
			throw new IllegalArgumentException("frequency must not be null");
		}
		for (Frequency frequency : values()) {
			if (frequency.code().equalsIgnoreCase(code.trim())) {
				return frequency;
			}
		}
		throw new IllegalArgumentException(
				"unknown frequency '" + code + "', expected one of daily, weekly, monthly, rare");
	}

}
