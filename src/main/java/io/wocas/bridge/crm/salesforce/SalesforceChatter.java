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
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wocas.bridge.crm.CrmSettings;
import io.wocas.bridge.outbox.Delivery;
import io.wocas.bridge.outbox.OutboxEntry;
import io.wocas.bridge.outbox.OutboxHandler;
import io.wocas.bridge.salesforce.SalesforceClient;

import org.springframework.stereotype.Component;

/**
 * Delivers {@code SF_CHATTER} entries: one post on the Case for each adviser and
 * milestone, addressed to the adviser with an @-mention (Chatter REST
 * {@code feed-elements/batch}, many posts a call), or as a FeedItem naming them where
 * Chatter REST is not available. A post is never made twice: before a retry, the Case's
 * feed is searched for the post's reference, in case the earlier attempt did reach
 * Salesforce.
 */
@Component
class SalesforceChatter implements OutboxHandler {

	private static final Set<String> PERMANENT = Set.of("INVALID_API_INPUT", "INVALID_ID_FIELD", "NOT_FOUND",
			"MALFORMED_ID", "INSUFFICIENT_ACCESS", "FIELD_INTEGRITY_EXCEPTION");

	private final CrmSettings settings;

	private final SalesforceClient client;

	private final SObjectWrites writes;

	private final ObjectMapper json;

	SalesforceChatter(CrmSettings settings, SalesforceClient client, SObjectWrites writes, ObjectMapper json) {
		this.settings = settings;
		this.client = client;
		this.writes = writes;
		this.json = json;
	}

	@Override
	public String kind() {
		return "SF_CHATTER";
	}

	@Override
	public List<Delivery> deliver(List<OutboxEntry> entries) {
		Map<String, List<Post>> byOrg = new LinkedHashMap<>();
		List<Delivery> deliveries = new ArrayList<>();
		for (OutboxEntry entry : entries) {
			Optional<Post> post = read(entry);
			if (post.isEmpty()) {
				deliveries.add(Delivery.refused(entry.id(), "unreadable Chatter payload"));
				continue;
			}
			byOrg.computeIfAbsent(entry.target(), (org) -> new ArrayList<>()).add(post.get());
		}
		byOrg.forEach((org, posts) -> deliveries.addAll(deliver(org, posts)));
		return deliveries;
	}

	private List<Delivery> deliver(String org, List<Post> posts) {
		if (!this.writes.withinBudget(org)) {
			return posts.stream()
				.map((p) -> Delivery.retryLater(p.entryId(), "held back: daily API budget share reached"))
				.toList();
		}
		List<Delivery> deliveries = new ArrayList<>();
		List<Post> toSend = new ArrayList<>();
		Map<String, String> alreadyPosted = alreadyPosted(org, posts.stream().filter((p) -> p.attempts() > 0).toList());
		for (Post post : posts) {
			String existing = alreadyPosted.get(post.reference());
			if (existing != null) {
				deliveries.add(Delivery.delivered(post.entryId(), existing));
			}
			else {
				toSend.add(post);
			}
		}
		if (toSend.isEmpty()) {
			return deliveries;
		}
		if (this.settings.chatter() == CrmSettings.Chatter.FEED_ITEM) {
			deliveries.addAll(asFeedItems(org, toSend));
		}
		else {
			deliveries.addAll(asMentions(org, toSend));
		}
		return deliveries;
	}

