package io.wocas.bridge.crm.salesforce;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wocas.bridge.crm.CrmSettings;
import io.wocas.bridge.crm.DossierOutcomes;
import io.wocas.bridge.dossier.Dossier;
import io.wocas.bridge.dossier.Dossiers;
import io.wocas.bridge.outbox.Delivery;
import io.wocas.bridge.outbox.OutboxEntry;
import io.wocas.bridge.outbox.OutboxHandler;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Delivers {@code SF_PROBLEM} entries (only enqueued with {@code problem-records}):
 * upserts each dossier as a standard Problem by its external id, with the dossier's state
 * at delivery time, 200 records a call. Subject is the title, Description the reason
 * code, score, decision and last progress; Status and Priority are mapped to Problem's
 * picklist values by {@code problem-statuses} and {@code problem-priorities}.
 */
@Component
class SalesforceProblemRecords implements OutboxHandler {

	static final String PROBLEM = "Problem";

	private final CrmSettings settings;

	private final Dossiers dossiers;

	private final ObjectProvider<DossierOutcomes> outcomes;

	private final SObjectWrites writes;

	private final ObjectMapper json;

	SalesforceProblemRecords(CrmSettings settings, Dossiers dossiers, ObjectProvider<DossierOutcomes> outcomes,
			SObjectWrites writes, ObjectMapper json) {
		this.settings = settings;
		this.dossiers = dossiers;
		this.outcomes = outcomes;
		this.writes = writes;
		this.json = json;
	}

	@Override
	public String kind() {
		return "SF_PROBLEM";
	}

	@Override
	public List<Delivery> deliver(List<OutboxEntry> entries) {
		List<Delivery> deliveries = new ArrayList<>();
		CoalescedWrites<Long> coalesced = new CoalescedWrites<>();
		for (OutboxEntry entry : entries) {
			long dossierId = Records.read(this.json, entry.payload()).path("dossierId").asLong(-1);
			if (dossierId < 0) {
				deliveries.add(Delivery.refused(entry.id(), "unreadable payload"));
				continue;
			}
			coalesced.add(entry.target(), dossierId, entry);
		}
		deliveries.addAll(coalesced.send((dossierId) -> this.dossiers.findById(dossierId).map(this::record),
				(org, records) -> this.writes.upsert(org, PROBLEM, this.settings.problemExternalId(), records),
				"no dossier"));
		return deliveries;
	}

	ObjectNode record(Dossier dossier) {
		long id = dossier.id().value();
		ObjectNode record = this.json.createObjectNode();
		record.put(this.settings.problemExternalId(), this.settings.reference(id));
		put(record, "subject", Records.truncate(dossier.title(), 255));
		put(record, "description", Records.truncate(description(dossier), 32000));
		this.settings.problemStatus(dossier.status().name()).ifPresent((value) -> put(record, "status", value));
		this.settings.problemPriority(dossier.isPriority()).ifPresent((value) -> put(record, "priority", value));
		return record;
	}

	private String description(Dossier dossier) {
		long id = dossier.id().value();
		StringBuilder text = new StringBuilder();
		text.append(this.settings.reference(id))
			.append(" (WOCAS dossier, ")
			.append(dossier.status().name())
			.append(")");
		dossier.primaryReason().ifPresent((reason) -> text.append("\nReason code: ").append(reason));
		text.append("\nPriority score: ")
			.append(String.format(java.util.Locale.ROOT, "%.1f", dossier.priorityScore()))
			.append(dossier.isPriority() ? " (priority)" : "");
		Optional.ofNullable(this.outcomes.getIfAvailable()).flatMap((o) -> o.of(id)).ifPresent((outcome) -> {
			if (outcome.decision() != null) {
				text.append("\nDecision: ").append(outcome.decision());
			}
			if (outcome.lastProgress() != null) {
				text.append("\nLast progress: ").append(outcome.lastProgress());
			}
		});
		text.append("\n").append(this.settings.dossierUrlBase()).append(id);
		return text.toString();
	}

	private void put(ObjectNode record, String logicalName, String value) {
		Records.put(record, this.settings.problemField(logicalName), value);
	}

}
