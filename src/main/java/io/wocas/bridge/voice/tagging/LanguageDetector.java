package io.wocas.bridge.voice.tagging;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.wocas.bridge.voice.Language;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;

/**
 * Tells French, Dutch and English apart in short, noisy adviser texts (shorthand, typos,
 * greetings, signatures, forwarded mail headers), and says {@link Language#OTHER} when
 * the evidence is too thin or points elsewhere.
 * <p>
 * Statistical detectors need more text than a case note holds, so this one scores
 * evidence a linguist would use: frequent words (Lucene's stop sets plus adviser
 * vocabulary and shorthand such as "svp", "mvg", "ivm", "pls"), elisions ({@code l'},
 * {@code n't}), diacritics and spelling patterns ({@code ij}, {@code aa}, {@code th},
 * {@code eau}, word endings). A word known in several languages counts for each in
 * proportion. German, Spanish and Italian stop words compete as decoys so that those
 * texts come out as {@code OTHER} instead of as their nearest neighbour. Mail header
 * lines, URLs, e-mail addresses, numbers and {@code #tags} are ignored.
 */
public final class LanguageDetector {

	private static final double MIN_EVIDENCE = 1.0;

	private static final double MIN_MARGIN = 0.25;

	private static final Pattern HEADER_LINE = Pattern.compile(
			"(?imu)^[\\s>]*(?:van|aan|cc|bcc|onderwerp|verzonden|datum|de|à|a|objet|envoyé|date|from|to|sent|subject|reply-to|tél|tel|gsm|mobile|e-mail|email)\\s*:.*$");

	private static final Pattern NOISE = Pattern
		.compile("(?iu)https?://\\S+|www\\.\\S+|\\S+@\\S+|#\\S+|\\[[a-z-]+]|\\S*\\d\\S*|\\p{L}+:\\S*(?=\\s|$)");

	private static final Set<String> FRENCH_ELISIONS = Set.of("l", "d", "j", "qu", "n", "s", "c", "m", "t", "jusqu",
			"lorsqu", "puisqu");

	private static final Set<String> CLITICS = Set.of("t", "s", "ve", "re", "ll", "m", "d");

