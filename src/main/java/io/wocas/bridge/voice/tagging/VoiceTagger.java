package io.wocas.bridge.voice.tagging;

import java.util.List;

import io.wocas.bridge.voice.Language;

import org.springframework.stereotype.Component;

/**
 * Decides whether a text is a voice and tags it. PLACEHOLDER: being replaced by the real
 * tagger (marker grammar, Lucene taxonomy, language detection).
 */
@Component
public class VoiceTagger {

	public Tagging tag(String subject, String text) {
		boolean marked = text != null && text.toLowerCase().contains("#wocas");
		return new Tagging(marked, null, null, List.of(), Language.OTHER, marked ? 1.0 : 0.0, marked, List.of());
	}

}
