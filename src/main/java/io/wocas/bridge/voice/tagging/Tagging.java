package io.wocas.bridge.voice.tagging;

import java.util.List;

import io.wocas.bridge.voice.Frequency;
import io.wocas.bridge.voice.Language;
import io.wocas.bridge.voice.Severity;

/**
 * What the tagger found in a text.
 *
 * @param marked whether the text carries the WOCAS marker
 * @param severity severity stated after the marker, if any
 * @param frequency frequency stated after the marker, if any
 * @param reasonCodes reason codes, from the marker first, then from the taxonomy
 * @param language detected language
 * @param confidence taxonomy confidence of the best reason code, 0..1 (1 when marked)
 * @param voice whether the text is a voice (marked, or taxonomy confidence above
 * threshold)
 * @param warnings marker parts that were not understood, reported and otherwise ignored
 */
public record Tagging(boolean marked, Severity severity, Frequency frequency, List<String> reasonCodes,
		Language language, double confidence, boolean voice, List<String> warnings) {

	public Tagging {
		reasonCodes = List.copyOf(reasonCodes);
		warnings = List.copyOf(warnings);
	}

}
