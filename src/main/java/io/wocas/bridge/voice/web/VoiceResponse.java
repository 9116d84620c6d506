package io.wocas.bridge.voice.web;

import java.time.Instant;
import java.util.List;

import io.wocas.bridge.voice.Attachment;
import io.wocas.bridge.voice.Frequency;
import io.wocas.bridge.voice.Severity;
import io.wocas.bridge.voice.Voice;

/**
 * JSON view of a voice.
 */
record VoiceResponse(long id, String source, String sourceId, String sourceKind, String caseId, String recordUrl,
		String adviser, String customerRef, String language, String subject, String text, Integer severity,
		String frequency, List<String> reasonCodes, String taggedBy, double tagConfidence, List<String> tagWarnings,
		List<Attachment> attachments, Instant capturedAt, Instant sourceCreatedAt, boolean rejected,
		String rejectedReason, List<Long> dossierIds) {

	static VoiceResponse of(Voice voice, List<Long> dossierIds) {
		return new VoiceResponse(voice.id().value(), voice.source().system(), voice.source().recordId(),
				voice.sourceKind().name(), voice.caseId().orElse(null), voice.recordUrl().orElse(null), voice.adviser(),
				voice.customerRef().orElse(null), voice.language().code(), voice.subject().orElse(null), voice.text(),
				voice.severity().map(Severity::level).orElse(null), voice.frequency().map(Frequency::code).orElse(null),
				voice.reasonCodes(), voice.taggedBy().name(), voice.tagConfidence(), voice.tagWarnings(),
				voice.attachments(), voice.capturedAt(), voice.sourceCreatedAt().orElse(null), voice.isRejected(),
				voice.rejectedReason().orElse(null), dossierIds);
	}

}
