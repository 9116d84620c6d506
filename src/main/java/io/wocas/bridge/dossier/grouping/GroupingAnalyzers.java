package io.wocas.bridge.dossier.grouping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import io.wocas.bridge.voice.Language;
import io.wocas.bridge.voice.tagging.LanguageChain;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * One Lucene chain per language for grouping: elisions, lower case, the language's stop
 * words, accent folding, light stemming. The same chain analyses the synonym phrases and
 * the voices, so a phrase matches whatever its case, accents or plural. Kept apart from
 * the tagging chains so that grouping can evolve without changing how reason codes are
 * found. Analyzers are thread-safe (Lucene reuses components per thread).
 */
final class GroupingAnalyzers {

	private final Analyzer french = LanguageChain.withDefaultStopWords(Language.FR);

	private final Analyzer dutch = LanguageChain.withDefaultStopWords(Language.NL);

	private final Analyzer english = LanguageChain.withDefaultStopWords(Language.EN);

	private final Analyzer frenchPhrases = new PhraseAnalyzer(Language.FR);

	private final Analyzer dutchPhrases = new PhraseAnalyzer(Language.NL);

	private final Analyzer englishPhrases = new PhraseAnalyzer(Language.EN);

	/**
	 * Articles and prepositions that only glue a phrase together; unlike the full stop
	 * lists they keep negations and numbers ("pas clair", "not informed", "deux fois").
	 */
	private static final CharArraySet GLUE = new CharArraySet(List.of("le", "la", "les", "l", "d", "de", "du", "des",
			"un", "une", "au", "aux", "et", "a", "à", "en", "het", "een", "van", "der", "den", "t", "the", "an", "of",
			"to", "and", "s", "my", "mon", "ma", "mes", "son", "sa", "ses", "mijn", "zijn", "haar", "his", "her"),
			false);

	static final List<Language> CHAINS = List.of(Language.FR, Language.NL, Language.EN);

	static Language chainOf(Language language) {
		return (language == Language.FR || language == Language.NL) ? language : Language.EN;
	}

	/**
	 * Stems for the {@code t:} features: full stop lists.
	 */
	List<String> analyze(Language language, String text) {
		return run(switch (chainOf(language)) {
			case FR -> this.french;
			case NL -> this.dutch;
			default -> this.english;
		}, text);
	}

	/**
	 * Tokens for phrase matching: only glue words removed, so that negations and counts
	 * stay part of the phrase.
	 */
	List<String> analyzePhrase(Language language, String text) {
		return run(switch (chainOf(language)) {
			case FR -> this.frenchPhrases;
			case NL -> this.dutchPhrases;
			default -> this.englishPhrases;
		}, text);
	}

	private static List<String> run(Analyzer analyzer, String text) {
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return terms;
	}

	private static final class PhraseAnalyzer extends Analyzer {

		private final Language language;

		PhraseAnalyzer(Language language) {
			this.language = language;
		}

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer source = new StandardTokenizer();
			TokenStream stream = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
			stream = new EnglishPossessiveFilter(stream);
			stream = new LowerCaseFilter(stream);
			stream = new StopFilter(stream, GLUE);
			stream = new ASCIIFoldingFilter(stream);
			stream = switch (this.language) {
				case FR -> new FrenchLightStemFilter(stream);
				case NL -> new SnowballFilter(stream, new DutchStemmer());
				default -> new EnglishMinimalStemFilter(stream);
			};
			return new TokenStreamComponents(source, stream);
		}

	}

}
