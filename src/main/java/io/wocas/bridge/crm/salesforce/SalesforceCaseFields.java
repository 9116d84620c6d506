package io.wocas.bridge.crm.salesforce;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
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
 * Delivers {@code SF_CASE} entries: the WOCAS fields of each source Case (dossier
 * reference, status, title, last update), read at delivery time, 200 Cases a call. A
 * merged dossier's Cases show the surviving dossier.
 */
@Component
class SalesforceCaseFields implements OutboxHandler {

	private final CrmSettings settings;

	private final Dossiers dossiers;

	private final ObjectProvider<DossierOutcomes> outcomes;

	private final SObjectWrites writes;

	private final ObjectMapper json;

	private final Clock clock;

	SalesforceCaseFields(CrmSettings settings, Dossiers dossiers, ObjectProvider<DossierOutcomes> outcomes,
			SObjectWrites writes, ObjectMapper json, Optional<Clock> clock) {
		this.settings = settings;
		this.dossiers = dossiers;
		this.outcomes = outcomes;
		this.writes = writes;
		this.json = json;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@Override
	public String kind() {
		return "SF_CASE";
	}

	@Override
	public List<Delivery> deliver(List<OutboxEntry> entries) {
		List<Delivery> deliveries = new ArrayList<>();
		CoalescedWrites<String> coalesced = new CoalescedWrites<>();
		Map<String, Long> latestDossierOfCase = new LinkedHashMap<>();
		for (OutboxEntry entry : entries) {
			JsonNode payload = Records.read(this.json, entry.payload());
			String caseId = payload.path("caseId").asText(null);
			long dossierId = payload.path("dossierId").asLong(-1);
			if (caseId == null || dossierId < 0) {
				deliveries.add(Delivery.refused(entry.id(), "unreadable payload"));
				continue;
			}
			latestDossierOfCase.put(caseId, dossierId);
			coalesced.add(entry.target(), caseId, entry);
		}
		deliveries.addAll(coalesced.send(
				(caseId) -> this.dossiers.survivorOf(latestDossierOfCase.get(caseId))
					.map((dossier) -> record(caseId, dossier)),
				(org, records) -> this.writes.update(org, "Case", records), "no dossier left for Case"));
		return deliveries;
	}

	private ObjectNode record(String caseId, Dossier dossier) {
		long id = dossier.id().value();
		ObjectNode record = this.json.createObjectNode();
		record.put("Id", caseId);
		put(record, "dossier-ref", this.settings.reference(id));
		put(record, "status", dossier.status().name());
		put(record, "title", Records.truncate(dossier.title(), 255));
		String lastUpdate = Optional.ofNullable(this.outcomes.getIfAvailable())
			.flatMap((o) -> o.of(id))
			.map((o) -> (o.lastProgress() != null) ? o.lastProgress() : o.decision())
			.orElse(null);
		put(record, "last-update", Records.truncate(lastUpdate, 4000));
		put(record, "updated-at", this.clock.instant().toString());
		return record;
	}

	private void put(ObjectNode record, String logicalName, String value) {
		Records.put(record, this.settings.caseField(logicalName), value);
	}

}
