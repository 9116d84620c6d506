package io.wocas.bridge.dossier.grouping;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Language-independent concepts and the phrases, in any language, that express them (see
 * {@link SynonymsLoader} for the file format).
 *
 * @param source where the concepts were read from, for error messages
 * @param concepts concept key to its phrases, in file order
 */
public record Synonyms(String source, Map<String, List<String>> concepts) {

	public Synonyms {
		Map<String, List<String>> copy = new LinkedHashMap<>();
		concepts.forEach((key, phrases) -> copy.put(key, List.copyOf(phrases)));
		concepts = Collections.unmodifiableMap(copy);
	}

}
