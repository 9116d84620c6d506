package io.wocas.bridge.voice;

/**
 * Why an item was recognised as a voice: the adviser's marker, the taxonomy matching its
 * text, or an explicit capture through the API.
 */
public enum TaggedBy {

	MARKER, TAXONOMY, MANUAL

}
