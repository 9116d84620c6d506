package io.wocas.bridge.crm.salesforce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wocas.bridge.crm.CrmSettings;
import io.wocas.bridge.dossier.Dossier;
import io.wocas.bridge.dossier.Dossiers;
import io.wocas.bridge.outbox.Delivery;
import io.wocas.bridge.outbox.OutboxEntry;
import io.wocas.bridge.outbox.OutboxHandler;
import io.wocas.bridge.salesforce.SalesforceClient;

import org.springframework.stereotype.Component;

/**
 * Delivers {@code SF_CASE_ISSUE} entries (only enqueued with {@code problem-records}):
 * links each source Case to its dossier's Problem with one {@code CaseRelatedIssue},
 * keyed {@code <caseId>:<dossier reference>} in {@code case-issue-key-field}. Per batch
 * of up to 200 entries: one query for the Problem ids by external id, one for the links
 * that already exist, and one sObject Collections call creating the missing links. Links
 * are created, not upserted: CaseId and RelatedIssueId can be set on create only, so an
 * upsert that matched an existing link would be refused. A Problem not written yet is
 * retried later; a link created concurrently fails on the unique key and is found on the
 * retry.
 */
@Component
class SalesforceCaseIssues implements OutboxHandler {

	static final String CASE_RELATED_ISSUE = "CaseRelatedIssue";

	private final CrmSettings settings;

	private final Dossiers dossiers;

	private final SalesforceClient client;

	private final SObjectWrites writes;

	private final ObjectMapper json;

	SalesforceCaseIssues(CrmSettings settings, Dossiers dossiers, SalesforceClient client, SObjectWrites writes,
			ObjectMapper json) {
		this.settings = settings;
		this.dossiers = dossiers;
		this.client = client;
		this.writes = writes;
		this.json = json;
	}

	@Override
	public String kind() {
		return "SF_CASE_ISSUE";
	}

	@Override
	public int batchSize() {
		return SObjectWrites.MAX_RECORDS_PER_CALL;
	}

	/**
	 * One wanted link.
	 */
	private record Link(String caseId, String reference) {

		String key() {
			return this.caseId + ":" + this.reference;
		}

	}

	@Override
	public List<Delivery> deliver(List<OutboxEntry> entries) {
		List<Delivery> deliveries = new ArrayList<>();
		Map<String, Map<Link, List<OutboxEntry>>> byOrgAndLink = new LinkedHashMap<>();
		for (OutboxEntry entry : entries) {
			JsonNode payload = Records.read(this.json, entry.payload());
			String caseId = payload.path("caseId").asText("");
			long dossierId = payload.path("dossierId").asLong(-1);
			if (!caseId.matches("[A-Za-z0-9]{15,18}") || dossierId < 0) {
				deliveries.add(Delivery.refused(entry.id(), "unreadable payload"));
				continue;
			}
			Optional<Dossier> dossier = this.dossiers.survivorOf(dossierId);
			if (dossier.isEmpty()) {
				deliveries.add(Delivery.refused(entry.id(), "dossier no longer exists"));
				continue;
			}
			Link link = new Link(caseId, this.settings.reference(dossier.get().id().value()));
			byOrgAndLink.computeIfAbsent(entry.target(), (org) -> new LinkedHashMap<>())
				.computeIfAbsent(link, (l) -> new ArrayList<>())
				.add(entry);
		}
		byOrgAndLink.forEach((org, byLink) -> deliveries.addAll(deliver(org, byLink)));
		return deliveries;
	}

	private List<Delivery> deliver(String org, Map<Link, List<OutboxEntry>> byLink) {
		List<Delivery> deliveries = new ArrayList<>();
		if (!this.writes.withinBudget(org)) {
			byLink.values()
				.forEach((list) -> list.forEach((e) -> deliveries
					.add(Delivery.retryLater(e.id(), "held back: daily API budget share reached or no such org"))));
			return deliveries;
		}
		Set<String> references = byLink.keySet().stream().map(Link::reference).collect(Collectors.toSet());
		Map<String, String> problemIds = idsByKey(org, SalesforceProblemRecords.PROBLEM,
				this.settings.problemExternalId(), references);
		Set<String> wantedKeys = byLink.keySet().stream().map(Link::key).collect(Collectors.toSet());
		Map<String, String> existing = idsByKey(org, CASE_RELATED_ISSUE, this.settings.caseIssueKeyField(), wantedKeys);
		List<SObjectWrites.Write> creates = new ArrayList<>();
		Map<Long, List<OutboxEntry>> entriesByWrite = new LinkedHashMap<>();
		byLink.forEach((link, linkEntries) -> {
			String existingId = existing.get(link.key().toLowerCase(java.util.Locale.ROOT));
			String problemId = problemIds.get(link.reference().toLowerCase(java.util.Locale.ROOT));
			if (existingId != null) {
				linkEntries.forEach((e) -> deliveries.add(Delivery.delivered(e.id(), existingId)));
			}
			else if (problemId == null) {
				linkEntries.forEach((e) -> deliveries
					.add(Delivery.retryLater(e.id(), "Problem " + link.reference() + " not written yet")));
			}
			else {
				ObjectNode record = this.json.createObjectNode();
				record.put("CaseId", link.caseId());
				record.put("RelatedIssueId", problemId);
				record.put(this.settings.caseIssueKeyField(), link.key());
				long writeId = linkEntries.get(0).id();
				creates.add(new SObjectWrites.Write(writeId, record));
				entriesByWrite.put(writeId, linkEntries);
			}
		});
		deliveries.addAll(CoalescedWrites.fanOut(this.writes.create(org, CASE_RELATED_ISSUE, creates), entriesByWrite));
		return deliveries;
	}

	/**
	 * Record ids by (lower-cased) key value, for records whose key field is one of
	 * values: one query (the values are at most a batch, so one page).
	 */
	private Map<String, String> idsByKey(String org, String sobject, String keyField, Set<String> values) {
		Map<String, String> ids = new LinkedHashMap<>();
		if (values.isEmpty()) {
			return ids;
		}
		String in = values.stream().map(SalesforceCaseIssues::quote).collect(Collectors.joining(", ", "(", ")"));
		SalesforceClient.QueryPage page = this.client.query(org,
				"SELECT Id, " + keyField + " FROM " + sobject + " WHERE " + keyField + " IN " + in, 2000);
		Set<String> seen = new LinkedHashSet<>();
		while (true) {
			for (JsonNode record : page.records()) {
				String key = value(record, keyField);
				if (key != null && seen.add(record.path("Id").asText())) {
					ids.put(key.toLowerCase(java.util.Locale.ROOT), record.path("Id").asText());
				}
			}
			if (!page.hasMore()) {
				return ids;
			}
			page = this.client.queryMore(org, page.nextRecordsUrl(), 2000);
		}
	}

	private static String value(JsonNode record, String field) {
		for (var names = record.fieldNames(); names.hasNext();) {
			String name = names.next();
			if (name.equalsIgnoreCase(field) && !record.get(name).isNull()) {
				return record.get(name).asText();
			}
		}
		return null;
	}

	private static String quote(String value) {
		return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
	}

}
