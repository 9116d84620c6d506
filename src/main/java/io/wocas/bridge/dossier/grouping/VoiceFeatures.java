package io.wocas.bridge.dossier.grouping;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.wocas.bridge.voice.Language;

/**
 * What grouping knows of a voice: weighted features named by kind, {@code c:} a
 * language-independent concept from the synonyms file, {@code r:} a reason code,
 * {@code t:} a word stem of the voice's language. Weights are already sublinear in the
 * number of occurrences and multiplied by the kind's weight.
 *
 * @param voiceId the voice
 * @param language the language its text was analysed in
 * @param reasonCodes its reason codes, as tagged
 * @param terms feature to weight, strongest first
 */
public record VoiceFeatures(long voiceId, Language language, List<String> reasonCodes, Map<String, Double> terms) {

	public static final String CONCEPT = "c:";

	public static final String REASON = "r:";

	public static final String STEM = "t:";

	public static final String FAMILY = "f:";

	public VoiceFeatures {
		reasonCodes = List.copyOf(reasonCodes);
		terms = Collections.unmodifiableMap(new LinkedHashMap<>(terms));
	}

	public boolean isEmpty() {
		return this.terms.isEmpty();
	}

}
