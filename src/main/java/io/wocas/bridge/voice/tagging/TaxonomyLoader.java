package io.wocas.bridge.voice.tagging;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.wocas.bridge.voice.Language;

/**
 * Reads and validates the taxonomy YAML. Every problem is reported as an
 * {@link InvalidTaxonomyException} naming the file and the key path (for example
 * {@code connectors/taxonomy.yaml: reason-codes[3].code must not be blank}), so that a
 * broken file stops start-up with a message ops can act on.
 *
 * <pre>
 * reason-codes:
 *   - code: BILL-ANNUAL
 *     label: {fr: "Décompte annuel incompréhensible", nl: "Onduidelijke jaarafrekening", en: "Annual statement unclear"}
 *     terms:
 *       fr: ["décompte annuel", "facture annuelle"]
 *       nl: ["jaarafrekening"]
 *       en: ["annual statement"]
 * </pre>
 */
public final class TaxonomyLoader {

	static final String ROOT_KEY = "reason-codes";

	private static final Set<String> ROOT_KEYS = Set.of(ROOT_KEY, "version");

	private static final Set<String> ENTRY_KEYS = Set.of("code", "label", "description", "terms");

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(?:[-_][A-Z0-9]+)*");

	private static final Map<String, Language> LANGUAGES = Map.of("fr", Language.FR, "nl", Language.NL, "en",
			Language.EN);

	private TaxonomyLoader() {
	}

	public static Taxonomy load(Path file) {
		String source = file.toString();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return parse(source, reader);
		}
		catch (IOException ex) {
			throw new InvalidTaxonomyException(source, "cannot be read (" + ex.getClass().getSimpleName() + ")", ex);
		}
	}

	public static Taxonomy parse(String source, String yaml) {
		return parse(source, new java.io.StringReader(yaml));
	}

	static Taxonomy parse(String source, Reader reader) {
		Object root = YamlDocuments.read(reader,
				(problem, cause) -> new InvalidTaxonomyException(source, problem, cause));
		if (!(root instanceof Map<?, ?> rootMap)) {
			throw new InvalidTaxonomyException(source, "", "must be a mapping with a '" + ROOT_KEY + "' list");
		}
		checkKeys(source, "", rootMap, ROOT_KEYS);
		Object list = rootMap.get(ROOT_KEY);
		if (!(list instanceof List<?> entries) || entries.isEmpty()) {
			throw new InvalidTaxonomyException(source, ROOT_KEY, "must be a non-empty list");
		}
		List<Taxonomy.ReasonCode> codes = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (int i = 0; i < entries.size(); i++) {
			String path = ROOT_KEY + "[" + i + "]";
			Taxonomy.ReasonCode code = reasonCode(source, path, entries.get(i));
			Integer previous = seen.putIfAbsent(code.code(), i);
			if (previous != null) {
				throw new InvalidTaxonomyException(source, path + ".code",
						"'" + code.code() + "' is a duplicate of " + ROOT_KEY + "[" + previous + "].code");
			}
			codes.add(code);
		}
		return new Taxonomy(source, codes);
	}

	private static Taxonomy.ReasonCode reasonCode(String source, String path, Object entry) {
		if (!(entry instanceof Map<?, ?> map)) {
			throw new InvalidTaxonomyException(source, path, "must be a mapping with code, label and terms");
		}
		checkKeys(source, path + ".", map, ENTRY_KEYS);
		Object rawCode = map.get("code");
		if (rawCode == null || rawCode.toString().isBlank()) {
			throw new InvalidTaxonomyException(source, path + ".code", "must not be blank");
		}
		String code = rawCode.toString().trim();
		if (!CODE.matcher(code).matches()) {
			throw new InvalidTaxonomyException(source, path + ".code",
					"'" + code + "' must be upper-case letters and digits separated by '-', like BILL-ANNUAL");
		}
		Map<Language, String> labels = new EnumMap<>(Language.class);
		Object rawLabels = map.get("label");
		if (!(rawLabels instanceof Map<?, ?> labelMap) || labelMap.isEmpty()) {
			throw new InvalidTaxonomyException(source, path + ".label",
					"must map at least one of fr, nl, en to a text");
		}
		for (Map.Entry<?, ?> label : labelMap.entrySet()) {
			String key = path + ".label." + label.getKey();
			Language language = language(source, key, label.getKey());
			if (label.getValue() == null || label.getValue().toString().isBlank()) {
				throw new InvalidTaxonomyException(source, key, "must not be blank");
			}
			labels.put(language, label.getValue().toString().trim());
		}
		Map<Language, List<String>> terms = new EnumMap<>(Language.class);
		Object rawTerms = map.get("terms");
		if (!(rawTerms instanceof Map<?, ?> termMap) || termMap.isEmpty()) {
			throw new InvalidTaxonomyException(source, path + ".terms",
					"must map at least one of fr, nl, en to a non-empty list of terms");
		}
		for (Map.Entry<?, ?> languageTerms : termMap.entrySet()) {
			String key = path + ".terms." + languageTerms.getKey();
			Language language = language(source, key, languageTerms.getKey());
			if (!(languageTerms.getValue() instanceof List<?> list) || list.isEmpty()) {
				throw new InvalidTaxonomyException(source, key, "must be a non-empty list of terms");
			}
			List<String> values = new ArrayList<>();
			for (int j = 0; j < list.size(); j++) {
				Object term = list.get(j);
				if (term == null || term instanceof Map || term instanceof List || term.toString().isBlank()) {
					throw new InvalidTaxonomyException(source, key + "[" + j + "]", "must be a non-blank text");
				}
				values.add(term.toString().trim());
			}
			terms.put(language, values);
		}
		return new Taxonomy.ReasonCode(code, labels, terms);
	}

	private static Language language(String source, String key, Object value) {
		Language language = LANGUAGES.get(String.valueOf(value));
		if (language == null) {
			throw new InvalidTaxonomyException(source, key, "is not a known language, expected fr, nl or en");
		}
		return language;
	}

	private static void checkKeys(String source, String prefix, Map<?, ?> map, Set<String> allowed) {
		for (Object key : map.keySet()) {
			if (!allowed.contains(String.valueOf(key))) {
				throw new InvalidTaxonomyException(source, prefix + key,
						"is not a known key, expected one of " + allowed.stream().sorted().toList());
			}
		}
	}

}
