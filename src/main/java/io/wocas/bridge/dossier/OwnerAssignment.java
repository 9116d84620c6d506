package io.wocas.bridge.dossier;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wocas.bridge.outbox.Outbox;
import io.wocas.bridge.outbox.OutboxMessage;
import io.wocas.bridge.salesforce.SalesforceSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Gives a dossier its owner and tells the owner: a mail, and a Task on their Salesforce
 * user. Both go through the outbox in the caller's transaction, so they are sent once the
 * assignment is committed, and never twice.
 */
@Component
public class OwnerAssignment {

	static final String BY_ROUTING = "routing";

	private static final Logger log = LoggerFactory.getLogger(OwnerAssignment.class);

	private final OwnerSettings owners;

	private final SalesforceSettings salesforce;

	private final Outbox outbox;

	private final ObjectMapper json;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OwnerAssignment(OwnerSettings owners, SalesforceSettings salesforce, Outbox outbox, ObjectMapper json,
			ApplicationEventPublisher events, Optional<Clock> clock) {
		this.owners = owners;
		this.salesforce = salesforce;
		this.outbox = outbox;
		this.json = json;
		this.events = events;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * Assigns (or reassigns) a dossier; the caller saves it.
	 */
	public void assign(Dossier dossier, String owner, String by) {
		Instant now = this.clock.instant();
		dossier.assign(owner, now);
		String key = "dossier-" + dossier.id() + "-owner-" + owner + "-" + now.toEpochMilli();
		this.owners.person(owner).ifPresentOrElse((person) -> {
			this.outbox.enqueue(new OutboxMessage("MAIL", key + "-mail", "smtp", mail(dossier, person)));
			salesforceOrg(person).ifPresent((org) -> this.outbox
				.enqueue(new OutboxMessage("SF_TASK", key + "-task", org, task(dossier, person))));
		}, () -> log.warn("Dossier {} assigned to {}, who is not in the owner table: nobody notified", dossier.id(),
				owner));
		String ownerName = this.owners.person(owner).map(OwnerSettings.Person::name).orElse(owner);
		this.events
			.publishEvent(new DossierMilestone(dossier.id(), DossierMilestone.Milestone.ASSIGNED, now, ownerName));
	}

	private Optional<String> salesforceOrg(OwnerSettings.Person person) {
		if (person.salesforceUserId() == null) {
			return Optional.empty();
		}
		if (person.salesforceOrg() != null) {
			return Optional.of(person.salesforceOrg());
		}
		return (this.salesforce.orgs().size() == 1) ? this.salesforce.orgs().keySet().stream().findFirst()
				: Optional.empty();
	}

	private String mail(Dossier dossier, OwnerSettings.Person person) {
		OwnerMessages.Message message = OwnerMessages.assigned(person.language(), dossier);
		ObjectNode mail = this.json.createObjectNode();
		mail.put("to", person.email());
		mail.put("subject", message.subject());
		mail.put("body", message.body());
		return mail.toString();
	}

	private String task(Dossier dossier, OwnerSettings.Person person) {
		OwnerMessages.Message message = OwnerMessages.assigned(person.language(), dossier);
		ObjectNode task = this.json.createObjectNode();
		task.put("OwnerId", person.salesforceUserId());
		task.put("Subject", message.subject());
		task.put("Description", message.body());
		task.put("Status", "Not Started");
		task.put("Priority", "High");
		task.put("ActivityDate",
				java.time.LocalDate.ofInstant(this.clock.instant(), java.time.ZoneOffset.UTC).plusDays(14).toString());
		return task.toString();
	}

}
