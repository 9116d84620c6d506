package io.wocas.bridge.dossier.grouping;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Where a voice goes, and why, for analysts.
 *
 * @param voiceId the voice
 * @param primary the dossier the voice joins; {@code null} when it opens a new dossier
 * and the decision was not applied yet
 * @param newDossier whether the voice opens a new dossier (no candidate reached the
 * attach threshold)
 * @param secondary further dossiers the voice is linked to because it also raises their
 * problem (many-to-many); the voice's features are added to the primary dossier only
 * @param reasonCodes the voice's reason codes
 * @param bestScore the best candidate's score, also when it was below the threshold
 */
public record Decision(long voiceId, Link primary, boolean newDossier, List<Link> secondary, List<String> reasonCodes,
		double bestScore) {

	public Decision {
		secondary = List.copyOf(secondary);
		reasonCodes = List.copyOf(reasonCodes);
	}

	/**
	 * One link of a voice to a dossier.
	 *
	 * @param dossierId the dossier
	 * @param score cosine similarity of the voice with the dossier, 0..1
	 * @param sharedTerms the features that made the score, strongest first
	 */
	public record Link(long dossierId, double score, List<String> sharedTerms) {

		public Link {
			sharedTerms = List.copyOf(sharedTerms);
		}

	}

	/**
	 * One line for the analyst, for example
	 * {@code joined 42 (score 0.41; c:payment-plan, c:formal-notice; reasons FORMAL-NOTICE)}.
	 */
	public String explanation() {
		String reasons = this.reasonCodes.isEmpty() ? "no reason code"
				: "reasons " + String.join(", ", this.reasonCodes);
		StringBuilder text = new StringBuilder();
		if (this.newDossier) {
			text.append("opened ")
				.append((this.primary != null) ? "dossier " + this.primary.dossierId() : "a new dossier")
				.append(String.format(java.util.Locale.ROOT, " (best score %.2f below threshold; %s)", this.bestScore,
						reasons));
		}
		else {
			text.append("joined dossier ").append(describe(this.primary)).append("; ").append(reasons).append(')');
		}
		if (!this.secondary.isEmpty()) {
			text.append("; also linked to ")
				.append(this.secondary.stream().map((link) -> describe(link) + ")").collect(Collectors.joining(", ")));
		}
		return text.toString();
	}

	private static String describe(Link link) {
		return String.format(java.util.Locale.ROOT, "%d (score %.2f; %s", link.dossierId(), link.score(),
				String.join(", ", link.sharedTerms()));
	}

}
