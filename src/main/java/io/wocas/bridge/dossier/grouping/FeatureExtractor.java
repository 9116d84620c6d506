package io.wocas.bridge.dossier.grouping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.wocas.bridge.voice.Language;
import io.wocas.bridge.voice.tagging.MarkerParser;
import io.wocas.bridge.voice.tagging.Tagging;
import io.wocas.bridge.voice.tagging.TaggingSettings;
import io.wocas.bridge.voice.tagging.Taxonomy;
import io.wocas.bridge.voice.tagging.TaxonomyLoader;
import io.wocas.bridge.voice.tagging.VoiceTagger;

/**
 * Turns a voice's text into {@link VoiceFeatures}.
 * <p>
 * The marker line, forwarded-mail headers, greetings, closings, signatures and redaction
 * tokens are removed first ({@link TextCleaner}). The rest is analysed with the chain of
 * the voice's language; synonym phrases become concept features ({@code c:leak}) that are
 * the same in every language, every remaining word of three letters or more becomes a
 * stem feature ({@code t:fuit}) at a lower weight, and each reason code becomes a feature
 * ({@code r:LEAK-CONSUMPTION}). Generic concepts of the synonyms file (an invoice, a
 * phone call, a delay) weigh {@value #GENERIC_FACTOR_TEXT} of a concept, and each family
 * of the synonyms file with a member in the voice becomes one feature
 * ({@code f:reaching-us}) at {@value #FAMILY_FACTOR_TEXT} of a concept. Counts are damped
 * ({@code 1 + ln tf}) so that a long mail repeating a word does not outweigh a short
 * note. Similarity across languages therefore comes only from concepts and reason codes.
 */
public class FeatureExtractor {

	private static final int MIN_STEM_LENGTH = 3;

	private final GroupingAnalyzers analyzers = new GroupingAnalyzers();

	private final TextCleaner cleaner = new TextCleaner();

	private final ConceptMatcher concepts;

	private final MarkerParser markers;

	private final VoiceTagger tagger;

	private final GroupingSettings settings;

	private final Synonyms synonyms;

	private final Map<String, List<String>> families = new java.util.HashMap<>();

	static final String GENERIC_FACTOR_TEXT = "0.4";

	static final String FAMILY_FACTOR_TEXT = "0.8";

	/**
	 * Weight of a generic concept (see {@link Synonyms#generic()}) relative to the
	 * concept weight.
	 */
	static final double GENERIC_FACTOR = Double
		.parseDouble(System.getProperty("wocas.grouping.generic", GENERIC_FACTOR_TEXT));

	/**
	 * Weight of a family feature ({@code f:reaching-us}) relative to the concept weight.
	 */
	static final double FAMILY_FACTOR = Double
		.parseDouble(System.getProperty("wocas.grouping.family", FAMILY_FACTOR_TEXT));

	public FeatureExtractor(Synonyms synonyms, VoiceTagger tagger, MarkerParser markers, GroupingSettings settings) {
		this.concepts = new ConceptMatcher(synonyms, this.analyzers);
		this.synonyms = synonyms;
		synonyms.families()
			.forEach((family, members) -> members
				.forEach((concept) -> this.families.computeIfAbsent(concept, (key) -> new ArrayList<>()).add(family)));
		this.tagger = tagger;
		this.markers = markers;
		this.settings = settings;
	}

	/**
	 * Reads the synonyms file and the taxonomy named in the settings.
	 */
	public static FeatureExtractor create(GroupingSettings settings, TaggingSettings tagging) {
		Taxonomy taxonomy = TaxonomyLoader.load(tagging.taxonomyFile());
		return new FeatureExtractor(SynonymsLoader.load(settings.synonymsFile()), new VoiceTagger(tagging, taxonomy),
				new MarkerParser(tagging.marker(), taxonomy), settings);
	}

	/**
	 * Features of a voice whose language and reason codes are found by the tagger.
	 */
	public VoiceFeatures extract(long voiceId, String subject, String text) {
		Tagging tagging = this.tagger.tag(subject, text);
		return extract(voiceId, subject, text, tagging.language(), tagging.reasonCodes());
	}

	/**
	 * Features of a voice already tagged (for example when reloading stored voices).
	 */
	public VoiceFeatures extract(long voiceId, String subject, String text, Language language,
			List<String> reasonCodes) {
		String full = join(subject, text);
		String body = this.cleaner.clean(this.markers.parse(full).remainder());
		List<String> tokens = this.analyzers.analyze(language, body);
		Map<String, Integer> counts = new TreeMap<>();
		Set<String> families = new TreeSet<>();
		for (String concept : this.concepts.match(language, this.analyzers.analyzePhrase(language, body))) {
			counts.merge(VoiceFeatures.CONCEPT + concept, 1, Integer::sum);
			families.addAll(this.families.getOrDefault(concept, List.of()));
		}
		for (String token : tokens) {
			if (isWord(token)) {
				counts.merge(VoiceFeatures.STEM + token, 1, Integer::sum);
			}
		}
		Map<String, Double> weights = new LinkedHashMap<>();
		counts.forEach((feature, count) -> {
			double kind = feature.startsWith(VoiceFeatures.CONCEPT) ? this.settings.conceptWeight()
					: this.settings.stemWeight();
			if (feature.startsWith(VoiceFeatures.CONCEPT)
					&& this.synonyms.generic().contains(feature.substring(VoiceFeatures.CONCEPT.length()))) {
				kind *= GENERIC_FACTOR;
			}
			weights.put(feature, kind * (1.0 + Math.log(count)));
		});
		for (String family : families) {
			weights.put(VoiceFeatures.FAMILY + family, FAMILY_FACTOR * this.settings.conceptWeight());
		}
		for (String code : reasonCodes) {
			weights.put(VoiceFeatures.REASON + code, this.settings.reasonWeight());
		}
		weights.values().removeIf((weight) -> weight <= 0.0);
		List<Map.Entry<String, Double>> sorted = new ArrayList<>(weights.entrySet());
		sorted.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
			.thenComparing(Map.Entry.comparingByKey()));
		Map<String, Double> terms = new LinkedHashMap<>();
		sorted.forEach((entry) -> terms.put(entry.getKey(), entry.getValue()));
		return new VoiceFeatures(voiceId, language, reasonCodes, terms);
	}

	/**
	 * The text the features are computed from, for tests and for analysts who wonder.
	 */
	String cleanedText(String subject, String text) {
		return this.cleaner.clean(this.markers.parse(join(subject, text)).remainder());
	}

	private static boolean isWord(String token) {
		if (token.length() < MIN_STEM_LENGTH) {
			return false;
		}
		for (int i = 0; i < token.length(); i++) {
			if (!Character.isLetter(token.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	private static String join(String subject, String text) {
		boolean hasSubject = subject != null && !subject.isBlank();
		boolean hasText = text != null && !text.isBlank();
		if (hasSubject && hasText) {
			return subject + "\n" + text;
		}
		return hasSubject ? subject : (hasText ? text : "");
	}

}
