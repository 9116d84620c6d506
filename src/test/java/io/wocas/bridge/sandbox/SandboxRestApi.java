package io.wocas.bridge.sandbox;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The data API below {@code /services/data/vNN.N/}: query and queryMore, sObject rows,
 * sObject Collections, composite and Chatter feed elements, answered with Salesforce's
 * JSON shapes and error codes.
 */
final class SandboxRestApi {

	static final int MAX_COLLECTION_RECORDS = 200;

	static final int MAX_COLLECTION_RETRIEVE = 2000;

	static final int MAX_COMPOSITE_SUBREQUESTS = 25;

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Pattern REFERENCE = Pattern
		.compile("@\\{([A-Za-z0-9_]+)((?:\\.[A-Za-z0-9_]+|\\[\\d+\\])*)\\}");

	private static final Pattern CURSOR = Pattern.compile("(01g[0-9A-Za-z]{15})-(\\d+)");

	private final SandboxStore store;

	private final SandboxFaults faults;

	private final SandboxStats stats;

	private final Map<String, Cursor> cursors = new ConcurrentHashMap<>();

	private final AtomicLong cursorSequence = new AtomicLong();

	record Request(String method, String version, String path, Map<String, String> query,
			Map<String, List<String>> headers, byte[] body, String userId) {

		String header(String name) {
			List<String> values = this.headers.get(name.toLowerCase(Locale.ROOT));
			return values == null || values.isEmpty() ? null : values.get(0);
		}

	}

	record Response(int status, Object body, Map<String, String> headers) {

		static Response of(int status, Object body) {
			return new Response(status, body, Map.of());
		}

	}

	private record Cursor(List<Map<String, Object>> records, int batchSize) {
	}

	SandboxRestApi(SandboxStore store, SandboxFaults faults, SandboxStats stats) {
		this.store = store;
		this.faults = faults;
		this.stats = stats;
	}

	Response handle(Request request) {
		try {
			return route(request);
		}
		catch (SalesforceApiException ex) {
			return Response.of(ex.status(), ex.restBody());
		}
		catch (SandboxStore.MultipleChoicesException ex) {
			return Response.of(300, ex.urls());
		}
	}

	private Response route(Request request) {
		String[] segments = Arrays.stream(request.path().split("/")).filter((s) -> !s.isEmpty()).toArray(String[]::new);
		String method = request.method();
		if (segments.length == 0) {
			return Response.of(200, resources(request.version()));
		}
		switch (segments[0]) {
			case "limits":
				return Response.of(200, limits());
			case "query":
			case "queryAll":
				if (segments.length == 1) {
					return query(request, segments[0].equals("queryAll"));
				}
				return queryMore(request, segments[1]);
			case "sobjects":
				return sobjects(request, segments);
			case "composite":
				if (segments.length == 1 && method.equals("POST")) {
					return composite(request);
				}
				if (segments.length >= 2 && segments[1].equals("sobjects")) {
					return collections(request, segments);
				}
				break;
			case "chatter":
				if (segments.length >= 2 && segments[1].equals("feed-elements") && method.equals("POST")) {
					return segments.length == 3 && segments[2].equals("batch") ? ChatterFeed.batch(this, request)
							: ChatterFeed.post(this, request);
				}
				break;
			default:
				break;
		}
		throw SalesforceApiException.notFound();
	}

	// query

	private Response query(Request request, boolean all) {
		String soql = request.query().get("q");
		Soql.Query parsed = Soql.parse(soql);
		SandboxStore.QueryResult result = this.store.query(parsed, all, request.version());
		if (parsed.count()) {
			return Response.of(200, page(result.totalSize(), List.of(), null));
		}
		int batchSize = batchSize(request);
		if (result.records().size() <= batchSize) {
			return Response.of(200, page(result.totalSize(), result.records(), null));
		}
		String locator = SalesforceIds.newId("01g", this.cursorSequence.incrementAndGet());
		this.cursors.put(locator, new Cursor(result.records(), batchSize));
		return Response.of(200, cursorPage(request, locator, 0, batchSize));
	}

	private Response queryMore(Request request, String locatorAndOffset) {
		Matcher matcher = CURSOR.matcher(locatorAndOffset);
		Cursor cursor = matcher.matches() ? this.cursors.get(matcher.group(1)) : null;
		if (cursor == null) {
			throw new SalesforceApiException(400, "INVALID_QUERY_LOCATOR", "invalid query locator");
		}
		int offset = Integer.parseInt(matcher.group(2));
		String header = request.header("Sforce-Query-Options");
		int batchSize = header == null ? cursor.batchSize() : batchSize(request);
		return Response.of(200, cursorPage(request, matcher.group(1), offset, batchSize));
	}

