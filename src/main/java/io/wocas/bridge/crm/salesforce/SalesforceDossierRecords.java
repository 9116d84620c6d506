package io.wocas.bridge.crm.salesforce;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wocas.bridge.crm.CrmSettings;
import io.wocas.bridge.crm.DossierOutcomes;
import io.wocas.bridge.dossier.Dossier;
import io.wocas.bridge.dossier.DossierVoices;
import io.wocas.bridge.dossier.Dossiers;
import io.wocas.bridge.outbox.Delivery;
import io.wocas.bridge.outbox.OutboxEntry;
import io.wocas.bridge.outbox.OutboxHandler;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Delivers {@code SF_DOSSIER} entries: upserts one record per dossier on the dossier
 * object, by external id, with the dossier's state at delivery time, 200 records a call.
 */
@Component
class SalesforceDossierRecords implements OutboxHandler {

	private final CrmSettings settings;

	private final Dossiers dossiers;

	private final DossierVoices links;

	private final ObjectProvider<DossierOutcomes> outcomes;

	private final SObjectWrites writes;

	private final ObjectMapper json;

	private final Clock clock;

	SalesforceDossierRecords(CrmSettings settings, Dossiers dossiers, DossierVoices links,
			ObjectProvider<DossierOutcomes> outcomes, SObjectWrites writes, ObjectMapper json, Optional<Clock> clock) {
		this.settings = settings;
		this.dossiers = dossiers;
		this.links = links;
		this.outcomes = outcomes;
		this.writes = writes;
		this.json = json;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@Override
	public String kind() {
		return "SF_DOSSIER";
	}

	@Override
	public List<Delivery> deliver(List<OutboxEntry> entries) {
		List<Delivery> deliveries = new ArrayList<>();
		CoalescedWrites<Long> coalesced = new CoalescedWrites<>();
		for (OutboxEntry entry : entries) {
			long dossierId = readLong(entry.payload(), "dossierId");
			if (dossierId < 0) {
				deliveries.add(Delivery.refused(entry.id(), "unreadable payload"));
				continue;
			}
			coalesced.add(entry.target(), dossierId, entry);
		}
		deliveries.addAll(coalesced.send(
				(dossierId) -> this.dossiers.findById(dossierId).map(this::record), (org, records) -> this.writes
					.upsert(org, this.settings.dossierObject(), this.settings.dossierExternalId(), records),
				"no dossier"));
		return deliveries;
	}

	ObjectNode record(Dossier dossier) {
		long id = dossier.id().value();
		ObjectNode record = this.json.createObjectNode();
		record.put(this.settings.dossierExternalId(), this.settings.reference(id));
		Instant now = this.clock.instant();
		put(record, "title", Records.truncate(dossier.title(), 80));
		put(record, "reason-code", dossier.primaryReason().orElse(null));
		put(record, "status", dossier.status().name());
		field("priority-score").ifPresent((f) -> record.put(f, dossier.priorityScore()));
		field("priority").ifPresent((f) -> record.put(f, dossier.isPriority()));
		field("voice-count").ifPresent((f) -> record.put(f, this.links.countOf(id)));
		field("severity").ifPresent((f) -> record.put(f, meanSeverity(dossier)));
		put(record, "owner", dossier.owner().orElse(null));
		put(record, "url", this.settings.dossierUrlBase() + id);
		put(record, "merged-into", dossier.mergedInto().map((m) -> this.settings.reference(m.value())).orElse(null));
		put(record, "last-synced", now.toString());
		Optional<DossierOutcomes.Outcome> outcome = Optional.ofNullable(this.outcomes.getIfAvailable())
			.flatMap((o) -> o.of(id));
		outcome.ifPresent((o) -> {
			put(record, "decision", Records.truncate(o.decision(), 4000));
			field("approved-cost").ifPresent((f) -> {
				if (o.approvedCost() != null) {
					record.put(f, o.approvedCost());
				}
			});
			put(record, "due-date", (o.dueDate() != null) ? o.dueDate().toString() : null);
			put(record, "last-progress", Records.truncate(o.lastProgress(), 4000));
		});
		return record;
	}

	private double meanSeverity(Dossier dossier) {
		JsonNode parts = Records.read(this.json, dossier.scoreParts().orElse("{}"));
		return parts.path("meanSeverity").asDouble(0);
	}

	private void put(ObjectNode record, String logicalName, String value) {
		Records.put(record, field(logicalName), value);
	}

	private Optional<String> field(String logicalName) {
		return this.settings.dossierField(logicalName);
	}

	private long readLong(String payload, String field) {
		return Records.read(this.json, payload).path(field).asLong(-1);
	}

}
