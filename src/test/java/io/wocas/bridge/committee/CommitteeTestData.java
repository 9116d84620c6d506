package io.wocas.bridge.committee;

import java.time.Instant;

import io.wocas.bridge.dossier.Dossier;
import io.wocas.bridge.dossier.DossierId;
import io.wocas.bridge.dossier.DossierVoiceLink;
import io.wocas.bridge.dossier.DossierVoices;
import io.wocas.bridge.dossier.Dossiers;
import io.wocas.bridge.voice.Voice;
import io.wocas.bridge.voice.Voices;

import static io.wocas.bridge.voice.VoiceTestData.aVoice;

/**
 * Sets up dossiers for committee tests directly in the stores: a priority dossier with a
 * score, assigned to an owner, with voices raised at given times.
 */
public final class CommitteeTestData {

	public static final String SCORE_PARTS = "{\"distinctVoices\":12,\"last7Days\":5,\"last30Days\":12,"
			+ "\"previous30Days\":4,\"trend\":2.4,\"meanSeverity\":0.6}";

	private final Dossiers dossiers;

	private final DossierVoices links;

	private final Voices voices;

	public CommitteeTestData(Dossiers dossiers, DossierVoices links, Voices voices) {
		this.dossiers = dossiers;
		this.links = links;
		this.voices = voices;
	}

	/**
	 * An ASSIGNED priority dossier owned by {@code owner}.
	 */
	public DossierId assignedDossier(String title, String owner, Instant at) {
		Dossier dossier = this.dossiers.save(Dossier.open(title, "BILL-ANNUAL", at));
		dossier.rescore(5.2, SCORE_PARTS, 4.0, at);
		dossier.assign(owner, at);
		return this.dossiers.save(dossier).id();
	}

	/**
	 * A voice raised at {@code raisedAt}, in the dossier.
	 */
	public void voiceAt(DossierId dossier, Instant raisedAt) {
		Voice voice = this.voices.save(aVoice().capturedAt(raisedAt.plusSeconds(60)).build());
		this.links.link(new DossierVoiceLink(dossier.value(), voice.id().value(), true, null, null, "BILL-ANNUAL",
				"analyst", raisedAt.plusSeconds(60)));
	}

}