	private Map<String, Object> cursorPage(Request request, String locator, int offset, int batchSize) {
		Cursor cursor = this.cursors.get(locator);
		List<Map<String, Object>> records = cursor.records();
		int from = Math.min(offset, records.size());
		int to = Math.min(records.size(), from + batchSize);
		String next = null;
		if (to < records.size()) {
			next = "/services/data/v" + request.version() + "/query/" + locator + "-" + to;
		}
		else {
			this.cursors.remove(locator);
		}
		return page(records.size(), records.subList(from, to), next);
	}

	private static Map<String, Object> page(int totalSize, List<Map<String, Object>> records, String next) {
		Map<String, Object> page = new LinkedHashMap<>();
		page.put("totalSize", totalSize);
		page.put("done", next == null);
		if (next != null) {
			page.put("nextRecordsUrl", next);
		}
		page.put("records", records);
		return page;
	}

	private static int batchSize(Request request) {
		String header = request.header("Sforce-Query-Options");
		int size = 2000;
		if (header != null) {
			for (String option : header.split(",")) {
				String[] pair = option.trim().split("=");
				if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("batchSize")) {
					try {
						size = Integer.parseInt(pair[1].trim());
					}
					catch (NumberFormatException ex) {
						throw new SalesforceApiException(400, "INVALID_QUERY_OPTIONS",
								"batchSize must be a number: " + pair[1].trim());
					}
				}
			}
		}
		return Math.max(200, Math.min(2000, size));
	}

	// sObject rows

	private Response sobjects(Request request, String[] segments) {
		String method = request.method();
		if (segments.length == 1 && method.equals("GET")) {
			return Response.of(200, globalDescribe());
		}
		String type = segments[1];
		if (segments.length == 2) {
			if (method.equals("POST")) {
				Map<String, Object> body = jsonObject(request.body());
				this.faults.checkWrite(type, body);
				String id = this.store.apiCreate(type, body, request.userId());
				return new Response(201, saveResult(id, null),
						Map.of("Location", SandboxStore.url(request.version(), type, id)));
			}
			if (method.equals("GET")) {
				this.store.queryType(type);
				return Response.of(200, Map.of("objectDescribe", describe(type), "recentItems", List.of()));
			}
		}
		if (segments.length == 3) {
			String id = segments[2];
			if (id.equals("describe") && method.equals("GET")) {
				return Response.of(200, describe(type));
			}
			switch (method) {
				case "GET":
					return Response.of(200, this.store.apiGet(type, id, fields(request), request.version()));
				case "PATCH":
					Map<String, Object> body = jsonObject(request.body());
					Map<String, Object> withId = new LinkedHashMap<>(body);
					withId.put("Id", id);
					this.faults.checkWrite(type, withId);
					this.store.apiUpdate(type, id, body, request.userId());
					return Response.of(204, null);
				case "DELETE":
					this.store.apiDelete(type, id);
					return Response.of(204, null);
				default:
					break;
			}
		}
		if (segments.length == 4) {
			String field = segments[2];
			String value = URLDecoder.decode(segments[3], StandardCharsets.UTF_8);
			switch (method) {
				case "GET":
					return Response.of(200,
							this.store.apiGetByExternalId(type, field, value, fields(request), request.version()));
				case "PATCH":
					Map<String, Object> body = jsonObject(request.body());
					Map<String, Object> withKey = new LinkedHashMap<>(body);
					withKey.put(field, value);
					this.faults.checkWrite(type, withKey);
					SandboxStore.UpsertResult result = this.store.apiUpsert(type, field, value, body, request.userId(),
							"true".equalsIgnoreCase(request.query().get("updateOnly")), request.version());
					if (!result.created() && versionBelow(request.version(), 46)) {
						return Response.of(204, null);
					}
					return Response.of(result.created() ? 201 : 200,
							saveResult(result.id(), versionBelow(request.version(), 46) ? null : result.created()));
				case "DELETE":
					String id = (String) this.store
						.apiGetByExternalId(type, field, value, List.of("Id"), request.version())
						.get("Id");
					this.store.apiDelete(type, id);
					return Response.of(204, null);
				default:
					break;
			}
		}
		throw SalesforceApiException.notFound();
	}

	private static List<String> fields(Request request) {
		String fields = request.query().get("fields");
		return fields == null ? null : List.of(fields.split(","));
	}

	// sObject Collections

	private Response collections(Request request, String[] segments) {
		String method = request.method();
		if (segments.length == 2 && method.equals("POST")) {
			return Response.of(200, saveCollection(request, false, null, null));
		}
		if (segments.length == 2 && method.equals("PATCH")) {
			return Response.of(200, saveCollection(request, true, null, null));
		}
		if (segments.length == 4 && method.equals("PATCH")) {
			return Response.of(200, saveCollection(request, true, segments[2], segments[3]));
		}
		if (segments.length == 2 && method.equals("DELETE")) {
			return Response.of(200, deleteCollection(request));
		}
		if (segments.length == 3 && (method.equals("GET") || method.equals("POST"))) {
			List<String> ids;
			List<String> fields;
			if (method.equals("GET")) {
				ids = splitParameter(request.query().get("ids"));
				fields = splitParameter(request.query().get("fields"));
			}
			else {
				Map<String, Object> body = jsonObject(request.body());
				ids = stringList(body.get("ids"));
				fields = stringList(body.get("fields"));
			}
			if (ids.isEmpty() || fields.isEmpty()) {
				throw new SalesforceApiException(400, "MISSING_ARGUMENT", "ids and fields are required");
			}
			if (ids.size() > MAX_COLLECTION_RETRIEVE) {
				throw new SalesforceApiException(400, "EXCEEDED_ID_LIMIT",
						"record limit reached. cannot submit more than " + MAX_COLLECTION_RETRIEVE
								+ " records into this call");
			}
			List<Object> records = new ArrayList<>();
			for (String id : ids) {
				records.add(this.store.apiGetOrNull(segments[2], id, fields, request.version()));
			}
			return Response.of(200, records);
		}
		throw SalesforceApiException.notFound();
	}

	private List<Map<String, Object>> saveCollection(Request request, boolean patch, String upsertType,
			String externalIdField) {
		Map<String, Object> body = jsonObject(request.body());
		boolean allOrNone = Boolean.TRUE.equals(body.get("allOrNone"));
		List<Map<String, Object>> records = objectList(body.get("records"));
		if (records.size() > MAX_COLLECTION_RECORDS) {
			throw new SalesforceApiException(400, "EXCEEDED_ID_LIMIT", "record limit reached. cannot submit more than "
					+ MAX_COLLECTION_RECORDS + " records into this call");
		}
		SandboxStore.Snapshot snapshot = allOrNone ? this.store.snapshot() : null;
		List<Map<String, Object>> results = new ArrayList<>();
		boolean failed = false;
		for (Map<String, Object> record : records) {
			try {
				results.add(saveOne(request, record, patch, upsertType, externalIdField));
			}
			catch (SalesforceApiException ex) {
				failed = true;
				Map<String, Object> result = new LinkedHashMap<>();
				Object id = SandboxStore.get(record, "Id");
				if (id != null) {
					result.put("id", id);
				}
				result.put("success", false);
				result.put("errors", List.of(ex.recordError()));
				results.add(result);
			}
		}
		if (failed && allOrNone) {
			this.store.restore(snapshot);
			for (int i = 0; i < results.size(); i++) {
				if (Boolean.TRUE.equals(results.get(i).get("success"))) {
					Map<String, Object> rolledBack = new LinkedHashMap<>();
					rolledBack.put("success", false);
					rolledBack.put("errors", List.of(new SalesforceApiException(400,
							"ALL_OR_NONE_OPERATION_ROLLED_BACK",
							"Record rolled back because not all records were valid and the request was using AllOrNone header")
						.recordError()));
					results.set(i, rolledBack);
				}
			}
		}
		return results;
	}

	private Map<String, Object> saveOne(Request request, Map<String, Object> record, boolean patch, String upsertType,
			String externalIdField) {
		Map<String, Object> fields = new LinkedHashMap<>(record);
		Object attributes = fields.remove("attributes");
		String type = attributes instanceof Map<?, ?> map && map.get("type") != null ? String.valueOf(map.get("type"))
				: upsertType;
		if (upsertType != null) {
			if (type != null && !type.equalsIgnoreCase(upsertType)) {
				throw new SalesforceApiException(400, "INVALID_TYPE", "sObject type does not match the request URL");
			}
			Object key = SandboxStore.get(fields, externalIdField);
			if (key == null) {
				throw new SalesforceApiException(400, "MISSING_ARGUMENT", externalIdField + " not specified",
						List.of(externalIdField));
			}
			this.faults.checkWrite(upsertType, fields);
			SandboxStore.UpsertResult result = this.store.apiUpsert(upsertType, externalIdField, String.valueOf(key),
					fields, request.userId(), false, request.version());
			return saveResult(result.id(), result.created());
		}
		if (patch) {
			Object id = SandboxStore.get(fields, "Id");
			if (id == null) {
				throw new SalesforceApiException(400, "MISSING_ARGUMENT", "Id not specified in an update call",
						List.of("Id"));
			}
			String resolved = type != null ? type
					: this.store.typeOf(String.valueOf(id))
						.orElseThrow(() -> new SalesforceApiException(400, "INVALID_CROSS_REFERENCE_KEY",
								"invalid cross reference id"));
			this.faults.checkWrite(resolved, fields);
			fields.keySet().removeIf("Id"::equalsIgnoreCase);
			try {
				this.store.apiUpdate(resolved, String.valueOf(id), fields, request.userId());
			}
			catch (SalesforceApiException ex) {
				if (ex.status() == 404) {
					throw new SalesforceApiException(400, "INVALID_CROSS_REFERENCE_KEY", "invalid cross reference id");
				}
				throw ex;
			}
			return saveResult(SalesforceIds.to18(String.valueOf(id)), null);
		}
		if (type == null) {
			throw new SalesforceApiException(400, "INVALID_TYPE", "No SObject Type defined in the attributes");
		}
		this.faults.checkWrite(type, fields);
		try {
			return saveResult(this.store.apiCreate(type, fields, request.userId()), null);
		}
		catch (SalesforceApiException ex) {
			if (ex.status() == 404) {
				throw new SalesforceApiException(400, "INVALID_TYPE", "sObject type '" + type + "' is not supported.");
			}
			throw ex;
		}
	}

	private List<Map<String, Object>> deleteCollection(Request request) {
		List<String> ids = splitParameter(request.query().get("ids"));
		boolean allOrNone = "true".equalsIgnoreCase(request.query().get("allOrNone"));
		if (ids.size() > MAX_COLLECTION_RECORDS) {
			throw new SalesforceApiException(400, "EXCEEDED_ID_LIMIT", "record limit reached. cannot submit more than "
					+ MAX_COLLECTION_RECORDS + " records into this call");
		}
		SandboxStore.Snapshot snapshot = allOrNone ? this.store.snapshot() : null;
		List<Map<String, Object>> results = new ArrayList<>();
		boolean failed = false;
		for (String id : ids) {
			Map<String, Object> result = new LinkedHashMap<>();
			result.put("id", id);
			try {
				this.store.apiDelete(null, id);
				result.put("success", true);
				result.put("errors", List.of());
			}
			catch (SalesforceApiException ex) {
				failed = true;
				SalesforceApiException error = ex.errorCode().equals("NOT_FOUND")
						? new SalesforceApiException(400, "INVALID_CROSS_REFERENCE_KEY", "invalid cross reference id")
						: ex;
				result.put("success", false);
				result.put("errors", List.of(error.recordError()));
			}
			results.add(result);
		}
		if (failed && allOrNone) {
			this.store.restore(snapshot);
			for (Map<String, Object> result : results) {
				if (Boolean.TRUE.equals(result.get("success"))) {
					result.put("success", false);
					result.put("errors", List.of(new SalesforceApiException(400, "ALL_OR_NONE_OPERATION_ROLLED_BACK",
							"Record rolled back because not all records were valid and the request was using AllOrNone header")
						.recordError()));
				}
			}
		}
		return results;
	}

	static Map<String, Object> saveResult(String id, Boolean created) {
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("id", id);
		result.put("success", true);
		result.put("errors", List.of());
		if (created != null) {
			result.put("created", created);
		}
		return result;
	}

	// composite

	private Response composite(Request request) {
		Map<String, Object> body = jsonObject(request.body());
		boolean allOrNone = Boolean.TRUE.equals(body.get("allOrNone"));
		List<Map<String, Object>> subrequests = objectList(body.get("compositeRequest"));
		if (subrequests.isEmpty()) {
			throw new SalesforceApiException(400, "JSON_PARSER_ERROR", "compositeRequest is required");
		}
		if (subrequests.size() > MAX_COMPOSITE_SUBREQUESTS) {
			throw new SalesforceApiException(400, "LIMIT_EXCEEDED",
					"Composite request may contain at most " + MAX_COMPOSITE_SUBREQUESTS + " subrequests");
		}
		SandboxStore.Snapshot snapshot = allOrNone ? this.store.snapshot() : null;
		Map<String, Object> resultsByReference = new LinkedHashMap<>();
		List<Map<String, Object>> responses = new ArrayList<>();
		int failedAt = -1;
		for (int i = 0; i < subrequests.size(); i++) {
			Map<String, Object> subrequest = subrequests.get(i);
			String referenceId = String.valueOf(subrequest.get("referenceId"));
			Response response;
			if (failedAt >= 0 && allOrNone) {
				response = rolledBack();
			}
			else {
				response = executeSubrequest(request, subrequest, resultsByReference);
			}
			if (response.status() >= 400 && failedAt < 0) {
				failedAt = i;
			}
			resultsByReference.put(referenceId, response.status() < 400 ? response.body() : null);
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("body", response.body());
			entry.put("httpHeaders", response.headers());
			entry.put("httpStatusCode", response.status());
			entry.put("referenceId", referenceId);
			responses.add(entry);
		}
		if (failedAt >= 0 && allOrNone) {
			this.store.restore(snapshot);
			for (int i = 0; i < responses.size(); i++) {
				if (i != failedAt) {
					Response halted = rolledBack();
					responses.get(i).put("body", halted.body());
					responses.get(i).put("httpHeaders", Map.of());
					responses.get(i).put("httpStatusCode", halted.status());
				}
			}
		}
		return Response.of(200, Map.of("compositeResponse", responses));
	}

	private static Response rolledBack() {
		return Response.of(400,
				new SalesforceApiException(400, "PROCESSING_HALTED",
						"The transaction was rolled back since another operation in the same transaction failed.")
					.restBody());
	}

	private Response executeSubrequest(Request outer, Map<String, Object> subrequest, Map<String, Object> results) {
		String method = String.valueOf(subrequest.get("method")).toUpperCase(Locale.ROOT);
		String url;
		byte[] body;
		try {
			url = substitute(String.valueOf(subrequest.get("url")), results, false);
			body = subrequest.get("body") == null ? new byte[0]
					: substitute(JSON.writeValueAsString(subrequest.get("body")), results, true)
						.getBytes(StandardCharsets.UTF_8);
		}
		catch (SalesforceApiException ex) {
			return Response.of(400, ex.restBody());
		}
		catch (Exception ex) {
			return Response.of(400, new SalesforceApiException(400, "JSON_PARSER_ERROR", ex.getMessage()).restBody());
		}
		Matcher matcher = Pattern.compile("/services/data/v(\\d+\\.\\d+)(/[^?]*)?(?:\\?(.*))?").matcher(url);
		if (!matcher.matches()) {
			return Response.of(400, new SalesforceApiException(400, "INVALID_URL",
					"The URL must begin with /services/data/vXX.X/: " + url)
				.restBody());
		}
		Map<String, String> query = SalesforceSandbox.parseQuery(matcher.group(3));
		Map<String, List<String>> headers = new LinkedHashMap<>();
		if (subrequest.get("httpHeaders") instanceof Map<?, ?> given) {
			given.forEach((name, value) -> headers.put(String.valueOf(name).toLowerCase(Locale.ROOT),
					List.of(String.valueOf(value))));
		}
		Request inner = new Request(method, matcher.group(1), matcher.group(2) == null ? "" : matcher.group(2), query,
				headers, body, outer.userId());
		if (inner.path().startsWith("/composite") && !inner.path().startsWith("/composite/sobjects")) {
			return Response.of(400,
					new SalesforceApiException(400, "INVALID_URL", "Composite requests cannot be nested").restBody());
		}
		return handle(inner);
	}

	private static String substitute(String text, Map<String, Object> results, boolean json) {
		Matcher matcher = REFERENCE.matcher(text);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String reference = matcher.group(1);
			Object value = results.get(reference);
			String path = matcher.group(2);
			for (Matcher step = Pattern.compile("\\.([A-Za-z0-9_]+)|\\[(\\d+)\\]").matcher(path); step.find();) {
				if (step.group(1) != null && value instanceof Map<?, ?> map) {
					value = map.get(step.group(1));
				}
				else if (step.group(2) != null && value instanceof List<?> list
						&& Integer.parseInt(step.group(2)) < list.size()) {
					value = list.get(Integer.parseInt(step.group(2)));
				}
				else {
					value = null;
				}
			}
			if (value == null) {
				throw new SalesforceApiException(400, "PROCESSING_HALTED", "Invalid reference specified. No value for "
						+ reference + path + " found in " + reference + ". Provided referenceId ('" + reference
						+ "') must start with a letter or a number, and it can contain only letters, numbers and underscores ('_').");
			}
			String replacement = String.valueOf(value);
			if (json) {
				try {
					String quoted = JSON.writeValueAsString(replacement);
					replacement = quoted.substring(1, quoted.length() - 1);
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			}
			matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	// metadata

	private Map<String, Object> resources(String version) {
		Map<String, Object> resources = new LinkedHashMap<>();
		String base = "/services/data/v" + version + "/";
		for (String name : List.of("limits", "query", "queryAll", "sobjects", "composite", "chatter")) {
			resources.put(name, base + name);
		}
		return resources;
	}

	Map<String, Object> limits() {
		Map<String, Object> limits = new LinkedHashMap<>();
		long max = this.stats.dailyLimit();
		limits.put("DailyApiRequests", usage(max, Math.max(0, max - this.stats.used())));
		limits.put("DailyAsyncApexExecutions", usage(250000, 250000));
		limits.put("DailyBulkApiBatches", usage(15000, 15000));
		limits.put("DailyBulkV2QueryJobs", usage(10000, 10000));
		limits.put("DailyDurableStreamingApiEvents", usage(10000, 10000));
		limits.put("DailyStreamingApiEvents", usage(10000, 10000));
		limits.put("DataStorageMB", usage(1024, 1024));
		limits.put("FileStorageMB", usage(1024, 1024));
		limits.put("HourlyPublishedPlatformEvents", usage(50000, 50000));
		limits.put("SingleEmail", usage(5000, 5000));
		return limits;
	}

	private static Map<String, Object> usage(long max, long remaining) {
		Map<String, Object> usage = new LinkedHashMap<>();
		usage.put("Max", max);
		usage.put("Remaining", remaining);
		return usage;
	}

	private Map<String, Object> globalDescribe() {
		List<Map<String, Object>> sobjects = new ArrayList<>();
		for (String type : this.store.types()) {
			sobjects.add(describe(type));
		}
		Map<String, Object> global = new LinkedHashMap<>();
		global.put("encoding", "UTF-8");
		global.put("maxBatchSize", 200);
		global.put("sobjects", sobjects);
		return global;
	}

	private Map<String, Object> describe(String type) {
		String name = this.store.queryType(type);
		Map<String, Object> describe = new LinkedHashMap<>();
		describe.put("name", name);
		describe.put("label", name);
		describe.put("keyPrefix", SalesforceIds.keyPrefix(name));
		describe.put("custom", name.endsWith("__c"));
		describe.put("createable", true);
		describe.put("updateable", true);
		describe.put("deletable", true);
		describe.put("queryable", true);
		return describe;
	}

	// helpers

	SandboxStore store() {
		return this.store;
	}

	static Map<String, Object> jsonObject(byte[] body) {
		if (body == null || body.length == 0) {
			throw new SalesforceApiException(400, "JSON_PARSER_ERROR", "The request body is empty");
		}
		try {
			return JSON.readValue(body, new TypeReference<LinkedHashMap<String, Object>>() {
			});
		}
		catch (Exception ex) {
			throw new SalesforceApiException(400, "JSON_PARSER_ERROR", "Unexpected character in request body");
		}
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> objectList(Object value) {
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> list) || list.stream().anyMatch((item) -> !(item instanceof Map))) {
			throw new SalesforceApiException(400, "JSON_PARSER_ERROR", "Expected an array of objects");
		}
		return (List<Map<String, Object>>) value;
	}

	private static List<String> stringList(Object value) {
		if (!(value instanceof List<?> list)) {
			return List.of();
		}
		return list.stream().map(String::valueOf).toList();
	}

	private static List<String> splitParameter(String value) {
		if (value == null || value.isBlank()) {
			return List.of();
		}
		return Arrays.stream(value.split(",")).map(String::trim).filter((s) -> !s.isEmpty()).toList();
	}

	private static boolean versionBelow(String version, int major) {
		try {
			return Double.parseDouble(version) < major;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	static String chatterDate(Instant instant) {
		return instant.toString();
	}

}
