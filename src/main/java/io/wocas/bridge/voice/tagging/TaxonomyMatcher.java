package io.wocas.bridge.voice.tagging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.wocas.bridge.voice.Language;

/**
 * Finds the reason codes of a taxonomy in a text with Lucene analysis.
 * <p>
 * The terms are analysed once, when the matcher is built, with the analyser of their
 * language and indexed by their first token. A text is analysed with each of the three
 * analysers (advisers mix languages, and a Dutch note may well say "CPAS"); every term is
 * looked for in the text analysed like the term itself, as a contiguous token sequence.
 * <p>
 * Scoring: a term is worth {@code 1 - 0.7^n}, where {@code n} counts its tokens and a
 * long token (a compound such as "jaarafrekening") counts one and a half. So a single
 * short word ("rappel", 0.30) is not enough on its own at the default threshold (0.35), a
 * long compound (0.41) or a two-word phrase (0.51) is. The best term counts fully and
 * every further distinct, non-overlapping term of the same code at half its worth,
 * combined as a noisy-or, which keeps the confidence within 0..1 and lets evidence add
 * up.
 */
public final class TaxonomyMatcher {

	private static final double BASE = 0.7;

	private static final int LONG_TOKEN = 9;

	private static final int VERY_LONG_TOKEN = 13;

	private static final double FURTHER_HIT_FACTOR = 0.5;

	private static final Language[] LANGUAGES = { Language.FR, Language.NL, Language.EN };

	private final TermAnalyzers analyzers = new TermAnalyzers();

	private final List<String> codes = new ArrayList<>();

	private final Map<Language, Map<String, List<Phrase>>> index = new EnumMap<>(Language.class);

	public TaxonomyMatcher(Taxonomy taxonomy) {
		List<Taxonomy.ReasonCode> reasonCodes = taxonomy.reasonCodes();
		int phraseId = 0;
		for (int i = 0; i < reasonCodes.size(); i++) {
			Taxonomy.ReasonCode reasonCode = reasonCodes.get(i);
			this.codes.add(reasonCode.code());
			for (Language language : LANGUAGES) {
				List<String> terms = reasonCode.terms().getOrDefault(language, List.of());
				for (int j = 0; j < terms.size(); j++) {
					String[] tokens = this.analyzers.analyze(language, terms.get(j)).terms();
					if (tokens.length == 0) {
						throw new InvalidTaxonomyException(taxonomy.source(),
								TaxonomyLoader.ROOT_KEY + "[" + i + "].terms." + language.code() + "[" + j + "]",
								"'" + terms.get(j) + "' has only stop words, nothing to match on");
					}
					this.index.computeIfAbsent(language, (key) -> new HashMap<>())
						.computeIfAbsent(tokens[0], (key) -> new ArrayList<>())
						.add(new Phrase(phraseId++, i, tokens, worth(tokens)));
				}
			}
		}
	}

	/**
	 * All reason codes found in the text, best first.
	 */
	public List<ReasonMatch> match(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		List<List<Hit>> hitsPerCode = new ArrayList<>(this.codes.size());
		for (int i = 0; i < this.codes.size(); i++) {
			hitsPerCode.add(null);
		}
		for (Language language : LANGUAGES) {
			Map<String, List<Phrase>> phrases = this.index.get(language);
			if (phrases == null) {
				continue;
			}
			TermAnalyzers.Tokens tokens = this.analyzers.analyze(language, text);
			String[] terms = tokens.terms();
			for (int position = 0; position < terms.length; position++) {
				List<Phrase> candidates = phrases.get(terms[position]);
				if (candidates == null) {
					continue;
				}
				for (Phrase phrase : candidates) {
					if (phrase.matchesAt(terms, position)) {
						List<Hit> hits = hitsPerCode.get(phrase.codeIndex());
						if (hits == null) {
							hits = new ArrayList<>(4);
							hitsPerCode.set(phrase.codeIndex(), hits);
						}
						hits.add(new Hit(phrase, tokens.starts()[position],
								tokens.ends()[position + phrase.tokens().length - 1]));
					}
				}
			}
		}
		List<ReasonMatch> matches = new ArrayList<>();
		for (int i = 0; i < hitsPerCode.size(); i++) {
			List<Hit> hits = hitsPerCode.get(i);
			if (hits != null) {
				matches.add(new ReasonMatch(this.codes.get(i), confidence(hits)));
			}
		}
		matches.sort(Comparator.comparingDouble(ReasonMatch::confidence).reversed());
		return matches;
	}

	private static double confidence(List<Hit> hits) {
		hits.sort(Comparator.comparingDouble((Hit hit) -> hit.phrase().worth()).reversed());
		List<Hit> counted = new ArrayList<>(hits.size());
		Set<Integer> phrasesCounted = new HashSet<>();
		double miss = 1.0;
		for (Hit hit : hits) {
			if (phrasesCounted.contains(hit.phrase().id()) || counted.stream().anyMatch(hit::overlaps)) {
				continue;
			}
			double worth = hit.phrase().worth() * (counted.isEmpty() ? 1.0 : FURTHER_HIT_FACTOR);
			miss *= 1.0 - worth;
			counted.add(hit);
			phrasesCounted.add(hit.phrase().id());
		}
		return 1.0 - miss;
	}

	private static double worth(String[] tokens) {
		double weight = 0;
		for (String token : tokens) {
			weight += (token.length() >= VERY_LONG_TOKEN) ? 2.0 : ((token.length() >= LONG_TOKEN) ? 1.5 : 1.0);
		}
		return 1.0 - Math.pow(BASE, weight);
	}

	private record Phrase(int id, int codeIndex, String[] tokens, double worth) {

		boolean matchesAt(String[] terms, int position) {
			if (position + this.tokens.length > terms.length) {
				return false;
			}
			for (int k = 1; k < this.tokens.length; k++) {
				if (!this.tokens[k].equals(terms[position + k])) {
					return false;
				}
			}
			return true;
		}

	}

	private record Hit(Phrase phrase, int start, int end) {

		boolean overlaps(Hit other) {
			return this.start < other.end && other.start < this.end;
		}

	}

}
