package io.wocas.bridge.crm.salesforce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wocas.bridge.outbox.Delivery;
import io.wocas.bridge.outbox.OutboxEntry;
import io.wocas.bridge.outbox.OutboxHandler;

import org.springframework.stereotype.Component;

/**
 * Delivers {@code SF_TASK} entries: Tasks on the dossier owner's Salesforce user,
 * upserted by {@value #KEY_FIELD} so that a retried delivery never creates a second Task.
 */
@Component
class SalesforceTasks implements OutboxHandler {

	static final String KIND = "SF_TASK";

	static final String KEY_FIELD = "WOCAS_Key__c";

	private final SObjectWrites writes;

	private final ObjectMapper json;

	SalesforceTasks(SObjectWrites writes, ObjectMapper json) {
		this.writes = writes;
		this.json = json;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public List<Delivery> deliver(List<OutboxEntry> entries) {
		Map<String, List<SObjectWrites.Write>> byOrg = new LinkedHashMap<>();
		List<Delivery> deliveries = new ArrayList<>();
		for (OutboxEntry entry : entries) {
			try {
				ObjectNode task = (ObjectNode) this.json.readTree(entry.payload());
				task.put(KEY_FIELD, entry.idempotencyKey());
				byOrg.computeIfAbsent(entry.target(), (org) -> new ArrayList<>())
					.add(new SObjectWrites.Write(entry.id(), task));
			}
			catch (JsonProcessingException | ClassCastException ex) {
				deliveries.add(Delivery.refused(entry.id(), "unreadable Task payload"));
			}
		}
		byOrg.forEach((org, tasks) -> deliveries.addAll(this.writes.upsert(org, "Task", KEY_FIELD, tasks)));
		return deliveries;
	}

}
