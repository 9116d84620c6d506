package io.wocas.bridge.voice.tagging;

/**
 * The taxonomy file cannot be used. The message always names the file and the key that is
 * wrong, because ops fix it by hand.
 */
public class InvalidTaxonomyException extends IllegalStateException {

	public InvalidTaxonomyException(String source, String key, String problem) {
		super(source + ": " + (key.isEmpty() ? "" : key + " ") + problem);
	}

	public InvalidTaxonomyException(String source, String problem, Throwable cause) {
		super(source + ": " + problem, cause);
	}

}
