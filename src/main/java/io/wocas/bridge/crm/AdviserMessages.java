package io.wocas.bridge.crm;

import java.util.regex.Pattern;

import io.wocas.bridge.dossier.DossierMilestone.Milestone;
import io.wocas.bridge.voice.Language;

/**
 * What an adviser is told about a dossier they raised a voice for, in their language:
 * what the dossier is, what happened, what happens next. Every message ends with a
 * reference ({@code [WOCAS-12 DECIDED 1732350000]}) that makes a post findable after an
 * uncertain delivery, and that tells the Salesforce intake the post is not a voice.
 */
public final class AdviserMessages {

	/**
	 * The reference every message ends with.
	 */
	public static final Pattern REFERENCE = Pattern.compile("\\[WOCAS-\\d+ [A-Z]+ \\d+\\]");

	private AdviserMessages() {
	}

	public static String reference(String dossierRef, Milestone milestone, long epochSecond) {
		return "[" + dossierRef + " " + milestone.name() + " " + epochSecond + "]";
	}

	/**
	 * The text after the @-mention (or after the adviser's name in a plain post).
	 */
	public static String body(Language language, String dossierRef, String title, Milestone milestone, String summary,
			String reference) {
		String detail = (summary != null && !summary.isBlank()) ? " " + summary.strip() : "";
		return switch (language) {
			case FR -> " le dossier WOCAS " + dossierRef + " « " + title + " », auquel vous avez contribué sur ce cas, "
					+ french(milestone) + "." + detail + " " + frenchNext(milestone) + " " + reference;
			case NL -> " het WOCAS-dossier " + dossierRef + " \"" + title + "\", waaraan u op deze case bijdroeg, "
					+ dutch(milestone) + "." + detail + " " + dutchNext(milestone) + " " + reference;
			default -> " WOCAS dossier " + dossierRef + " \"" + title + "\", which you raised on this case, "
					+ english(milestone) + "." + detail + " " + englishNext(milestone) + " " + reference;
		};
	}

	public static String greeting(Language language) {
		return switch (language) {
			case FR -> "Bonjour";
			case NL -> "Hallo";
			default -> "Hello";
		};
	}

	public static String mailSubject(Language language, String dossierRef, Milestone milestone) {
		return switch (language) {
			case FR -> "[WOCAS] " + dossierRef + " : " + french(milestone);
			case NL -> "[WOCAS] " + dossierRef + ": " + dutch(milestone);
			default -> "[WOCAS] " + dossierRef + ": " + english(milestone);
		};
	}

	private static String french(Milestone milestone) {
		return switch (milestone) {
			case ASSIGNED -> "a été confié à un responsable";
			case DECIDED -> "a été examiné par le comité WOCAS";
			case RESOLVED -> "est résolu";
			case REOPENED -> "est rouvert";
		};
	}

	private static String frenchNext(Milestone milestone) {
		return switch (milestone) {
			case ASSIGNED -> "Il analyse la cause et proposera des solutions au comité.";
			case DECIDED -> "Les actions décidées vont être menées ; nous vous tiendrons informé.";
			case RESOLVED -> "Nous vérifions que les clients n'en parlent plus ; signalez-le s'ils en parlent encore.";
			case REOPENED -> "Le responsable reprend l'analyse. Merci de continuer à signaler ces cas.";
		};
	}

	private static String dutch(Milestone milestone) {
		return switch (milestone) {
			case ASSIGNED -> "is toegewezen aan een verantwoordelijke";
			case DECIDED -> "is besproken door het WOCAS-comité";
			case RESOLVED -> "is opgelost";
			case REOPENED -> "is heropend";
		};
	}

	private static String dutchNext(Milestone milestone) {
		return switch (milestone) {
			case ASSIGNED -> "Die analyseert de oorzaak en stelt oplossingen voor aan het comité.";
			case DECIDED -> "De beslissing wordt uitgevoerd; we houden u op de hoogte.";
			case RESOLVED -> "We kijken of klanten er niet meer over bellen; meld het als ze dat toch doen.";
			case REOPENED -> "De verantwoordelijke herneemt de analyse. Blijf zulke gevallen melden.";
		};
	}

	private static String english(Milestone milestone) {
		return switch (milestone) {
			case ASSIGNED -> "now has an owner";
			case DECIDED -> "was reviewed by the WOCAS committee";
			case RESOLVED -> "is resolved";
			case REOPENED -> "is reopened";
		};
	}

	private static String englishNext(Milestone milestone) {
		return switch (milestone) {
			case ASSIGNED -> "They will analyse the root cause and propose solutions to the committee.";
			case DECIDED -> "The decided actions will now be carried out; we will keep you posted.";
			case RESOLVED -> "We are checking that customers stop raising it; tell us if they still do.";
			case REOPENED -> "The owner is analysing it again. Please keep reporting such cases.";
		};
	}

}
