package io.wocas.bridge.dossier;

import io.wocas.bridge.NotFoundException;

/**
 * An analyst operation id that does not exist.
 */
public class NoSuchOperationException extends NotFoundException {

	public NoSuchOperationException(long id) {
		super("no analyst operation " + id);
	}

}
