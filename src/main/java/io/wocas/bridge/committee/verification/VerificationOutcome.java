package io.wocas.bridge.committee.verification;

/**
 * What the last check of a resolved dossier concluded.
 */
public enum VerificationOutcome {

	/** Too early to say: still observing. */
	WATCHING,
	/** Voices kept coming: the dossier was reopened. */
	REOPENED,
	/** The window elapsed with the rate of voices down: the fix worked. */
	VERIFIED

}
