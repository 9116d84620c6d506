package io.wocas.bridge.voice.tagging;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.tartarus.snowball.ext.DutchStemmer;

import io.wocas.bridge.voice.Language;

/**
 * The Lucene chain of one language, shared by tagging and grouping: tokens, elisions
 * ({@code l'}, {@code d'}) or possessives, lower case, stop words, folded accents, light
 * stemming (Snowball for Dutch). Stop words are removed before accents are folded because
 * the stop lists are accented. Only the stop list differs between its users.
 */
public final class LanguageChain extends Analyzer {

	private final Language language;

	private final CharArraySet stopWords;

	private LanguageChain(Language language, CharArraySet stopWords) {
		this.language = language;
		this.stopWords = stopWords;
	}

	/**
	 * With the given stop words.
	 */
	static LanguageChain of(Language language, CharArraySet stopWords) {
		return new LanguageChain(language, stopWords);
	}

	/**
	 * With Lucene's default stop words of the language (English for any other language).
	 */
	public static LanguageChain withDefaultStopWords(Language language) {
		return new LanguageChain(language, switch (language) {
			case FR -> FrenchAnalyzer.getDefaultStopSet();
			case NL -> DutchAnalyzer.getDefaultStopSet();
			case EN, OTHER -> EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
		});
	}

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		Tokenizer source = new StandardTokenizer();
		TokenStream stream = source;
		switch (this.language) {
			case FR -> {
				stream = new ElisionFilter(stream, FrenchAnalyzer.DEFAULT_ARTICLES);
				stream = new LowerCaseFilter(stream);
				stream = new StopFilter(stream, this.stopWords);
				stream = new ASCIIFoldingFilter(stream);
				stream = new FrenchLightStemFilter(stream);
			}
			case NL -> {
				stream = new LowerCaseFilter(stream);
				stream = new StopFilter(stream, this.stopWords);
				stream = new ASCIIFoldingFilter(stream);
				stream = new SnowballFilter(stream, new DutchStemmer());
			}
			default -> {
				stream = new EnglishPossessiveFilter(stream);
				stream = new LowerCaseFilter(stream);
				stream = new StopFilter(stream, this.stopWords);
				stream = new ASCIIFoldingFilter(stream);
				stream = new EnglishMinimalStemFilter(stream);
			}
		}
		return new TokenStreamComponents(source, stream);
	}

}
