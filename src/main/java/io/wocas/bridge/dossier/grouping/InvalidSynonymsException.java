package io.wocas.bridge.dossier.grouping;

/**
 * The synonyms file cannot be used. The message always names the file and the key that is
 * wrong, because ops fix it by hand.
 */
public class InvalidSynonymsException extends IllegalStateException {

	public InvalidSynonymsException(String source, String key, String problem) {
		super(source + ": " + (key.isEmpty() ? "" : key + " ") + problem);
	}

	public InvalidSynonymsException(String source, String problem, Throwable cause) {
		super(source + ": " + problem, cause);
	}

}
