package io.wocas.bridge.dossier;

import java.time.Instant;

/**
 * A step of a dossier that the advisers who raised its voices are told about in their
 * CRM: assigned, decided, resolved, reopened. Published inside the transaction of the
 * change, so the CRM write-back it causes is committed with it.
 *
 * @param dossierId the dossier
 * @param milestone which step
 * @param at when
 * @param summary one line on what happened (a decision, a resolution), shown to advisers
 */
public record DossierMilestone(DossierId dossierId, Milestone milestone, Instant at, String summary) {

	/**
	 * The steps advisers hear about.
	 */
	public enum Milestone {

		ASSIGNED, DECIDED, RESOLVED, REOPENED

	}

}
