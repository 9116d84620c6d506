package io.wocas.bridge.dossier;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wocas.bridge.dossier.grouping.DossierProfile;
import io.wocas.bridge.dossier.grouping.FeatureExtractor;
import io.wocas.bridge.dossier.grouping.GroupingIndex;
import io.wocas.bridge.dossier.grouping.VoiceFeatures;
import io.wocas.bridge.voice.Voice;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Adds voices to and removes them from dossiers, keeping three things in step within one
 * transaction: the link rows, the dossier's stored profile, and the in-memory grouping
 * index. If the transaction rolls back, the index change is reversed. Callers run inside
 * {@link DossierWork}.
 */
@Component
public class DossierMembership {

	private final DossierVoices links;

	private final GroupingIndex index;

	private final FeatureExtractor extractor;

	private final ObjectMapper json;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DossierMembership(DossierVoices links, GroupingIndex index, FeatureExtractor extractor, ObjectMapper json,
			ApplicationEventPublisher events, Optional<Clock> clock) {
		this.events = events;
		this.links = links;
		this.index = index;
		this.extractor = extractor;
		this.json = json;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	public VoiceFeatures features(Voice voice) {
		return this.extractor.extract(voice.id().value(), voice.subject().orElse(null), voice.text(), voice.language(),
				voice.reasonCodes());
	}

	/**
	 * Links a voice to a dossier. A primary link also adds the voice's features to the
	 * dossier's profile; the caller saves the dossier.
	 */
	public void join(Dossier dossier, Voice voice, VoiceFeatures features, DossierVoiceLink link) {
		long dossierId = dossier.id().value();
		this.links.link(link);
		dossier.voiceJoined(voice.sourceCreatedAt().orElse(voice.capturedAt()), this.clock.instant());
		this.events.publishEvent(new VoiceJoinedDossier(dossier.id(), voice.id().value(), link.primary()));
		if (link.primary()) {
			DossierProfile profile = this.index.addVoice(dossierId, features);
			dossier.profile(write(profile));
			onRollback(() -> this.index.removeVoice(dossierId, features));
		}
	}

	/**
	 * Unlinks a voice from a dossier; returns the link as it was.
	 */
	public Optional<DossierVoiceLink> leave(Dossier dossier, Voice voice) {
		long dossierId = dossier.id().value();
		Optional<DossierVoiceLink> link = this.links.linksOfVoice(voice.id().value())
			.stream()
			.filter((candidate) -> candidate.dossierId() == dossierId)
			.findFirst();
		if (link.isEmpty()) {
			return link;
		}
		this.links.unlink(dossierId, voice.id().value());
		if (link.get().primary()) {
			VoiceFeatures features = features(voice);
			DossierProfile profile = this.index.removeVoice(dossierId, features);
			dossier.profile(write(profile));
			onRollback(() -> this.index.addVoice(dossierId, features));
		}
		return link;
	}

	/**
	 * Takes a dossier out of the index (merged, closed), reversibly on rollback.
	 */
	public void retire(Dossier dossier) {
		long dossierId = dossier.id().value();
		Optional<DossierProfile> profile = this.index.profile(dossierId);
		this.index.remove(dossierId);
		profile.ifPresent((p) -> onRollback(() -> this.index.put(p)));
	}

	/**
	 * Puts a retired dossier back in the index from its stored profile.
	 */
	public void reinstate(Dossier dossier) {
		DossierProfile profile = read(dossier);
		this.index.put(profile);
		onRollback(() -> this.index.remove(dossier.id().value()));
	}

	public DossierProfile read(Dossier dossier) {
		if (dossier.profile().isEmpty()) {
			return DossierProfile.empty(dossier.id().value());
		}
		try {
			return this.json.readValue(dossier.profile().get(), DossierProfile.class);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("stored profile of dossier " + dossier.id() + " is unreadable", ex);
		}
	}

	private String write(DossierProfile profile) {
		try {
			return this.json.writeValueAsString(profile);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("profile of dossier " + profile.dossierId() + " cannot be written", ex);
		}
	}

	public Instant now() {
		return this.clock.instant();
	}

	private static void onRollback(Runnable undo) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					undo.run();
				}
			}
		});
	}

}
