package io.wocas.bridge.voice.tagging;

import java.util.ArrayList;
import java.util.List;

import io.wocas.bridge.voice.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Decides whether a text is a voice and tags it.
 * <p>
 * The marker ({@link MarkerParser}) is read on the subject and the text together. The
 * taxonomy ({@link TaxonomyMatcher}) and the language ({@link LanguageDetector}) are read
 * on the same text without the marker and its parts, so that "sev:3 reason:..." neither
 * counts as a term nor as a word of some language. A text is a voice when it is marked,
 * or when its best reason code reaches the configured minimum confidence. Reason codes
 * are those of the marker first, then those the taxonomy found above the threshold, so
 * that analysts also see what the adviser did not write.
 * <p>
 * The taxonomy is read and analysed once, when the tagger is created; an invalid taxonomy
 * file fails start-up with {@link InvalidTaxonomyException}.
 */
@Component
public class VoiceTagger {

	private final TaggingSettings settings;

	private final MarkerParser markers;

	private final TaxonomyMatcher matcher;

	private final LanguageDetector languages = new LanguageDetector();

	public VoiceTagger(TaggingSettings settings) {
		this(settings, TaxonomyLoader.load(settings.taxonomyFile()));
	}

	@Autowired
	public VoiceTagger(TaggingSettings settings, Taxonomy taxonomy) {
		this.settings = settings;
		this.markers = new MarkerParser(settings.marker(), taxonomy);
		this.matcher = new TaxonomyMatcher(taxonomy);
	}

	public Tagging tag(String subject, String text) {
		String full = join(subject, text);
		MarkedTags marker = this.markers.parse(full);
		List<ReasonMatch> matches = this.matcher.match(marker.remainder());
		double best = matches.isEmpty() ? 0.0 : matches.get(0).confidence();
		List<String> reasonCodes = new ArrayList<>(marker.reasonCodes());
		for (ReasonMatch match : matches) {
			if (match.confidence() >= this.settings.minConfidence() && !reasonCodes.contains(match.code())) {
				reasonCodes.add(match.code());
			}
		}
		Language language = this.languages.detect(marker.remainder());
		boolean voice = marker.marked() || best >= this.settings.minConfidence();
		double confidence = marker.marked() ? 1.0 : round(best);
		return new Tagging(marker.marked(), marker.severity(), marker.frequency(), reasonCodes, language, confidence,
				voice, marker.warnings());
	}

	private static String join(String subject, String text) {
		boolean hasSubject = subject != null && !subject.isBlank();
		boolean hasText = text != null && !text.isBlank();
		if (hasSubject && hasText) {
			return subject + "\n" + text;
		}
		return hasSubject ? subject : (hasText ? text : "");
	}

	private static double round(double confidence) {
		return Math.round(confidence * 1000) / 1000.0;
	}

}