	private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)*");

	private static final String FRENCH_WORDS = """
			le la les un une des du de au aux et est sont été être avoir a ai as avons avez ont pas ne n plus
			dans pour par sur avec sans sous chez vers entre depuis pendant avant après selon car donc alors mais
			ou où si oui non qui que quoi dont quand comment pourquoi combien ce cet cette ces ça cela ceci il elle
			ils elles nous vous je tu on lui leur leurs notre votre nos vos mon ton son ma ta sa mes tes ses se
			même aussi encore toujours jamais rien déjà très trop peu beaucoup bcp tout tous toute toutes autre
			chaque aucun aucune fait faire dit dire voir veut veux peut peux doit dois va vais vont suis était
			avait aurait serait fois jour jours mois année ans an client cliente clients madame monsieur mme
			mlle mr bonjour bonsoir merci cordialement cdlt cdt bjr svp stp slt pr ds tt ts qd pq pcq jsp mm
			facture factures décompte acompte rappel compteur relevé paiement payé payer reçu reçoit courrier
			lettre appel appelé rappelé rappelle demande demandé comprend compris comprendre explique expliqué
			plainte montant compte eau fuite consommation déménagement adresse numéro téléphone joindre
			mise demeure plan domiciliation remboursement tarif social cpas huissier frais envoi envoyé
			mauvais mauvaise trop élevé cher chère problème souci toujours refuse veulent pourrait nouveau
			nouvelle dernier dernière votre ici là voilà voici bien mal vraiment personne quelqu quelque
			""";

	private static final String DUTCH_WORDS = """
			de het een en van in is dat die dit deze niet geen wel ook nog al maar om te op aan met voor bij
			naar uit over door zijn haar hij zij ze we wij jij je u uw ik mij me mijn onze ons hun hem er hier
			daar waar wat wie hoe waarom wanneer als dan omdat want dus heeft hebben heb had was waren wordt
			worden werd kan kunnen moet moeten wil wilt willen zou zal zullen gaat gaan komt komen krijgt
			krijgen gekregen betaald betalen klant klanten mevrouw meneer dhr mevr mvg gr groeten vriendelijke
			bedankt dank alstublieft aub graag goedemorgen goedemiddag goedendag hallo brief factuur facturen
			rekening water maand maanden jaar keer veel weinig meer minder nu toen alleen iets niets niks iemand
			niemand ivm mbt idd ff nvt tov bvb bv oa tav dmv btw snapt begrijpt begrijp weet zegt vraagt belt
			gebeld teruggebeld opgebeld terug verhuisd sinds tot na zonder onder tegen tussen echt zeer heel erg
			nee ja afrekening jaarafrekening voorschot voorschotfactuur herinnering herinneringen meterstand
			betaling afbetalingsplan terugbetaling lek verbruik verhuis adres ingebrekestelling domiciliëring
			ocmw tarief sociaal hoog duidelijk onduidelijk begrijpen vindt nooit altijd weer opnieuw waarom
			hoeveel welke zelf bellen gebeld mail mailen telefoon nummer bereiken bereikbaar deurwaarder kosten
			aangetekend gestuurd ontvangen klopt klaagt klacht boos ontevreden zit staat stond ligt heeft
			""";

	private static final String ENGLISH_WORDS = """
			the a an and of to in is it that this these those for on with as was be by at or not no but are
			have has had he she they we you i me my his her their our your them him us what which who when
			where why how can cannot could would should will won't don't doesn't didn't isn't wasn't can't do
			does did get got gets says said asked asks wants called calls again still already never always
			customer customers bill bills invoice letter reading payment paid pay month year years times very
			too much many more less understand understands doesnt dont cant wont thanks thank please pls plz
			thx regards kind dear hi hello sir madam mrs ms asap fyi because about from after before since until
			without there here then than so if also just only any some all every each other been being were am
			it's i'm im she's he's there's received sent wrong high help phone number address moved online
			login account amount refund reminder notice debt due overdue explained explain complains complaint
			confused unclear statement advance leak consumption moving rate price increase direct debit
			contact reach website app social tariff should going need needs tried trying keeps anyone nobody
			""";

	private static final String GERMAN_WORDS = "ich nicht und ist das der die sie wir ein eine mit auf für ist sind auch "
			+ "nur noch kein keine bitte danke rechnung kunde wasser zähler grüße mfg hat haben";

	private static final String SPANISH_WORDS = "el los las y es por para con una pero muy gracias factura cliente agua "
			+ "que del se lo como más está hola";

	private static final String ITALIAN_WORDS = "il gli e è per con una ma molto grazie fattura cliente acqua che "
			+ "della sono non ciao";

	private final List<Vocabulary> vocabularies = List.of(
			new Vocabulary(Language.FR, words(FRENCH_WORDS), FrenchAnalyzer.getDefaultStopSet()),
			new Vocabulary(Language.NL, words(DUTCH_WORDS), DutchAnalyzer.getDefaultStopSet()),
			new Vocabulary(Language.EN, words(ENGLISH_WORDS), EnglishAnalyzer.ENGLISH_STOP_WORDS_SET),
			new Vocabulary(null, words(GERMAN_WORDS), GermanAnalyzer.getDefaultStopSet()),
			new Vocabulary(null, words(SPANISH_WORDS), SpanishAnalyzer.getDefaultStopSet()),
			new Vocabulary(null, words(ITALIAN_WORDS), ItalianAnalyzer.getDefaultStopSet()));

	public Language detect(String text) {
		Scores scores = score(text);
		double best = 0;
		double second = 0;
		int bestIndex = -1;
		for (int i = 0; i < scores.values.length; i++) {
			double value = scores.values[i];
			if (value > best) {
				second = best;
				best = value;
				bestIndex = i;
			}
			else if (value > second) {
				second = value;
			}
		}
		if (bestIndex < 0 || best < MIN_EVIDENCE || best - second < MIN_MARGIN * best) {
			return Language.OTHER;
		}
		Language language = this.vocabularies.get(bestIndex).language();
		return (language != null) ? language : Language.OTHER;
	}

	/**
	 * Evidence per language, for tests and tuning.
	 */
	Map<Language, Double> evidence(String text) {
		Scores scores = score(text);
		Map<Language, Double> evidence = new EnumMap<>(Language.class);
		double other = 0;
		for (int i = 0; i < scores.values.length; i++) {
			Language language = this.vocabularies.get(i).language();
			if (language != null) {
				evidence.put(language, scores.values[i]);
			}
			else {
				other = Math.max(other, scores.values[i]);
			}
		}
		evidence.put(Language.OTHER, other);
		return evidence;
	}

	private Scores score(String text) {
		Scores scores = new Scores(this.vocabularies.size());
		if (text == null || text.isBlank()) {
			return scores;
		}
		String cleaned = NOISE.matcher(HEADER_LINE.matcher(text).replaceAll(" ")).replaceAll(" ");
		Matcher words = WORD.matcher(cleaned);
		while (words.find()) {
			String word = words.group().toLowerCase(Locale.ROOT).replace('’', '\'');
			scoreWord(word, scores);
		}
		return scores;
	}

	private void scoreWord(String word, Scores scores) {
		int apostrophe = word.indexOf('\'');
		if (apostrophe > 0) {
			String head = word.substring(0, apostrophe);
			String tail = word.substring(apostrophe + 1);
			if (FRENCH_ELISIONS.contains(head) && tail.length() > 1) {
				scores.add(Language.FR, 1.0);
				scoreWord(tail, scores);
				return;
			}
			if (CLITICS.contains(tail)) {
				scores.add(tail.equals("t") && !head.endsWith("n") ? Language.NL : Language.EN, 0.8);
				scoreWord(head, scores);
				return;
			}
		}
		int known = 0;
		for (Vocabulary vocabulary : this.vocabularies) {
			if (vocabulary.contains(word)) {
				known++;
			}
		}
		if (known > 0) {
			double share = 1.0 / known;
			for (int i = 0; i < this.vocabularies.size(); i++) {
				if (this.vocabularies.get(i).contains(word)) {
					scores.values[i] += share;
				}
			}
		}
		if (word.length() > 1) {
			scoreSpelling(word, scores, (known > 0) ? 0.5 : 1.0);
		}
	}

	private static void scoreSpelling(String word, Scores scores, double factor) {
		if (hasAny(word, "éèêàâçùûîôœ")) {
			scores.add(Language.FR, 0.6 * factor);
		}
		if (hasAny(word, "ë")) {
			scores.add(Language.NL, 0.4 * factor);
		}
		if (hasAny(word, "äöüß")) {
			scores.other(0.6 * factor);
		}
		if (hasAny(word, "ñ¿¡")) {
			scores.other(0.6 * factor);
		}
		if (word.contains("ij") || word.contains("aa") || word.contains("uu")) {
			scores.add(Language.NL, 0.5 * factor);
		}
		if (word.contains("oe") || word.contains("ui") || word.contains("sch") || word.contains("ee")) {
			scores.add(Language.NL, 0.2 * factor);
		}
		if (word.endsWith("heid") || word.endsWith("lijk") || word.endsWith("lijke") || word.endsWith("tje")
				|| word.endsWith("tjes") || word.endsWith("ingen") || word.endsWith("ige") || word.endsWith("baar")) {
			scores.add(Language.NL, 0.6 * factor);
		}
		if (word.length() > 5 && word.startsWith("ge") && (word.endsWith("d") || word.endsWith("t"))) {
			scores.add(Language.NL, 0.3 * factor);
		}
		if (word.length() > 3 && word.endsWith("en") && !word.endsWith("ien") && !word.endsWith("ment")) {
			scores.add(Language.NL, 0.2 * factor);
		}
		if (word.contains("th") || word.contains("wh") || word.endsWith("ly") || word.endsWith("ness")
				|| word.endsWith("ould")) {
			scores.add(Language.EN, 0.4 * factor);
		}
		if (word.length() > 4 && word.endsWith("ed") && !word.endsWith("eed") && !word.endsWith("oed")) {
			scores.add(Language.EN, 0.3 * factor);
		}
		if (word.endsWith("ing") || word.endsWith("ings")) {
			scores.add(Language.EN, 0.15 * factor);
			scores.add(Language.NL, 0.15 * factor);
		}
		if (word.contains("eau") || word.endsWith("eux") || word.endsWith("euse") || word.endsWith("aux")
				|| word.endsWith("ait") || word.endsWith("aient") || word.endsWith("ez") || word.endsWith("oir")
				|| word.endsWith("ique") || word.endsWith("qu") || word.startsWith("qu")) {
			scores.add(Language.FR, 0.4 * factor);
		}
		if (word.endsWith("ment") || word.endsWith("tion") || word.endsWith("tions")) {
			scores.add(Language.FR, 0.2 * factor);
			scores.add(Language.EN, 0.15 * factor);
		}
	}

	private static boolean hasAny(String word, String letters) {
		for (int i = 0; i < word.length(); i++) {
			if (letters.indexOf(word.charAt(i)) >= 0) {
				return true;
			}
		}
		return false;
	}

	private static Set<String> words(String list) {
		Set<String> words = new HashSet<>();
		for (String word : list.trim().split("\\s+")) {
			words.add(word.toLowerCase(Locale.ROOT));
		}
		return words;
	}

	private record Vocabulary(Language language, Set<String> words, CharArraySet stopWords) {

		boolean contains(String word) {
			return this.words.contains(word) || this.stopWords.contains(word);
		}

	}

	private final class Scores {

		private final double[] values;

		Scores(int size) {
			this.values = new double[size];
		}

		void add(Language language, double value) {
			for (int i = 0; i < LanguageDetector.this.vocabularies.size(); i++) {
				if (LanguageDetector.this.vocabularies.get(i).language() == language) {
					this.values[i] += value;
				}
			}
		}

		void other(double value) {
			for (int i = 0; i < LanguageDetector.this.vocabularies.size(); i++) {
				if (LanguageDetector.this.vocabularies.get(i).language() == null) {
					this.values[i] += value;
				}
			}
		}

	}

}
