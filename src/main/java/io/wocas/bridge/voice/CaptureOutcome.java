package io.wocas.bridge.voice;

/**
 * What became of a capture command.
 */
public sealed interface CaptureOutcome {

	/**
	 * A new voice was stored.
	 */
	record Captured(Voice voice) implements CaptureOutcome {
	}

	/**
	 * The source item had already been captured; nothing was created.
	 */
	record AlreadyCaptured(Voice voice) implements CaptureOutcome {
	}

	/**
	 * The item carries no marker and the taxonomy does not recognise it: it is not a
	 * voice.
	 */
	record NotAVoice(String reason) implements CaptureOutcome {
	}

}
