package io.wocas.bridge.dossier;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Scores dossiers and gives a new priority dossier its owner from the routing table. Runs
 * in the caller's transaction.
 */
@Component
public class Prioritisation {

	private final DossierVoices links;

	private final PrioritySettings settings;

	private final OwnerSettings owners;

	private final OwnerAssignment assignment;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Prioritisation(DossierVoices links, PrioritySettings settings, OwnerSettings owners, OwnerAssignment assignment,
			ApplicationEventPublisher events, Optional<Clock> clock) {
		this.links = links;
		this.settings = settings;
		this.owners = owners;
		this.assignment = assignment;
		this.events = events;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * Rescores a dossier (the caller saves it). A dossier that just became a priority
	 * dossier and has no owner gets one from the routing table.
	 */
	public PriorityScore rescore(Dossier dossier) {
		List<DossierVoices.VoiceFacts> facts = this.links.factsOf(dossier.id().value());
		PriorityScore score = PriorityScore.of(facts, this.settings, this.clock.instant());
		boolean becamePriority = dossier.rescore(score.score(), score.partsJson(), this.settings.threshold(),
				this.clock.instant());
		if (becamePriority) {
			this.events.publishEvent(new DossierPrioritised(dossier.id(), score.score()));
			if (dossier.owner().isEmpty()) {
				this.owners.ownerFor(dossier.primaryReason().orElse(null))
					.ifPresent((owner) -> this.assignment.assign(dossier, owner, OwnerAssignment.BY_ROUTING));
			}
		}
		return score;
	}

}
