package io.wocas.bridge.dossier;

import java.time.Instant;

/**
 * A voice's membership of a dossier, with why it is there: the similarity and shared
 * terms when the grouping placed it, or the analyst who did.
 *
 * @param dossierId the dossier
 * @param voiceId the voice
 * @param primary whether this is the voice's main dossier (a voice raising two problems
 * has a second, non-primary link)
 * @param similarity grouping similarity, when placed automatically
 * @param sharedTerms the terms the voice shares with the dossier, comma separated
 * @param reasonCode the reason code that drove the placement, if any
 * @param assignedBy {@code grouping}, or the analyst's login
 * @param assignedAt when
 */
public record DossierVoiceLink(long dossierId, long voiceId, boolean primary, Double similarity, String sharedTerms,
		String reasonCode, String assignedBy, Instant assignedAt) {

	public static final String BY_GROUPING = "grouping";

	public DossierVoiceLink withDossier(long otherDossierId) {
		return new DossierVoiceLink(otherDossierId, this.voiceId, this.primary, this.similarity, this.sharedTerms,
				this.reasonCode, this.assignedBy, this.assignedAt);
	}

}
