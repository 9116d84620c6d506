package io.wocas.bridge.committee;

import io.wocas.bridge.NotFoundException;

/**
 * A committee session id that does not exist.
 */
public class NoSuchSessionException extends NotFoundException {

	public NoSuchSessionException(long id) {
		super("no committee session " + id);
	}

}
