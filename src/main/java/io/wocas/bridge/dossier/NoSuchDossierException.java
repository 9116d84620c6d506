package io.wocas.bridge.dossier;

/**
 * A dossier id that does not exist.
 */
public class NoSuchDossierException extends RuntimeException {

	public NoSuchDossierException(DossierId id) {
		super("no dossier " + id);
	}

}
