package io.wocas.bridge.dossier;

import java.util.List;
import java.util.Optional;

import io.wocas.bridge.dossier.grouping.Decision;
import io.wocas.bridge.dossier.grouping.Grouper;
import io.wocas.bridge.dossier.grouping.VoiceFeatures;
import io.wocas.bridge.voice.Voice;
import io.wocas.bridge.voice.Voices;
import io.wocas.bridge.voice.tagging.Taxonomy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Places each new voice in the most similar open dossier, or opens a dossier for it, then
 * rescores the dossiers it touched. Voices wait in the database until they are grouped
 * ({@code grouped_at} is null), so a crash or a failure delays grouping and loses
 * nothing.
 */
@Component
public class DossierGrouping {

	private static final Logger log = LoggerFactory.getLogger(DossierGrouping.class);

	private static final int BATCH = 100;

	private final Voices voices;

	private final Dossiers dossiers;

	private final DossierVoices links;

	private final DossierMembership membership;

	private final Grouper grouper;

	private final Prioritisation prioritisation;

	private final DossierWork work;

	private final Taxonomy taxonomy;

	private final DossierIndexLoader index;

	DossierGrouping(Voices voices, Dossiers dossiers, DossierVoices links, DossierMembership membership,
			Grouper grouper, Prioritisation prioritisation, DossierWork work, Taxonomy taxonomy,
			DossierIndexLoader index) {
		this.voices = voices;
		this.dossiers = dossiers;
		this.links = links;
		this.membership = membership;
		this.grouper = grouper;
		this.prioritisation = prioritisation;
		this.work = work;
		this.taxonomy = taxonomy;
		this.index = index;
	}

	/**
	 * Groups the voices waiting to be grouped.
	 * @return how many were grouped
	 */
	@Scheduled(fixedDelayString = "${wocas.grouping.interval:1s}", initialDelayString = "${wocas.grouping.interval:1s}")
	public int groupPending() {
		if (!this.index.isLoaded()) {
			return 0;
		}
		int grouped = 0;
		List<Long> pending = this.links.ungroupedVoiceIds(BATCH);
		for (Long voiceId : pending) {
			try {
				this.work.run(() -> group(voiceId));
				grouped++;
			}
			catch (RuntimeException ex) {
				log.warn("Voice {} could not be grouped, will retry: {}", voiceId, ex.getMessage());
				return grouped;
			}
		}
		return grouped;
	}

	private Decision group(long voiceId) {
		Voice voice = this.voices.findById(voiceId).orElseThrow();
		VoiceFeatures features = this.membership.features(voice);
		Decision decision = this.grouper.decide(features);
		String reason = voice.reasonCodes().stream().findFirst().orElse(null);
		Dossier primary = decision.newDossier()
				? this.dossiers.save(Dossier.open(title(voice, features), reason, this.membership.now()))
				: this.dossiers.get(new DossierId(decision.primary().dossierId()));
		double similarity = decision.newDossier() ? 1.0 : decision.primary().score();
		List<String> shared = decision.newDossier() ? List.of() : decision.primary().sharedTerms();
		this.membership.join(primary, voice, features, link(primary, voice, true, similarity, shared, reason));
		this.prioritisation.rescore(primary);
		this.dossiers.save(primary);
		for (Decision.Link secondary : decision.secondary()) {
			Optional<Dossier> other = this.dossiers.findById(secondary.dossierId());
			if (other.isPresent() && other.get().acceptsVoices()) {
				Dossier dossier = other.get();
				this.membership.join(dossier, voice, features,
						link(dossier, voice, false, secondary.score(), secondary.sharedTerms(), reason));
				this.prioritisation.rescore(dossier);
				this.dossiers.save(dossier);
			}
		}
		this.links.markGrouped(voiceId, this.membership.now());
		return decision;
	}

	private DossierVoiceLink link(Dossier dossier, Voice voice, boolean primary, double similarity,
			List<String> sharedTerms, String reason) {
		String shared = String.join(", ", sharedTerms);
		return new DossierVoiceLink(dossier.id().value(), voice.id().value(), primary, similarity,
				(shared.length() > 1000) ? shared.substring(0, 1000) : shared, reason, DossierVoiceLink.BY_GROUPING,
				this.membership.now());
	}

	/**
	 * A first title, which analysts rename: the reason code's label and the voice's
	 * strongest concepts. Never words of the voice itself, which may name a customer or
	 * an address.
	 */
	private String title(Voice voice, VoiceFeatures features) {
		String label = voice.reasonCodes()
			.stream()
			.findFirst()
			.flatMap(this.taxonomy::find)
			.map((code) -> code.label(voice.language()))
			.orElse(null);
		String concepts = features.terms()
			.entrySet()
			.stream()
			.filter((term) -> term.getKey().startsWith(VoiceFeatures.CONCEPT))
			.sorted(java.util.Map.Entry.<String, Double>comparingByValue().reversed())
			.limit(3)
			.map((term) -> term.getKey().substring(VoiceFeatures.CONCEPT.length()).replace('-', ' '))
			.collect(java.util.stream.Collectors.joining(", "));
		if (label == null) {
			return concepts.isEmpty() ? "New dossier" : concepts;
		}
		return concepts.isEmpty() ? label : label + " (" + concepts + ")";
	}

}
