package io.wocas.bridge.dossier;

import io.wocas.bridge.NotFoundException;

/**
 * A dossier id that does not exist.
 */
public class NoSuchDossierException extends NotFoundException {

	public NoSuchDossierException(DossierId id) {
		super("no dossier " + id);
	}

}