	private List<Delivery> asMentions(String org, List<Post> posts) {
		ObjectNode body = this.json.createObjectNode();
		ArrayNode inputs = body.putArray("inputs");
		for (Post post : posts) {
			ObjectNode input = inputs.addObject().putObject("richInput");
			ArrayNode segments = input.putObject("body").putArray("messageSegments");
			segments.addObject().put("type", "Mention").put("id", post.adviserId());
			segments.addObject().put("type", "Text").put("text", post.text());
			input.put("feedElementType", "FeedItem");
			input.put("subjectId", post.caseId());
		}
		JsonNode answer = this.client.rest(org, "POST", "chatter/feed-elements/batch", body);
		List<Delivery> deliveries = new ArrayList<>();
		for (int i = 0; i < posts.size(); i++) {
			JsonNode result = (answer != null) ? answer.path("results").path(i) : null;
			long entryId = posts.get(i).entryId();
			int status = (result != null) ? result.path("statusCode").asInt(0) : 0;
			if (status >= 200 && status < 300) {
				deliveries.add(Delivery.delivered(entryId, result.path("result").path("id").asText(null)));
			}
			else {
				JsonNode error = (result != null) ? result.path("result").path(0) : null;
				String code = (error != null) ? error.path("errorCode").asText("UNKNOWN") : "NO_RESULT";
				String message = code + ": " + ((error != null) ? error.path("message").asText("") : "");
				deliveries.add(PERMANENT.contains(code) ? Delivery.refused(entryId, message)
						: Delivery.retryLater(entryId, message));
			}
		}
		return deliveries;
	}

	private List<Delivery> asFeedItems(String org, List<Post> posts) {
		Map<String, String> names = userNames(org, posts);
		List<SObjectWrites.Write> writes = new ArrayList<>();
		for (Post post : posts) {
			ObjectNode item = this.json.createObjectNode();
			item.put("ParentId", post.caseId());
			item.put("Type", "TextPost");
			item.put("Body", names.getOrDefault(post.adviserId(), post.adviserId()) + "," + post.text());
			writes.add(new SObjectWrites.Write(post.entryId(), item));
		}
		return this.writes.create(org, "FeedItem", writes);
	}

	/**
	 * Posts of earlier attempts that did arrive, by reference.
	 */
	private Map<String, String> alreadyPosted(String org, List<Post> retried) {
		if (retried.isEmpty()) {
			return Map.of();
		}
		Set<String> caseIds = retried.stream().map(Post::caseId).collect(Collectors.toCollection(LinkedHashSet::new));
		String ids = caseIds.stream().map((id) -> "'" + id + "'").collect(Collectors.joining(", "));
		Map<String, String> found = new LinkedHashMap<>();
		SalesforceClient.QueryPage page = this.client.query(org,
				"SELECT Id, Body FROM FeedItem WHERE ParentId IN (" + ids + ")", 2000);
		while (true) {
			for (JsonNode item : page.records()) {
				String text = item.path("Body").asText("");
				for (Post post : retried) {
					if (text.contains(post.reference())) {
						found.put(post.reference(), item.path("Id").asText());
					}
				}
			}
			if (!page.hasMore()) {
				return found;
			}
			page = this.client.queryMore(org, page.nextRecordsUrl(), 2000);
		}
	}

	private Map<String, String> userNames(String org, List<Post> posts) {
		String ids = posts.stream()
			.map(Post::adviserId)
			.distinct()
			.map((id) -> "'" + id + "'")
			.collect(Collectors.joining(", "));
		Map<String, String> names = new LinkedHashMap<>();
		this.client.query(org, "SELECT Id, Name FROM User WHERE Id IN (" + ids + ")", 2000)
			.records()
			.forEach((user) -> names.put(user.path("Id").asText(), user.path("Name").asText()));
		return names;
	}

	private Optional<Post> read(OutboxEntry entry) {
		try {
			JsonNode payload = this.json.readTree(entry.payload());
			String caseId = payload.path("caseId").asText("");
			String adviserId = payload.path("adviserId").asText("");
			if (!caseId.matches("[A-Za-z0-9]{15,18}") || !adviserId.matches("[A-Za-z0-9]{15,18}")) {
				return Optional.empty();
			}
			return Optional.of(new Post(entry.id(), entry.attempts(), caseId, adviserId, payload.path("text").asText(),
					payload.path("reference").asText()));
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			return Optional.empty();
		}
	}

	private record Post(long entryId, int attempts, String caseId, String adviserId, String text, String reference) {

	}

}
