package io.wocas.bridge.dossier.grouping;

import io.wocas.bridge.voice.tagging.YamlDocuments;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and validates the synonyms YAML. Every problem is reported as an
 * {@link InvalidSynonymsException} naming the file and the key path (for example
 * {@code connectors/synonyms.yaml: concepts.payment-plan[2] must be a non-blank text}),
 * so that a broken file stops start-up with a message ops can act on.
 *
 * <pre>
 * version: 1
 * concepts:
 *   payment-plan: [plan de paiement, plan d'apurement, afbetalingsplan, afbet.plan, payment plan]
 *   formal-notice: [mise en demeure, MED, ingebrekestelling, IBS, formal notice]
 * </pre>
 *
 * A concept key is lower-case letters and digits joined by '-'; its value is a non-empty
 * list of phrases in any language. The same phrase may appear under several concepts.
 * Optional: {@code generic: [invoice, phone]} lists concepts that weigh less, and
 * {@code families: {reaching-us: [phone-wait, callback]}} groups sibling concepts; both
 * may only name concepts of {@code concepts}.
 */
public final class SynonymsLoader {

	static final String ROOT_KEY = "concepts";

	static final String GENERIC_KEY = "generic";

	static final String FAMILIES_KEY = "families";

	private static final Set<String> ROOT_KEYS = Set.of(ROOT_KEY, "version", GENERIC_KEY, FAMILIES_KEY);

	private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");

	private SynonymsLoader() {
	}

	public static Synonyms load(Path file) {
		String source = file.toString();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return parse(source, reader);
		}
		catch (IOException ex) {
			throw new InvalidSynonymsException(source, "cannot be read (" + ex.getClass().getSimpleName() + ")", ex);
		}
	}

	public static Synonyms parse(String source, String yaml) {
		return parse(source, new StringReader(yaml));
	}

	static Synonyms parse(String source, Reader reader) {
		Object root = YamlDocuments.read(reader,
				(problem, cause) -> new InvalidSynonymsException(source, problem, cause));
		if (!(root instanceof Map<?, ?> rootMap)) {
			throw new InvalidSynonymsException(source, "", "must be a mapping with a '" + ROOT_KEY + "' mapping");
		}
		for (Object key : rootMap.keySet()) {
			if (!ROOT_KEYS.contains(String.valueOf(key))) {
				throw new InvalidSynonymsException(source, String.valueOf(key),
						"is not a known key, expected one of " + ROOT_KEYS.stream().sorted().toList());
			}
		}
		if (!(rootMap.get(ROOT_KEY) instanceof Map<?, ?> concepts) || concepts.isEmpty()) {
			throw new InvalidSynonymsException(source, ROOT_KEY, "must be a non-empty mapping of concept to phrases");
		}
		Map<String, List<String>> result = new LinkedHashMap<>();
		for (Map.Entry<?, ?> concept : concepts.entrySet()) {
			String key = String.valueOf(concept.getKey());
			String path = ROOT_KEY + "." + key;
			if (!KEY.matcher(key).matches()) {
				throw new InvalidSynonymsException(source, path,
						"is not a valid concept key: use lower-case words joined by '-', like annual-statement");
			}
			if (!(concept.getValue() instanceof List<?> list) || list.isEmpty()) {
				throw new InvalidSynonymsException(source, path, "must be a non-empty list of phrases");
			}
			List<String> phrases = new ArrayList<>();
			for (int i = 0; i < list.size(); i++) {
				Object phrase = list.get(i);
				if (phrase == null || phrase instanceof Map || phrase instanceof List || phrase.toString().isBlank()) {
					throw new InvalidSynonymsException(source, path + "[" + i + "]", "must be a non-blank text");
				}
				phrases.add(phrase.toString().trim());
			}
			result.put(key, phrases);
		}
		Set<String> generic = new LinkedHashSet<>(conceptList(source, GENERIC_KEY, rootMap.get(GENERIC_KEY), result));
		Map<String, List<String>> families = new LinkedHashMap<>();
		Object familyRoot = rootMap.get(FAMILIES_KEY);
		if (familyRoot != null) {
			if (!(familyRoot instanceof Map<?, ?> familyMap)) {
				throw new InvalidSynonymsException(source, FAMILIES_KEY, "must be a mapping of family to concepts");
			}
			for (Map.Entry<?, ?> family : familyMap.entrySet()) {
				String key = String.valueOf(family.getKey());
				String path = FAMILIES_KEY + "." + key;
				if (!KEY.matcher(key).matches()) {
					throw new InvalidSynonymsException(source, path,
							"is not a valid family key: use lower-case words joined by '-', like reaching-us");
				}
				if (family.getValue() == null) {
					throw new InvalidSynonymsException(source, path, "must be a non-empty list of concepts");
				}
				families.put(key, conceptList(source, path, family.getValue(), result));
			}
		}
		return new Synonyms(source, result, generic, families);
	}

	private static List<String> conceptList(String source, String path, Object value,
			Map<String, List<String>> concepts) {
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> list) || list.isEmpty()) {
			throw new InvalidSynonymsException(source, path, "must be a non-empty list of concept keys");
		}
		List<String> keys = new ArrayList<>();
		for (int i = 0; i < list.size(); i++) {
			String key = String.valueOf(list.get(i));
			if (!concepts.containsKey(key)) {
				throw new InvalidSynonymsException(source, path + "[" + i + "]",
						"'" + key + "' is not a concept of '" + ROOT_KEY + "'");
			}
			keys.add(key);
		}
		return keys;
	}

}
