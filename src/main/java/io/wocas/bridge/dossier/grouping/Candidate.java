package io.wocas.bridge.dossier.grouping;

import java.util.List;

/**
 * A dossier close to a voice (or to another dossier).
 *
 * @param dossierId the dossier
 * @param score cosine similarity of the tf-idf vectors, 0..1
 * @param sharedTerms the features both sides have, largest contribution to the score
 * first (at most {@link GroupingIndex#MAX_SHARED_TERMS})
 */
public record Candidate(long dossierId, double score, List<String> sharedTerms) {

	public Candidate {
		sharedTerms = List.copyOf(sharedTerms);
	}

}
