package io.wocas.bridge.voice;

import java.util.List;

/**
 * Which dossiers a voice belongs to. Implemented by the dossier feature, so that the
 * voice feature can show it without depending on dossiers.
 */
public interface VoiceMemberships {

	/**
	 * Dossier ids of a voice, its main dossier first.
	 */
	List<Long> dossierIdsOf(long voiceId);

}
