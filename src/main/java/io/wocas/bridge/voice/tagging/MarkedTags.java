package io.wocas.bridge.voice.tagging;

import java.util.List;

import io.wocas.bridge.voice.Frequency;
import io.wocas.bridge.voice.Severity;

/**
 * What the marker and its parts said.
 *
 * @param marked whether the marker occurs in the text
 * @param severity the severity part, or {@code null}
 * @param frequency the frequency part, or {@code null}
 * @param reasonCodes known reason codes from the reason parts, in the order written
 * @param warnings parts that were not understood, each naming the part
 * @param remainder the text without the marker and its parts, for the taxonomy
 */
public record MarkedTags(boolean marked, Severity severity, Frequency frequency, List<String> reasonCodes,
		List<String> warnings, String remainder) {

	public MarkedTags {
		reasonCodes = List.copyOf(reasonCodes);
		warnings = List.copyOf(warnings);
	}

}
