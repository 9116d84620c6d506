package io.wocas.bridge.committee.verification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wocas.bridge.committee.DossierMoves;
import io.wocas.bridge.outbox.Outbox;
import io.wocas.bridge.outbox.OutboxMessage;
import io.wocas.bridge.dossier.Dossier;
import io.wocas.bridge.dossier.DossierId;
import io.wocas.bridge.dossier.DossierMilestone;
import io.wocas.bridge.dossier.DossierStatus;
import io.wocas.bridge.dossier.DossierVoices;
import io.wocas.bridge.dossier.DossierWork;
import io.wocas.bridge.dossier.Dossiers;
import io.wocas.bridge.dossier.OwnerSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Did the fix work? Checks every resolved dossier: compares the rate of its new voices
 * before and after the resolution ({@link VerificationFigures}), stores the figures, and
 * reopens the dossier when voices keep coming (publishing a {@link DossierMilestone}
 * REOPENED and mailing the owner through the outbox, in the transaction of the move) or
 * verifies it once the window has passed quietly.
 */
@Component
public class ResolutionCheck {

	private static final Logger log = LoggerFactory.getLogger(ResolutionCheck.class);

	private final Verifications verifications;

	private final Dossiers dossiers;

	private final DossierVoices voices;

	private final DossierMoves moves;

	private final DossierWork work;

	private final OwnerSettings owners;

	private final Outbox outbox;

	private final ApplicationEventPublisher events;

	private final ObjectMapper json;

	private final VerificationSettings settings;

	private final Clock clock;

	ResolutionCheck(Verifications verifications, Dossiers dossiers, DossierVoices voices, DossierMoves moves,
			DossierWork work, OwnerSettings owners, Outbox outbox, ApplicationEventPublisher events, ObjectMapper json,
			VerificationSettings settings, Optional<Clock> clock) {
		this.verifications = verifications;
		this.dossiers = dossiers;
		this.voices = voices;
		this.moves = moves;
		this.work = work;
		this.owners = owners;
		this.outbox = outbox;
		this.events = events;
		this.json = json;
		this.settings = settings;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@Scheduled(fixedDelayString = "${wocas.verification.interval:1h}",
			initialDelayString = "${wocas.verification.interval:1h}")
	void scheduled() {
		List<VerificationFigures> checked = checkResolved(this.clock.instant());
		long changed = checked.stream().filter((figures) -> figures.outcome() != VerificationOutcome.WATCHING).count();
		if (changed > 0) {
			log.info("Checked {} resolved dossier(s): {} verified or reopened", checked.size(), changed);
		}
	}

	/**
	 * Checks every resolved dossier as of {@code now}, each in its own transaction.
	 * @return the figures of each dossier checked
	 */
	public List<VerificationFigures> checkResolved(Instant now) {
		List<VerificationFigures> all = new ArrayList<>();
		for (Verifications.Watched watched : this.verifications.watched()) {
			try {
				VerificationFigures figures = this.work.run(() -> check(watched, now));
				if (figures != null) {
					all.add(figures);
				}
			}
			catch (RuntimeException ex) {
				log.warn("Could not check resolved dossier {}: {}", watched.dossierId(), ex.toString());
			}
		}
		return all;
	}

	private VerificationFigures check(Verifications.Watched watched, Instant now) {
		DossierId id = new DossierId(watched.dossierId());
		Dossier dossier = this.dossiers.get(id);
		if (dossier.status() != DossierStatus.RESOLVED) {
			return null;
		}
		List<Instant> raised = this.voices.factsOf(id.value())
			.stream()
			.map(DossierVoices.VoiceFacts::raisedAt)
			.toList();
		VerificationFigures figures = VerificationFigures.measure(watched.resolutionId(), id.value(),
				watched.resolvedAt(), raised, now, this.settings);
		this.verifications.save(figures);
		if (figures.outcome() == VerificationOutcome.REOPENED) {
			this.moves.advance(id, DossierStatus.REOPENED, now);
			String why = "Voices kept coming after the fix: " + figures.summary();
			this.events.publishEvent(new DossierMilestone(id, DossierMilestone.Milestone.REOPENED, now, why));
			tellOwner(dossier, figures, why);
		}
		else if (figures.outcome() == VerificationOutcome.VERIFIED) {
			this.moves.advance(id, DossierStatus.VERIFIED, now);
		}
		return figures;
	}

	private void tellOwner(Dossier dossier, VerificationFigures figures, String why) {
		Optional<OwnerSettings.Person> person = dossier.owner().flatMap(this.owners::person);
		if (person.isEmpty()) {
			log.warn("Dossier {} reopened; its owner {} is not in the owner table: nobody mailed", dossier.id(),
					dossier.owner().orElse("(none)"));
			return;
		}
		ObjectNode mail = this.json.createObjectNode();
		mail.put("to", person.get().email());
		mail.put("subject", subject(person.get().language(), dossier));
		mail.put("body", body(person.get().language(), dossier, why));
		this.outbox.enqueue(new OutboxMessage("MAIL",
				"dossier-" + dossier.id() + "-reopened-resolution-" + figures.resolutionId() + "-mail", "smtp",
				mail.toString()));
	}

	private static String subject(String language, Dossier dossier) {
		String lang = (language != null) ? language : "en";
		switch (lang) {
			case "fr":
				return "[WOCAS] Dossier " + dossier.id() + " rouvert : les voix continuent";
			case "nl":
				return "[WOCAS] Dossier " + dossier.id() + " heropend: de klantstemmen blijven komen";
			default:
				return "[WOCAS] Dossier " + dossier.id() + " reopened: voices keep coming";
		}
	}

	private static String body(String language, Dossier dossier, String figures) {
		String lang = (language != null) ? language : "en";
		switch (lang) {
			case "fr":
				return "Le dossier WOCAS " + dossier.id() + " « " + dossier.title()
						+ " » a été rouvert : les conseillers continuent de signaler le problème après sa résolution.\n"
						+ figures + "\nAnalysez à nouveau la cause et proposez de nouvelles actions.";
			case "nl":
				return "WOCAS-dossier " + dossier.id() + " \"" + dossier.title()
						+ "\" is heropend: adviseurs blijven het probleem melden na de oplossing.\n" + figures
						+ "\nAnalyseer de oorzaak opnieuw en stel nieuwe acties voor.";
			default:
				return "WOCAS dossier " + dossier.id() + " \"" + dossier.title()
						+ "\" was reopened: advisers keep raising the problem after it was resolved.\n" + figures
						+ "\nPlease analyse the root cause again and propose new actions.";
		}
	}

}
