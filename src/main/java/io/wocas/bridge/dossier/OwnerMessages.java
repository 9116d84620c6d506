package io.wocas.bridge.dossier;

import java.util.Locale;

/**
 * What an owner is told when a dossier is assigned to them, in their language.
 */
final class OwnerMessages {

	private OwnerMessages() {
	}

	record Message(String subject, String body) {

	}

	static Message assigned(String language, Dossier dossier) {
		String score = String.format(Locale.ROOT, "%.2f", dossier.priorityScore());
		String reason = dossier.primaryReason().orElse("-");
		return switch ((language != null) ? language : "en") {
			case "fr" -> new Message("[WOCAS] Dossier " + dossier.id() + " vous est confié : " + dossier.title(),
					"Le dossier WOCAS " + dossier.id() + " « " + dossier.title() + " » vous est confié.\n"
							+ "Code motif : " + reason + " - score de priorité : " + score + ".\n"
							+ "Analysez la cause, puis proposez des solutions chiffrées au comité WOCAS.");
			case "nl" -> new Message("[WOCAS] Dossier " + dossier.id() + " toegewezen: " + dossier.title(),
					"WOCAS-dossier " + dossier.id() + " \"" + dossier.title() + "\" is aan u toegewezen.\n"
							+ "Redencode: " + reason + " - prioriteitsscore: " + score + ".\n"
							+ "Analyseer de oorzaak en stel oplossingen met hun kosten voor aan het WOCAS-comité.");
			default -> new Message("[WOCAS] Dossier " + dossier.id() + " assigned to you: " + dossier.title(),
					"WOCAS dossier " + dossier.id() + " \"" + dossier.title() + "\" is assigned to you.\n"
							+ "Reason code: " + reason + " - priority score: " + score + ".\n"
							+ "Analyse the root cause, then propose costed solutions to the WOCAS committee.");
		};
	}

}
