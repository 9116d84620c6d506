package io.wocas.bridge.voice;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import io.wocas.bridge.voice.CaptureOutcome.AlreadyCaptured;
import io.wocas.bridge.voice.CaptureOutcome.Captured;
import io.wocas.bridge.voice.CaptureOutcome.NotAVoice;
import io.wocas.bridge.voice.tagging.Redactor;
import io.wocas.bridge.voice.tagging.Tagging;
import io.wocas.bridge.voice.tagging.VoiceTagger;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns capture commands into stored voices: at most one voice per source item, tagged,
 * and with customer data redacted before it is stored. Joins the caller's transaction so
 * that an intake adapter can commit voices and its own progress (a watermark) together.
 */
@Service
public class VoiceCapture {

	private final Voices voices;

	private final VoiceTagger tagger;

	private final Redactor redactor;

	private final ApplicationEventPublisher events;

	private final MeterRegistry meters;

	private final Clock clock;

	public VoiceCapture(Voices voices, VoiceTagger tagger, Redactor redactor, ApplicationEventPublisher events,
			MeterRegistry meters, Optional<Clock> clock) {
		this.voices = voices;
		this.tagger = tagger;
		this.redactor = redactor;
		this.events = events;
		this.meters = meters;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@Transactional
	public CaptureOutcome capture(CaptureVoice command) {
		Optional<Voice> existing = this.voices.findBySource(command.source());
		if (existing.isPresent()) {
			return new AlreadyCaptured(existing.get());
		}
		Tagging tagging = this.tagger.tag(command.subject(), command.text());
		CaptureVoice.DeclaredTags declared = command.declared();
		if (!declared.manual() && !tagging.voice()) {
			return new NotAVoice("no marker and no reason code above the confidence threshold");
		}
		List<String> reasonCodes = new ArrayList<>(declared.reasonCodes());
		tagging.reasonCodes().stream().filter((code) -> !reasonCodes.contains(code)).forEach(reasonCodes::add);
		TaggedBy taggedBy = declared.manual() ? TaggedBy.MANUAL
				: (tagging.marked() ? TaggedBy.MARKER : TaggedBy.TAXONOMY);
		String text = this.redactor.redact(command.text().isBlank() ? command.subject() : command.text());
		String subject = (command.subject() != null) ? this.redactor.redact(command.subject()) : null;
		Voice voice = Voice.capture(command.source(), command.kind(), command.caseId(), command.recordUrl(),
				command.adviser(), command.customerRef(),
				(declared.language() != null) ? declared.language() : tagging.language(), subject, text,
				(declared.severity() != null) ? declared.severity() : tagging.severity(),
				(declared.frequency() != null) ? declared.frequency() : tagging.frequency(), taggedBy,
				tagging.confidence(), tagging.warnings(), reasonCodes, command.attachments(), this.clock.instant(),
				command.sourceCreatedAt());
		Voice saved = this.voices.save(voice);
		this.meters
			.counter("wocas.voices.captured", "source.kind", command.kind().name(), "source.system",
					command.source().system())
			.increment();
		this.events.publishEvent(
				new VoiceCaptured(saved.id(), saved.sourceKind(), command.source().system(), saved.reasonCodes()));
		return new Captured(saved);
	}

}
