package io.wocas.bridge.voice;

import java.util.Locale;

/**
 * Languages the contact centre works in; anything else is {@link #OTHER}.
 */
public enum Language {

	FR, NL, EN, OTHER;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Language fromCode(String code) {
		if (code == null) {
			throw new IllegalArgumentException("language code must not be null");
		}
		for (Language language : values()) {
			if (language.code().equalsIgnoreCase(code.trim())) {
				return language;
			}
		}
		throw new IllegalArgumentException("unknown language '" + code + "', expected one of fr, nl, en, other");
	}

}
