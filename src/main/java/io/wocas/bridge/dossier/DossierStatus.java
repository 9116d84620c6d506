package io.wocas.bridge.dossier;

/**
 * Where a dossier stands in the WOCAS loop.
 */
public enum DossierStatus {

	/** Gathering voices; not yet important enough to act on. */
	COLLECTING,
	/** Its score passed the priority threshold; waiting for an owner. */
	PRIORITY,
	/** An owner is responsible for it. */
	ASSIGNED,
	/** The owner is analysing the root cause. */
	IN_ANALYSIS,
	/** The owner has costed proposals ready for the committee. */
	PROPOSED,
	/** On the agenda of a committee session. */
	ON_AGENDA,
	/** The committee approved at least one proposal. */
	APPROVED,
	/** The committee rejected the proposals. */
	REJECTED,
	/** The committee deferred its decision. */
	DEFERRED,
	/** Approved actions are being carried out. */
	IN_PROGRESS,
	/** The owner reports the problem fixed; the product watches whether voices stop. */
	RESOLVED,
	/** Voices stopped after the fix. */
	VERIFIED,
	/** Voices kept coming after the fix, or the committee reopened it. */
	REOPENED,
	/** Finished. */
	CLOSED,
	/** Merged into another dossier, which now carries its voices. */
	MERGED;

	/**
	 * Whether new voices may still join the dossier.
	 */
	public boolean acceptsVoices() {
		return this != CLOSED && this != MERGED && this != VERIFIED;
	}

}
