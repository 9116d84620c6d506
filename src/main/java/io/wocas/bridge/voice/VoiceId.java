package io.wocas.bridge.voice;

/**
 * Typed identity of a {@link Voice}, so that voice ids cannot be confused with dossier
 * ids.
 */
public record VoiceId(long value) {

	@Override
	public String toString() {
		return Long.toString(this.value);
	}

}
