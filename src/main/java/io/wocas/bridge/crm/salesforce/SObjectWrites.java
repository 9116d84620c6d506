package io.wocas.bridge.crm.salesforce;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wocas.bridge.outbox.Delivery;
import io.wocas.bridge.salesforce.ApiUsage;
import io.wocas.bridge.salesforce.SalesforceClient;
import io.wocas.bridge.salesforce.SalesforceSettings;

import org.springframework.stereotype.Component;

/**
 * Writes records to an org with sObject Collections: up to 200 records a call, each
 * record's own result checked (a partial failure does not fail the call). Holds back
 * before the org's configured share of its daily API limit is used.
 */
@Component
public class SObjectWrites {

	public static final int MAX_RECORDS_PER_CALL = 200;

	/**
	 * Error codes that will fail again however often they are retried.
	 */
	private static final Set<String> PERMANENT = Set.of("INVALID_FIELD", "INVALID_TYPE", "MALFORMED_ID",
			"REQUIRED_FIELD_MISSING", "INVALID_FIELD_FOR_INSERT_UPDATE", "FIELD_CUSTOM_VALIDATION_EXCEPTION",
			"STRING_TOO_LONG", "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST", "INVALID_CROSS_REFERENCE_KEY",
			"ENTITY_IS_DELETED", "NOT_FOUND", "INVALID_ID_FIELD");

	private final SalesforceClient client;

	private final ApiUsage apiUsage;

	private final SalesforceSettings settings;

	private final ObjectMapper json;

	public SObjectWrites(SalesforceClient client, ApiUsage apiUsage, SalesforceSettings settings, ObjectMapper json) {
		this.client = client;
		this.apiUsage = apiUsage;
		this.settings = settings;
		this.json = json;
	}

	/**
	 * One record to write, for an outbox entry.
	 */
	public record Write(long entryId, ObjectNode record) {

	}

	/**
	 * Upserts records of one type by an external id field.
	 */
	public List<Delivery> upsert(String org, String sobject, String externalIdField, List<Write> writes) {
		return send(org, "PATCH", "composite/sobjects/" + sobject + "/" + externalIdField, sobject, writes);
	}

	/**
	 * Creates records of one type.
	 */
	public List<Delivery> create(String org, String sobject, List<Write> writes) {
		return send(org, "POST", "composite/sobjects", sobject, writes);
	}

	/**
	 * Updates records of one type by their Salesforce id (each record carries
	 * {@code Id}).
	 */
	public List<Delivery> update(String org, String sobject, List<Write> writes) {
		return send(org, "PATCH", "composite/sobjects", sobject, writes);
	}

	/**
	 * Whether the org's budget allows another call now.
	 */
	public boolean withinBudget(String org) {
		SalesforceSettings.Org orgSettings = this.settings.orgs().get(org);
		if (orgSettings == null) {
			return false;
		}
		return this.apiUsage.share(org).map((share) -> share < orgSettings.maxApiShare()).orElse(true);
	}

	private List<Delivery> send(String org, String method, String resource, String sobject, List<Write> writes) {
		if (!this.settings.orgs().containsKey(org)) {
			return writes.stream()
				.map((w) -> Delivery.retryLater(w.entryId(), "no Salesforce org '" + org + "'"))
				.toList();
		}
		List<Delivery> deliveries = new ArrayList<>();
		for (int from = 0; from < writes.size(); from += MAX_RECORDS_PER_CALL) {
			List<Write> chunk = writes.subList(from, Math.min(writes.size(), from + MAX_RECORDS_PER_CALL));
			if (!withinBudget(org)) {
				chunk.forEach((w) -> deliveries
					.add(Delivery.retryLater(w.entryId(), "held back: daily API budget share reached")));
				continue;
			}
			deliveries.addAll(sendChunk(org, method, resource, sobject, chunk));
		}
		return deliveries;
	}

	private List<Delivery> sendChunk(String org, String method, String resource, String sobject, List<Write> chunk) {
		ObjectNode body = this.json.createObjectNode();
		body.put("allOrNone", false);
		ArrayNode records = body.putArray("records");
		for (Write write : chunk) {
			ObjectNode record = write.record().deepCopy();
			record.putObject("attributes").put("type", sobject);
			records.add(record);
		}
		JsonNode results = this.client.rest(org, method, resource, body);
		List<Delivery> deliveries = new ArrayList<>();
		for (int i = 0; i < chunk.size(); i++) {
			long entryId = chunk.get(i).entryId();
			JsonNode result = (results != null && results.isArray()) ? results.get(i) : null;
			if (result == null) {
				deliveries.add(Delivery.retryLater(entryId, "no result for this record"));
			}
			else if (result.path("success").asBoolean(false)) {
				deliveries.add(Delivery.delivered(entryId, result.path("id").asText(null)));
			}
			else {
				deliveries.add(failure(entryId, result.path("errors")));
			}
		}
		return deliveries;
	}

	private static Delivery failure(long entryId, JsonNode errors) {
		String code = errors.path(0).path("statusCode").asText("UNKNOWN");
		String message = code + ": " + errors.path(0).path("message").asText("");
		return PERMANENT.contains(code) ? Delivery.refused(entryId, message) : Delivery.retryLater(entryId, message);
	}

}
