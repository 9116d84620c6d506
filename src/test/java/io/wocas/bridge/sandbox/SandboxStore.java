package io.wocas.bridge.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The sandbox's records: schemaless maps per sObject type, except for types whose fields
 * the seed declares. Datetimes are kept as Salesforce returns them, at second precision
 * in UTC ({@code 2026-11-01T08:00:00.000+0000}), so they order correctly as text.
 * <p>
 * The public methods are the test-side view: they write without the REST API's field
 * rules. The package-private {@code api*} methods apply Salesforce's rules and throw
 * {@link SalesforceApiException}.
 */
public final class SandboxStore {

	static final DateTimeFormatter STORED_DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxx");

	private static final Pattern DATETIME_VALUE = Pattern
		.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2})");

	private static final Set<String> SYSTEM_FIELDS = Set.of("Id", "IsDeleted", "CreatedDate", "CreatedById",
			"LastModifiedDate", "LastModifiedById", "SystemModstamp");

	private static final Set<String> READ_ONLY_FIELDS = Set.of("isdeleted", "createddate", "createdbyid",
			"lastmodifieddate", "lastmodifiedbyid", "systemmodstamp", "casenumber");

	private static final Set<String> STANDARD_TYPES = Set.of("Account", "Contact", "User", "Case", "CaseComment",
			"Task", "FeedItem", "FeedComment", "EmailMessage", "Problem", "CaseRelatedIssue", "Group");

	private static final Set<String> OWNABLE_TYPES = Set.of("Account", "Contact", "Case", "Task", "Problem");

	private static final ObjectMapper JSON = new ObjectMapper();

	private final Clock clock;

	private final Map<String, String> typeNames = new HashMap<>();

	private final Map<String, List<String>> schema = new HashMap<>();

	private final Map<String, Map<String, String>> observedFields = new HashMap<>();

	private Map<String, LinkedHashMap<String, Map<String, Object>>> records = new HashMap<>();

	private Map<String, String> typeById = new HashMap<>();

	private long sequence;

	private long lastCaseNumber;

	private String orgId = "00D5g000004SANDAAA";

	private String defaultUserId;

	SandboxStore(Clock clock) {
		this.clock = clock;
		STANDARD_TYPES.forEach(this::registerType);
	}

	/**
	 * Inserts a record as if it already existed in the org: explicit {@code Id},
	 * {@code CreatedDate} or {@code SystemModstamp} are kept; missing ones are set to
	 * now, truncated to the second.
	 * @return the record id
	 */
	public synchronized String insert(String sObjectType, Map<String, ?> fields) {
		String type = registerType(sObjectType);
		Map<String, Object> values = new LinkedHashMap<>();
		fields.forEach((name, value) -> {
			if (!name.equals("attributes")) {
				values.put(name, normalize(value));
			}
		});
		return doInsert(type, values, null);
	}

	/**
	 * Updates fields of a record; {@code LastModifiedDate} and {@code SystemModstamp}
	 * move to now unless given.
	 */
	public synchronized void update(String sObjectType, String id, Map<String, ?> fields) {
		Map<String, Object> record = find(canonicalType(sObjectType), id)
			.orElseThrow(() -> new IllegalArgumentException("No " + sObjectType + " with id " + id));
		Map<String, Object> values = new LinkedHashMap<>();
		fields.forEach((name, value) -> values.put(name, normalize(value)));
		doUpdate(canonicalType(sObjectType), record, values, null);
	}

	public synchronized void delete(String sObjectType, String id) {
		Map<String, Object> record = find(canonicalType(sObjectType), id)
			.orElseThrow(() -> new IllegalArgumentException("No " + sObjectType + " with id " + id));
		markDeleted(record);
	}

	/**
	 * Copies of the records of a type that are not deleted, in insertion order.
	 */
	public synchronized List<Map<String, Object>> records(String sObjectType) {
		Map<String, Map<String, Object>> ofType = this.records.getOrDefault(canonicalType(sObjectType),
				new LinkedHashMap<>());
		List<Map<String, Object>> copies = new ArrayList<>();
		for (Map<String, Object> record : ofType.values()) {
			if (!Boolean.TRUE.equals(record.get("IsDeleted"))) {
				copies.add(new LinkedHashMap<>(record));
			}
		}
		return copies;
	}

	public synchronized Optional<Map<String, Object>> record(String sObjectType, String id) {
		return find(canonicalType(sObjectType), id).filter((record) -> !Boolean.TRUE.equals(record.get("IsDeleted")))
			.map(LinkedHashMap::new);
	}

	/**
	 * Declares the fields of a type; writes of other fields are then refused with
	 * {@code INVALID_FIELD}, as Salesforce does.
	 */
	public synchronized void declareSchema(String sObjectType, Collection<String> fields) {
		String type = registerType(sObjectType);
		List<String> declared = new ArrayList<>(fields);
		for (String system : List.of("Id", "IsDeleted", "CreatedDate", "CreatedById", "LastModifiedDate",
				"LastModifiedById", "SystemModstamp")) {
			if (declared.stream().noneMatch(system::equalsIgnoreCase)) {
				declared.add(system);
			}
		}
		this.schema.put(type, List.copyOf(declared));
	}

	public synchronized String orgId() {
		return this.orgId;
	}

	synchronized void orgId(String orgId) {
		this.orgId = orgId;
	}

	synchronized void defaultUserId(String userId) {
		this.defaultUserId = userId;
	}

	synchronized String defaultUserId() {
		if (this.defaultUserId == null) {
			List<Map<String, Object>> users = records("User");
			this.defaultUserId = users.isEmpty()
					? insert("User", Map.of("Name", "Integration User", "Username", "integration@sandbox.example"))
					: (String) users.get(0).get("Id");
		}
		return this.defaultUserId;
	}

	synchronized void load(InputStream seed) throws IOException {
		Map<String, Object> root = JSON.readValue(seed, new TypeReference<Map<String, Object>>() {
		});
		if (root.get("orgId") instanceof String org) {
			this.orgId = org;
		}
		if (root.get("schema") instanceof Map<?, ?> declared) {
			declared.forEach((type, fields) -> declareSchema((String) type, castList(fields)));
		}
		if (root.get("records") instanceof Map<?, ?> byType) {
			byType.forEach((type, list) -> {
				for (Object record : (List<?>) list) {
					insert((String) type, castMap(record));
				}
			});
		}
	}

	record Snapshot(Map<String, LinkedHashMap<String, Map<String, Object>>> records, Map<String, String> typeById,
			long sequence, long lastCaseNumber) {
	}

	synchronized Snapshot snapshot() {
		Map<String, LinkedHashMap<String, Map<String, Object>>> copy = new HashMap<>();
		this.records.forEach((type, ofType) -> {
			LinkedHashMap<String, Map<String, Object>> copied = new LinkedHashMap<>();
			ofType.forEach((id, record) -> copied.put(id, new LinkedHashMap<>(record)));
			copy.put(type, copied);
		});
		return new Snapshot(copy, new HashMap<>(this.typeById), this.sequence, this.lastCaseNumber);
	}

	synchronized void restore(Snapshot snapshot) {
		this.records = snapshot.records();
		this.typeById = snapshot.typeById();
		this.sequence = snapshot.sequence();
		this.lastCaseNumber = snapshot.lastCaseNumber();
	}

	synchronized Set<String> types() {
		return new LinkedHashSet<>(this.typeNames.values());
	}

	// REST API operations

	synchronized String apiCreate(String sObjectType, Map<String, Object> body, String userId) {
		String type = apiType(sObjectType);
		Map<String, Object> values = writableFields(type, body);
		if (values.keySet().stream().anyMatch("Id"::equalsIgnoreCase)) {
			throw new SalesforceApiException(400, "INVALID_FIELD_FOR_INSERT_UPDATE",
					"Unable to create/update fields: Id. Please check the security settings of this field and verify that it is read/write for your profile or permission set.",
					List.of("Id"));
		}
		OffsetDateTime now = now();
		values.put("CreatedDate", format(now));
		return doInsert(type, values, userId);
	}

	synchronized void apiUpdate(String sObjectType, String id, Map<String, Object> body, String userId) {
		String type = apiType(sObjectType);
		Map<String, Object> record = find(type, id).filter((found) -> !Boolean.TRUE.equals(found.get("IsDeleted")))
			.orElseThrow(SalesforceApiException::notFound);
		Map<String, Object> values = writableFields(type, body);
		Object bodyId = removeIgnoreCase(values, "Id");
		if (bodyId != null && !SalesforceIds.to18(String.valueOf(bodyId)).equals(record.get("Id"))) {
			throw new SalesforceApiException(400, "INVALID_ID_FIELD", "Id in URL does not match Id in body",
					List.of("Id"));
		}
		values.put("LastModifiedDate", format(now()));
		values.put("SystemModstamp", format(now()));
		doUpdate(type, record, values, userId);
	}

	record UpsertResult(String id, boolean created) {
	}

	synchronized UpsertResult apiUpsert(String sObjectType, String externalIdField, String value,
			Map<String, Object> body, String userId, boolean updateOnly, String apiVersion) {
		String type = apiType(sObjectType);
		String field = canonicalField(type, externalIdField).orElseThrow(() -> new SalesforceApiException(404,
				"NOT_FOUND", "Provided external ID field does not exist or is not accessible: " + externalIdField));
		List<Map<String, Object>> matches = new ArrayList<>();
		if (field.equals("Id")) {
			find(type, value).filter((found) -> !Boolean.TRUE.equals(found.get("IsDeleted"))).ifPresent(matches::add);
		}
		else {
			for (Map<String, Object> record : this.records.getOrDefault(type, new LinkedHashMap<>()).values()) {
				Object stored = get(record, field);
				if (!Boolean.TRUE.equals(record.get("IsDeleted")) && stored != null
						&& String.valueOf(stored).equalsIgnoreCase(value)) {
					matches.add(record);
				}
			}
		}
		if (matches.size() > 1) {
			List<String> urls = matches.stream()
				.map((record) -> url(apiVersion, type, (String) record.get("Id")))
				.toList();
			throw new MultipleChoicesException(urls);
		}
		Map<String, Object> values = new LinkedHashMap<>(body);
		Object inBody = removeIgnoreCase(values, field);
		if (inBody != null && !String.valueOf(inBody).equalsIgnoreCase(value)) {
			throw new SalesforceApiException(400, "INVALID_FIELD",
					"The value of " + field + " in the request body does not match the value in the URL",
					List.of(field));
		}
		if (matches.isEmpty()) {
			if (updateOnly || field.equals("Id")) {
				throw SalesforceApiException.notFound();
			}
			values.put(field, value);
			return new UpsertResult(apiCreate(type, values, userId), true);
		}
		String id = (String) matches.get(0).get("Id");
		apiUpdate(type, id, values, userId);
		return new UpsertResult(id, false);
	}

	synchronized void apiDelete(String sObjectType, String id) {
		String type = sObjectType == null ? null : apiType(sObjectType);
		Map<String, Object> record = (type == null ? findAny(id).map(Map.Entry::getValue) : find(type, id))
			.orElseThrow(() -> new SalesforceApiException(404, "NOT_FOUND", "The requested resource does not exist"));
		if (Boolean.TRUE.equals(record.get("IsDeleted"))) {
			throw new SalesforceApiException(404, "ENTITY_IS_DELETED", "entity is deleted");
		}
		markDeleted(record);
	}

	synchronized Map<String, Object> apiGet(String sObjectType, String id, List<String> fields, String apiVersion) {
		String type = apiType(sObjectType);
		Map<String, Object> record = find(type, id).filter((found) -> !Boolean.TRUE.equals(found.get("IsDeleted")))
			.orElseThrow(SalesforceApiException::notFound);
		return renderAll(type, record, fields, apiVersion);
	}

	synchronized Map<String, Object> apiGetByExternalId(String sObjectType, String field, String value,
			List<String> fields, String apiVersion) {
		String type = apiType(sObjectType);
		String canonical = canonicalField(type, field).orElseThrow(SalesforceApiException::notFound);
		List<Map<String, Object>> matches = this.records.getOrDefault(type, new LinkedHashMap<>())
			.values()
			.stream()
			.filter((record) -> !Boolean.TRUE.equals(record.get("IsDeleted")) && get(record, canonical) != null
					&& String.valueOf(get(record, canonical)).equalsIgnoreCase(value))
			.toList();
		if (matches.size() > 1) {
			throw new MultipleChoicesException(
					matches.stream().map((record) -> url(apiVersion, type, (String) record.get("Id"))).toList());
		}
		if (matches.isEmpty()) {
			throw SalesforceApiException.notFound();
		}
		return renderAll(type, matches.get(0), fields, apiVersion);
	}

	/**
	 * The record or {@code null} if it does not exist, for sObject Collections retrieve.
	 */
	synchronized Map<String, Object> apiGetOrNull(String sObjectType, String id, List<String> fields,
			String apiVersion) {
		try {
			return apiGet(sObjectType, id, fields, apiVersion);
		}
		catch (SalesforceApiException ex) {
			if (ex.status() == 404) {
				return null;
			}
			throw ex;
		}
	}

	synchronized Optional<String> typeOf(String id) {
		return findAny(id).map(Map.Entry::getKey);
	}

	/**
	 * The type name as Salesforce spells it, or {@code INVALID_TYPE} for a query.
	 */
	synchronized String queryType(String name) {
		String type = this.typeNames.get(name.toLowerCase(Locale.ROOT));
		if (type == null) {
			throw new SalesforceApiException(400, "INVALID_TYPE", "sObject type '" + name
					+ "' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. Please reference your WSDL or the describe call for the appropriate names.");
		}
		return type;
	}

	record QueryResult(int totalSize, List<Map<String, Object>> records) {
	}

	synchronized QueryResult query(Soql.Query query, boolean includeDeleted, String apiVersion) {
		String type = queryType(query.object());
		List<Soql.FieldPath> referenced = new ArrayList<>(query.fields());
		if (query.where() != null) {
			query.where().collectFields(referenced);
		}
		query.orderBy().forEach((order) -> referenced.add(order.field()));
		referenced.forEach((path) -> validatePath(type, path));
		List<Map<String, Object>> matching = new ArrayList<>();
		for (Map<String, Object> record : this.records.getOrDefault(type, new LinkedHashMap<>()).values()) {
			if (!includeDeleted && Boolean.TRUE.equals(record.get("IsDeleted"))) {
				continue;
			}
			if (query.where() == null || query.where().test((path) -> resolve(record, path.segments()))) {
				matching.add(record);
			}
		}
		if (!query.orderBy().isEmpty()) {
			matching.sort(ordering(query.orderBy()));
		}
		int from = Math.min(query.offset() == null ? 0 : query.offset(), matching.size());
		int to = query.limit() == null ? matching.size() : Math.min(matching.size(), from + query.limit());
		List<Map<String, Object>> page = matching.subList(from, to);
		if (query.count()) {
			return new QueryResult(page.size(), List.of());
		}
		List<Map<String, Object>> rendered = new ArrayList<>(page.size());
		for (Map<String, Object> record : page) {
			Map<String, Object> out = new LinkedHashMap<>();
			out.put("attributes", attributes(type, (String) record.get("Id"), apiVersion));
			for (Soql.FieldPath path : query.fields()) {
				renderPath(out, type, record, path.segments(), 0, apiVersion);
			}
			rendered.add(out);
		}
		return new QueryResult(rendered.size(), rendered);
	}

	private Comparator<Map<String, Object>> ordering(List<Soql.Order> orders) {
		Comparator<Map<String, Object>> comparator = null;
		for (Soql.Order order : orders) {
			Comparator<Map<String, Object>> next = (left, right) -> {
				Object a = resolve(left, order.field().segments());
				Object b = resolve(right, order.field().segments());
				if (a == null || b == null) {
					if (a == b) {
						return 0;
					}
					return (a == null) == order.nullsFirst() ? -1 : 1;
				}
				int result = Soql.compareStored(a, b);
				return order.descending() ? -result : result;
			};
			comparator = comparator == null ? next : comparator.thenComparing(next);
		}
		return comparator;
	}

	private void validatePath(String type, Soql.FieldPath path) {
		String currentType = type;
		List<String> segments = path.segments();
		for (int i = 0; i < segments.size(); i++) {
			String segment = segments.get(i);
			if (currentType == null) {
				return;
			}
			if (i == segments.size() - 1) {
				if (canonicalField(currentType, segment).isEmpty()) {
					throw new SalesforceApiException(400, "INVALID_FIELD", "No such column '" + segment
							+ "' on entity '" + currentType
							+ "'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.");
				}
			}
			else {
				if (canonicalField(currentType, referenceField(segment)).isEmpty()) {
					throw new SalesforceApiException(400, "INVALID_FIELD", "Didn't understand relationship '" + segment
							+ "' in field path. If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name. Please reference your WSDL or the describe call for the appropriate names.");
				}
				currentType = relationshipTarget(currentType, segment);
			}
		}
	}

	private static String relationshipTarget(String type, String relationship) {
		return switch (relationship.toLowerCase(Locale.ROOT)) {
			case "createdby", "lastmodifiedby", "owner" -> "User";
			case "account" -> "Account";
			case "contact", "who" -> relationship.equalsIgnoreCase("contact") ? "Contact" : null;
			case "parent" -> Set.of("CaseComment", "EmailMessage", "Case").contains(type) ? "Case" : null;
			default -> null;
		};
	}

	private static String referenceField(String relationship) {
		if (relationship.toLowerCase(Locale.ROOT).endsWith("__r")) {
			return relationship.substring(0, relationship.length() - 3) + "__c";
		}
		return relationship + "Id";
	}

	private Object resolve(Map<String, Object> record, List<String> segments) {
		Map<String, Object> current = record;
		for (int i = 0; i < segments.size() - 1; i++) {
			Object reference = get(current, referenceField(segments.get(i)));
			if (reference == null) {
				return null;
			}
			current = findAny(String.valueOf(reference)).map(Map.Entry::getValue).orElse(null);
			if (current == null) {
				return null;
			}
		}
		return get(current, segments.get(segments.size() - 1));
	}

	@SuppressWarnings("unchecked")
	private void renderPath(Map<String, Object> out, String type, Map<String, Object> record, List<String> segments,
			int index, String apiVersion) {
		String segment = segments.get(index);
		if (index == segments.size() - 1) {
			String name = storedName(type, record, segment);
			out.putIfAbsent(name, get(record, segment));
			return;
		}
		String referenceName = storedName(type, record, referenceField(segment));
		String relationship = referenceName.endsWith("__c")
				? referenceName.substring(0, referenceName.length() - 3) + "__r"
				: referenceName.endsWith("Id") ? referenceName.substring(0, referenceName.length() - 2) : segment;
		Object reference = get(record, referenceName);
		Optional<Map.Entry<String, Map<String, Object>>> target = reference == null ? Optional.empty()
				: findAny(String.valueOf(reference));
		if (target.isEmpty()) {
			out.put(relationship, null);
			return;
		}
		Map<String, Object> nested = (Map<String, Object>) out.get(relationship);
		if (nested == null) {
			nested = new LinkedHashMap<>();
			nested.put("attributes",
					attributes(target.get().getKey(), (String) target.get().getValue().get("Id"), apiVersion));
			out.put(relationship, nested);
		}
		renderPath(nested, target.get().getKey(), target.get().getValue(), segments, index + 1, apiVersion);
	}

	private Map<String, Object> renderAll(String type, Map<String, Object> record, List<String> fields,
			String apiVersion) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("attributes", attributes(type, (String) record.get("Id"), apiVersion));
		if (fields != null && !fields.isEmpty()) {
			for (String field : fields) {
				String name = canonicalField(type, field.trim()).orElseThrow(() -> new SalesforceApiException(400,
						"INVALID_FIELD", "No such column '" + field.trim() + "' on entity '" + type + "'."));
				out.put(storedName(type, record, name), get(record, name));
			}
			return out;
		}
		out.putAll(record);
		for (String declared : this.schema.getOrDefault(type, List.of())) {
			if (get(record, declared) == null && out.keySet().stream().noneMatch(declared::equalsIgnoreCase)) {
				out.put(declared, null);
			}
		}
		return out;
	}

	static Map<String, Object> attributes(String type, String id, String apiVersion) {
		Map<String, Object> attributes = new LinkedHashMap<>();
		attributes.put("type", type);
		attributes.put("url", url(apiVersion, type, id));
		return attributes;
	}

	static String url(String apiVersion, String type, String id) {
		return "/services/data/v" + apiVersion + "/sobjects/" + type + "/" + id;
	}

	// internals

	private String doInsert(String type, Map<String, Object> values, String userId) {
		Map<String, Object> record = new LinkedHashMap<>();
		Object givenId = removeIgnoreCase(values, "Id");
		String id = givenId == null ? nextId(type) : SalesforceIds.to18(String.valueOf(givenId));
		record.put("Id", id);
		for (Map.Entry<String, Object> entry : values.entrySet()) {
			record.put(fieldNameForWrite(type, entry.getKey()), entry.getValue());
		}
		String user = userId != null ? userId
				: (type.equals("User") && this.defaultUserId == null ? id : defaultUserId());
		if (type.equals("Case") && get(record, "CaseNumber") == null) {
			record.put("CaseNumber", String.format("%08d", ++this.lastCaseNumber));
		}
		else if (type.equals("Case")) {
			try {
				this.lastCaseNumber = Math.max(this.lastCaseNumber,
						Long.parseLong(String.valueOf(get(record, "CaseNumber"))));
			}
			catch (NumberFormatException ex) {
				// a non-numeric seeded case number does not move the auto-number
			}
		}
		if (isOwnable(type) && get(record, "OwnerId") == null) {
			record.put("OwnerId", user);
		}
		Object created = get(record, "CreatedDate");
		if (created == null) {
			created = format(now());
			record.put("CreatedDate", created);
		}
		putIfMissing(record, "CreatedById", user);
		putIfMissing(record, "LastModifiedDate", created);
		putIfMissing(record, "LastModifiedById", get(record, "CreatedById"));
		putIfMissing(record, "SystemModstamp", get(record, "LastModifiedDate"));
		putIfMissing(record, "IsDeleted", false);
		this.records.computeIfAbsent(type, (key) -> new LinkedHashMap<>()).put(id, record);
		this.typeById.put(id, type);
		record.keySet().forEach((name) -> observe(type, name));
		return id;
	}

	private void doUpdate(String type, Map<String, Object> record, Map<String, Object> values, String userId) {
		String now = format(now());
		boolean modstampGiven = values.keySet().stream().anyMatch("SystemModstamp"::equalsIgnoreCase);
		boolean lastModifiedGiven = values.keySet().stream().anyMatch("LastModifiedDate"::equalsIgnoreCase);
		for (Map.Entry<String, Object> entry : values.entrySet()) {
			String name = fieldNameForWrite(type, entry.getKey());
			record.keySet().removeIf((existing) -> existing.equalsIgnoreCase(name) && !existing.equals(name));
			record.put(name, entry.getValue());
			observe(type, name);
		}
		if (!lastModifiedGiven) {
			record.put("LastModifiedDate", now);
		}
		if (!modstampGiven) {
			record.put("SystemModstamp", now);
		}
		if (userId != null) {
			record.put("LastModifiedById", userId);
		}
	}

	private void markDeleted(Map<String, Object> record) {
		record.put("IsDeleted", true);
		String now = format(now());
		record.put("LastModifiedDate", now);
		record.put("SystemModstamp", now);
	}

	private Map<String, Object> writableFields(String type, Map<String, Object> body) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (Map.Entry<String, Object> entry : body.entrySet()) {
			String name = entry.getKey();
			if (name.equals("attributes")) {
				continue;
			}
			String canonical = canonicalField(type, name).orElse(null);
			if (canonical == null && this.schema.containsKey(type)) {
				throw new SalesforceApiException(400, "INVALID_FIELD",
						"No such column '" + name + "' on sobject of type " + type, List.of(name));
			}
			if (READ_ONLY_FIELDS.contains(name.toLowerCase(Locale.ROOT))) {
				String field = canonical == null ? name : canonical;
				throw new SalesforceApiException(400, "INVALID_FIELD_FOR_INSERT_UPDATE",
						"Unable to create/update fields: " + field
								+ ". Please check the security settings of this field and verify that it is read/write for your profile or permission set.",
						List.of(field));
			}
			values.put(canonical == null ? name : canonical, normalize(entry.getValue()));
		}
		return values;
	}

	private String apiType(String name) {
		String type = this.typeNames.get(name.toLowerCase(Locale.ROOT));
		if (type == null) {
			throw SalesforceApiException.notFound();
		}
		return type;
	}

	private String canonicalType(String name) {
		String type = this.typeNames.get(name.toLowerCase(Locale.ROOT));
		return type == null ? name : type;
	}

	private String registerType(String name) {
		return this.typeNames.computeIfAbsent(name.toLowerCase(Locale.ROOT), (key) -> name);
	}

	/**
	 * The declared (or, for schemaless types, any) field with Salesforce's casing.
	 */
	private Optional<String> canonicalField(String type, String name) {
		List<String> declared = this.schema.get(type);
		if (declared != null) {
			return declared.stream().filter(name::equalsIgnoreCase).findFirst();
		}
		for (String system : SYSTEM_FIELDS) {
			if (system.equalsIgnoreCase(name)) {
				return Optional.of(system);
			}
		}
		return Optional
			.of(this.observedFields.getOrDefault(type, Map.of()).getOrDefault(name.toLowerCase(Locale.ROOT), name));
	}

	private String fieldNameForWrite(String type, String name) {
		return canonicalField(type, name).orElse(name);
	}

	private String storedName(String type, Map<String, Object> record, String name) {
		for (String key : record.keySet()) {
			if (key.equalsIgnoreCase(name)) {
				return key;
			}
		}
		return canonicalField(type, name).orElse(name);
	}

	private void observe(String type, String name) {
		this.observedFields.computeIfAbsent(type, (key) -> new HashMap<>())
			.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
	}

	private boolean isOwnable(String type) {
		List<String> declared = this.schema.get(type);
		if (declared != null) {
			return declared.stream().anyMatch("OwnerId"::equalsIgnoreCase);
		}
		return OWNABLE_TYPES.contains(type) || type.toLowerCase(Locale.ROOT).endsWith("__c");
	}

	private String nextId(String type) {
		String prefix = SalesforceIds.keyPrefix(type);
		String id;
		do {
			id = SalesforceIds.newId(prefix, ++this.sequence);
		}
		while (this.typeById.containsKey(id));
		return id;
	}

	private Optional<Map<String, Object>> find(String type, String id) {
		if (id == null) {
			return Optional.empty();
		}
		return Optional.ofNullable(this.records.getOrDefault(type, new LinkedHashMap<>()).get(SalesforceIds.to18(id)));
	}

	private Optional<Map.Entry<String, Map<String, Object>>> findAny(String id) {
		if (id == null) {
			return Optional.empty();
		}
		String full = SalesforceIds.to18(id);
		String type = this.typeById.get(full);
		if (type == null) {
			return Optional.empty();
		}
		return Optional.of(Map.entry(type, this.records.get(type).get(full)));
	}

	static Object get(Map<String, Object> record, String name) {
		Object value = record.get(name);
		if (value != null || record.containsKey(name)) {
			return value;
		}
		for (Map.Entry<String, Object> entry : record.entrySet()) {
			if (entry.getKey().equalsIgnoreCase(name)) {
				return entry.getValue();
			}
		}
		return null;
	}

	private static Object removeIgnoreCase(Map<String, Object> values, String name) {
		for (String key : new HashSet<>(values.keySet())) {
			if (key.equalsIgnoreCase(name)) {
				return values.remove(key);
			}
		}
		return null;
	}

	private static void putIfMissing(Map<String, Object> record, String name, Object value) {
		if (get(record, name) == null) {
			record.keySet().removeIf(name::equalsIgnoreCase);
			record.put(name, value);
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
	}

	static String format(OffsetDateTime dateTime) {
		return STORED_DATETIME.format(dateTime.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS));
	}

	/**
	 * Datetime text of any ISO form becomes Salesforce's stored form at second precision.
	 */
	static Object normalize(Object value) {
		if (value instanceof String text && DATETIME_VALUE.matcher(text).matches()) {
			String iso = text.matches(".*[+-]\\d{4}$")
					? text.substring(0, text.length() - 2) + ":" + text.substring(text.length() - 2) : text;
			return format(OffsetDateTime.parse(iso));
		}
		if (value instanceof java.time.temporal.TemporalAccessor temporal) {
			return format(OffsetDateTime.from(temporal));
		}
		return value;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> castMap(Object value) {
		return (Map<String, Object>) value;
	}

	@SuppressWarnings("unchecked")
	private static List<String> castList(Object value) {
		return (List<String>) value;
	}

	/**
	 * Salesforce answers 300 with the URLs of the matching records when an external id is
	 * not unique.
	 */
	static final class MultipleChoicesException extends RuntimeException {

		private final List<String> urls;

		MultipleChoicesException(List<String> urls) {
			super("Multiple records match");
			this.urls = List.copyOf(urls);
		}

		List<String> urls() {
			return this.urls;
		}

	}

}
