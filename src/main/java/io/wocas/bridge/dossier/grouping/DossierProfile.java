package io.wocas.bridge.dossier.grouping;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The aggregate of the features of a dossier's (primary) voices: the sum of their weights
 * per feature, strongest first, capped to the strongest few hundred so that it stays
 * small enough for a database column. Its centroid is {@code termSums / voices}. Grouping
 * only needs profiles, never the voices themselves, so they are persisted and reloaded as
 * they are (plain JSON with Jackson).
 *
 * @param dossierId the dossier
 * @param voices how many voices were added (minus those removed)
 * @param termSums feature to summed weight
 */
public record DossierProfile(long dossierId, int voices, Map<String, Double> termSums) {

	public DossierProfile {
		if (voices < 0) {
			throw new IllegalArgumentException("voices must not be negative, got " + voices);
		}
		termSums = Collections.unmodifiableMap(new LinkedHashMap<>(termSums));
	}

	public static DossierProfile empty(long dossierId) {
		return new DossierProfile(dossierId, 0, Map.of());
	}

}
