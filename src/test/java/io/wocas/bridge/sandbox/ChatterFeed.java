package io.wocas.bridge.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Connect REST API feed elements: a post on a record's feed becomes a {@code FeedItem} of
 * type {@code TextPost} whose {@code Body} is the rendered text (mentions as
 * {@code @Name}), so SOQL sees it as Salesforce does.
 */
final class ChatterFeed {

	private ChatterFeed() {
	}

	static SandboxRestApi.Response post(SandboxRestApi api, SandboxRestApi.Request request) {
		Map<String, Object> input = SandboxRestApi.jsonObject(request.body());
		return SandboxRestApi.Response.of(201, create(api, request, input));
	}

	static SandboxRestApi.Response batch(SandboxRestApi api, SandboxRestApi.Request request) {
		Map<String, Object> input = SandboxRestApi.jsonObject(request.body());
		if (!(input.get("inputs") instanceof List<?> inputs)) {
			throw new SalesforceApiException(400, "JSON_PARSER_ERROR", "inputs is required");
		}
		if (inputs.size() > 500) {
			throw new SalesforceApiException(400, "INVALID_API_INPUT", "A batch may contain at most 500 inputs");
		}
		boolean hasErrors = false;
		List<Map<String, Object>> results = new ArrayList<>();
		for (Object item : inputs) {
			Map<String, Object> result = new LinkedHashMap<>();
			try {
				Object richInput = item instanceof Map<?, ?> map ? map.get("richInput") : null;
				if (!(richInput instanceof Map<?, ?>)) {
					throw new SalesforceApiException(400, "JSON_PARSER_ERROR", "richInput is required");
				}
				result.put("result", create(api, request, cast(richInput)));
				result.put("statusCode", 201);
			}
			catch (SalesforceApiException ex) {
				hasErrors = true;
				result.put("result", ex.restBody());
				result.put("statusCode", ex.status());
			}
			results.add(result);
		}
		Map<String, Object> response = new LinkedHashMap<>();
		response.put("hasErrors", hasErrors);
		response.put("results", results);
		return SandboxRestApi.Response.of(200, response);
	}

	private static Map<String, Object> create(SandboxRestApi api, SandboxRestApi.Request request,
			Map<String, Object> input) {
		SandboxStore store = api.store();
		String feedElementType = String.valueOf(input.getOrDefault("feedElementType", "FeedItem"));
		if (!feedElementType.equals("FeedItem")) {
			throw new SalesforceApiException(400, "INVALID_API_INPUT",
					"Unsupported feedElementType: " + feedElementType);
		}
		String subjectId = input.get("subjectId") == null ? null : String.valueOf(input.get("subjectId"));
		if (subjectId == null) {
			throw new SalesforceApiException(400, "INVALID_API_INPUT", "subjectId is required");
		}
		String subjectType = store.typeOf(subjectId).orElseThrow(SalesforceApiException::notFound);
		if (!(input.get("body") instanceof Map<?, ?> body) || !(body.get("messageSegments") instanceof List<?> given)) {
			throw new SalesforceApiException(400, "INVALID_API_INPUT", "body.messageSegments is required");
		}
		StringBuilder text = new StringBuilder();
		List<Map<String, Object>> segments = new ArrayList<>();
		boolean richText = false;
		for (Object item : given) {
			Map<String, Object> segment = cast(item);
			String type = String.valueOf(segment.get("type"));
			Map<String, Object> out = new LinkedHashMap<>();
			switch (type) {
				case "Text" -> {
					String value = String.valueOf(segment.getOrDefault("text", ""));
					text.append(value);
					out.put("text", value);
					out.put("type", "Text");
				}
				case "Mention" -> {
					String userId = String.valueOf(segment.get("id"));
					Map<String, Object> user = store.record("User", userId)
						.orElseThrow(() -> new SalesforceApiException(400, "INVALID_API_INPUT",
								"Mention id is not a valid user: " + userId));
					String name = String.valueOf(user.get("Name"));
					text.append('@').append(name);
					out.put("accessible", true);
					out.put("name", name);
					out.put("record", actor(user));
					out.put("text", "@" + name);
					out.put("type", "Mention");
				}
				case "Link" -> {
					String url = String.valueOf(segment.get("url"));
					text.append(url);
					out.put("text", url);
					out.put("type", "Link");
					out.put("url", url);
				}
				case "Hashtag" -> {
					String tag = String.valueOf(segment.get("tag"));
					text.append('#').append(tag);
					out.put("tag", tag);
					out.put("text", "#" + tag);
					out.put("type", "Hashtag");
				}
				case "MarkupBegin", "MarkupEnd" -> {
					richText = true;
					out.putAll(segment);
					out.put("text", "");
				}
				default -> throw new SalesforceApiException(400, "INVALID_API_INPUT",
						"Unsupported message segment type: " + type);
			}
			segments.add(out);
		}
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("ParentId", subjectId);
		fields.put("Type", "TextPost");
		fields.put("Body", text.toString());
		fields.put("IsRichText", richText);
		String id = store.apiCreate("FeedItem", fields, request.userId());
		Map<String, Object> item = store.record("FeedItem", id).orElseThrow();
		Map<String, Object> author = store.record("User", request.userId()).orElse(Map.of("Id", request.userId()));
		String created = SandboxRestApi.chatterDate(Soql.parseDateTime(String.valueOf(item.get("CreatedDate"))));

		Map<String, Object> element = new LinkedHashMap<>();
		element.put("actor", actor(author));
		Map<String, Object> outBody = new LinkedHashMap<>();
		outBody.put("isRichText", richText);
		outBody.put("messageSegments", segments);
		outBody.put("text", text.toString());
		element.put("body", outBody);
		Map<String, Object> capabilities = new LinkedHashMap<>();
		capabilities.put("comments", Map.of("page", Map.of("comments", List.of(), "total", 0)));
		capabilities.put("edit", Map.of("isEditRestricted", false));
		element.put("capabilities", capabilities);
		element.put("createdDate", created);
		element.put("feedElementType", "FeedItem");
		element.put("header", Map.of("isRichText", false, "text", String.valueOf(author.getOrDefault("Name", ""))));
		element.put("id", id);
		element.put("isDeleteRestricted", false);
		element.put("modifiedDate", created);
		element.put("parent", Map.of("id", subjectId, "type", subjectType));
		element.put("type", "TextPost");
		element.put("url", "/services/data/v" + request.version() + "/chatter/feed-elements/" + id);
		element.put("visibility", "InternalUsers");
		return element;
	}

	private static Map<String, Object> actor(Map<String, Object> user) {
		Map<String, Object> actor = new LinkedHashMap<>();
		actor.put("displayName", user.get("Name"));
		actor.put("id", user.get("Id"));
		actor.put("name", user.get("Name"));
		actor.put("type", "User");
		return actor;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> cast(Object value) {
		if (!(value instanceof Map<?, ?>)) {
			throw new SalesforceApiException(400, "JSON_PARSER_ERROR", "Expected an object");
		}
		return (Map<String, Object>) value;
	}

}
