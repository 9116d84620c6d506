package io.wocas.bridge.dossier;

/**
 * Typed identity of a {@link Dossier}.
 */
public record DossierId(long value) {

	@Override
	public String toString() {
		return Long.toString(this.value);
	}

}
