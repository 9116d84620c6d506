package io.wocas.bridge.voice.tagging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.wocas.bridge.voice.Language;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * One Lucene analysis chain per language, used for both the taxonomy terms and the texts,
 * so that case, accents, elisions ({@code l'}, {@code d'}), stop words and plurals do not
 * matter. Stop words are removed before accents are folded because the stop lists are
 * accented; stemming is light (French, English) or Snowball (Dutch) to stay predictable
 * for ops who write the terms.
 */
final class TermAnalyzers {

	/**
	 * Negations carry meaning here ("not called back" is a complaint, "called back" is
	 * routine follow-up), so they are kept even though Lucene's default stop sets drop
	 * them.
	 */
	private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "nor", "niet", "geen", "nooit", "ne",
			"pas", "jamais", "aucun", "aucune", "sans", "zonder");

	private static final CharArraySet FRENCH_STOP_WORDS = withoutNegations(FrenchAnalyzer.getDefaultStopSet());

	private static final CharArraySet DUTCH_STOP_WORDS = withoutNegations(DutchAnalyzer.getDefaultStopSet());

	private static final CharArraySet ENGLISH_STOP_WORDS = withoutNegations(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);

	private final Analyzer french = LanguageChain.of(Language.FR, FRENCH_STOP_WORDS);

	private final Analyzer dutch = LanguageChain.of(Language.NL, DUTCH_STOP_WORDS);

	private final Analyzer english = LanguageChain.of(Language.EN, ENGLISH_STOP_WORDS);

	private static CharArraySet withoutNegations(CharArraySet stopWords) {
		CharArraySet kept = new CharArraySet(stopWords.size(), true);
		for (Object word : stopWords) {
			String text = new String((char[]) word);
			if (!NEGATIONS.contains(text)) {
				kept.add(text);
			}
		}
		return CharArraySet.unmodifiableSet(kept);
	}

	Analyzer forLanguage(Language language) {
		return switch (language) {
			case FR -> this.french;
			case NL -> this.dutch;
			case EN, OTHER -> this.english;
		};
	}

	Tokens analyze(Language language, String text) {
		List<String> terms = new ArrayList<>();
		List<int[]> offsets = new ArrayList<>();
		try (TokenStream stream = forLanguage(language).tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
				offsets.add(new int[] { offset.startOffset(), offset.endOffset() });
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		int[] starts = new int[terms.size()];
		int[] ends = new int[terms.size()];
		for (int i = 0; i < starts.length; i++) {
			starts[i] = offsets.get(i)[0];
			ends[i] = offsets.get(i)[1];
		}
		return new Tokens(terms.toArray(String[]::new), starts, ends);
	}

	/**
	 * Analysed tokens of a text with their character offsets in it.
	 */
	record Tokens(String[] terms, int[] starts, int[] ends) {

		int size() {
			return this.terms.length;
		}

	}

}
