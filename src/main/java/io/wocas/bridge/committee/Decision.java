package io.wocas.bridge.committee;

import java.util.Collection;

import io.wocas.bridge.dossier.DossierStatus;

/**
 * What the committee decides on one proposal.
 */
public enum Decision {

	APPROVE, REJECT, DEFER;

	/**
	 * The dossier's status once every proposal is decided: approved if any proposal is,
	 * rejected if all are, deferred otherwise.
	 */
	public static DossierStatus outcomeOf(Collection<Decision> decisions) {
		if (decisions.isEmpty()) {
			throw new IllegalArgumentException("no decisions");
		}
		if (decisions.contains(APPROVE)) {
			return DossierStatus.APPROVED;
		}
		if (decisions.stream().allMatch((decision) -> decision == REJECT)) {
			return DossierStatus.REJECTED;
		}
		return DossierStatus.DEFERRED;
	}

	String pastTense() {
		switch (this) {
			case APPROVE:
				return "approved";
			case REJECT:
				return "rejected";
			default:
				return "deferred";
		}
	}

}
