package io.wocas.bridge.crm.salesforce;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wocas.bridge.dossier.DossierStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the Salesforce metadata package in {@code connectors/salesforce} (SFDX source
 * format) against what WOCAS Bridge writes: the written object and field names come from
 * the product's own configuration ({@code connectors/crm.yaml}, the source of
 * {@code wocas.crm.*}), never from this test. What this test does know is what KIND of
 * value the product writes under each logical name (a boolean for {@code priority}, a
 * date for {@code due-date}, ...), so that a renamed field with the wrong type is caught
 * too.
 */
class SalesforceMetadataPackageTest {

	static final String METADATA_NS = "http://soap.sforce.com/2006/04/metadata";

	static final Path PACKAGE = Path.of("connectors", "salesforce");

	static final Path CRM_CONFIG = Path.of("connectors", "crm.yaml");

	static final String INTEGRATION_PERMISSION_SET = "WOCAS_Bridge_Integration";

	static final String READER_PERMISSION_SET = "WOCAS_Committee_Reader";

	// ---------------------------------------------------------------------------- (1)

	@Test
	void everyXmlFileIsWellFormedMetadataOfTheRightType() throws IOException {
		List<Path> files = xmlFiles(PACKAGE);
		assertThat(files).as("metadata files under %s", PACKAGE).hasSizeGreaterThan(20);
		List<String> problems = new ArrayList<>();
		for (Path file : files) {
			Document document;
			try {
				document = parse(file);
			}
			catch (SAXException ex) {
				problems.add(file + ": not well-formed XML: " + ex.getMessage());
				continue;
			}
			Element root = document.getDocumentElement();
			if (!METADATA_NS.equals(root.getNamespaceURI())) {
				problems.add(file + ": root <" + root.getLocalName() + "> is in namespace " + root.getNamespaceURI()
						+ ", expected " + METADATA_NS);
			}
			String expectedRoot = expectedRootElement(file.getFileName().toString());
			if (expectedRoot == null) {
				problems.add(file + ": not a known SFDX source file suffix");
			}
			else if (!expectedRoot.equals(root.getLocalName())) {
				problems.add(file + ": root element <" + root.getLocalName() + ">, expected <" + expectedRoot + ">");
			}
			String fullName = text(root, "fullName");
			if (fullName != null && !fullName.equals(componentName(file))) {
				problems.add(file + ": fullName " + fullName + " differs from the file name");
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void projectFileDeploysForceAppAtApi62() throws IOException {
		JsonNode project = new ObjectMapper().readTree(PACKAGE.resolve("sfdx-project.json").toFile());
		assertThat(project.path("sourceApiVersion").asText()).isEqualTo("62.0");
		assertThat(project.path("packageDirectories").findValuesAsText("path")).containsExactly("force-app");
		assertThat(PACKAGE.resolve("force-app/main/default")).isDirectory();
		assertThat(PACKAGE.resolve("README.md")).content(StandardCharsets.UTF_8).contains("sf project deploy start");
	}

	// ---------------------------------------------------------------------------- (2)

	@Test
	void everyFieldTheProductWritesExistsWithACompatibleType() throws IOException {
		assertThat(new Checker(MetadataPackage.load(PACKAGE)).writtenFields(CrmMapping.load(CRM_CONFIG))).isEmpty();
	}

	@Test
	void theCheckFailsWhenAConfiguredFieldIsMissingFromThePackage() throws IOException {
		CrmMapping configured = CrmMapping.load(CRM_CONFIG);
		Map<String, String> dossierFields = new LinkedHashMap<>(configured.dossierFields());
		dossierFields.put("severity", "WOCAS_Severity_Mean__c");
		Map<String, String> caseFields = new LinkedHashMap<>(configured.caseFields());
		caseFields.put("dossier-ref", "WOCAS_Ref__c");
		CrmMapping modified = new CrmMapping(configured.dossierObject(), configured.dossierExternalId(), dossierFields,
				caseFields, "WOCAS_Task_Key__c", "WOCAS_Problem_Key__c", configured.problemFields(),
				"WOCAS_Link_Key__c");

		List<String> problems = new Checker(MetadataPackage.load(PACKAGE)).writtenFields(modified);

		assertThat(problems).anySatisfy((p) -> assertThat(p).contains("WOCAS_Dossier__c.WOCAS_Severity_Mean__c"))
			.anySatisfy((p) -> assertThat(p).contains("Case.WOCAS_Ref__c"))
			.anySatisfy((p) -> assertThat(p).contains("Task.WOCAS_Task_Key__c"))
			.anySatisfy((p) -> assertThat(p).contains("Problem.WOCAS_Problem_Key__c"))
			.anySatisfy((p) -> assertThat(p).contains("CaseRelatedIssue.WOCAS_Link_Key__c"));
	}

	@Test
	void theCheckFailsWhenAConfiguredFieldHasAnIncompatibleTypeOrObject() throws IOException {
		CrmMapping configured = CrmMapping.load(CRM_CONFIG);
		Map<String, String> dossierFields = new LinkedHashMap<>(configured.dossierFields());
		dossierFields.put("priority", "WOCAS_Reason_Code__c"); // a Text field for a
																// boolean
		dossierFields.put("due-date", "WOCAS_Last_Synced__c"); // a DateTime field for a
																// date
		CrmMapping wrongTypes = new CrmMapping(configured.dossierObject(), "WOCAS_Owner__c", dossierFields,
				configured.caseFields(), configured.taskKeyField(), configured.problemExternalId(),
				configured.problemFields(), configured.caseIssueKeyField());
		CrmMapping wrongObject = new CrmMapping("WOCAS_Problem__c", configured.dossierExternalId(),
				configured.dossierFields(), configured.caseFields(), configured.taskKeyField(),
				configured.problemExternalId(), configured.problemFields(), configured.caseIssueKeyField());
		Checker checker = new Checker(MetadataPackage.load(PACKAGE));

		assertThat(checker.writtenFields(wrongTypes))
			.anySatisfy((p) -> assertThat(p).contains("dossier-fields.priority:").contains("(BOOLEAN)"))
			.anySatisfy((p) -> assertThat(p).contains("dossier-fields.due-date:").contains("(DATE)"))
			.anySatisfy((p) -> assertThat(p).contains("WOCAS_Owner__c").contains("external id"));
		assertThat(checker.writtenFields(wrongObject))
			.anySatisfy((p) -> assertThat(p).contains("WOCAS_Problem__c").contains("no custom object"));
	}

	@Test
	void theCheckFailsWhenTheProductWritesALogicalFieldTheTestDoesNotKnow() throws IOException {
		CrmMapping configured = CrmMapping.load(CRM_CONFIG);
		Map<String, String> dossierFields = new LinkedHashMap<>(configured.dossierFields());
		dossierFields.put("trend", "WOCAS_Trend__c");
		CrmMapping extended = new CrmMapping(configured.dossierObject(), configured.dossierExternalId(), dossierFields,
				configured.caseFields(), configured.taskKeyField(), configured.problemExternalId(),
				configured.problemFields(), configured.caseIssueKeyField());

		assertThat(new Checker(MetadataPackage.load(PACKAGE)).writtenFields(extended))
			.anySatisfy((p) -> assertThat(p).contains("dossier-fields.trend"));
	}

	@Test
	void permissionSetsGrantOnlyExistingFieldsAndTheIntegrationUserCanWriteEverythingWritten() throws IOException {
		MetadataPackage metadata = MetadataPackage.load(PACKAGE);
		Checker checker = new Checker(metadata);
		assertThat(checker.permissionSets(CrmMapping.load(CRM_CONFIG))).isEmpty();
		assertThat(metadata.permissionSets).containsKeys(INTEGRATION_PERMISSION_SET, READER_PERMISSION_SET);
	}

	// ---------------------------------------------------------------------------- (3)

	@Test
	void reportsReferenceOnlyExistingFieldsOfTheirReportType() throws IOException {
		MetadataPackage metadata = MetadataPackage.load(PACKAGE);
		assertThat(metadata.reports).containsKeys("WOCAS_Reports/WOCAS_Priority_Dossiers_by_Score",
				"WOCAS_Reports/WOCAS_Dossiers_by_Status");
		assertThat(metadata.reportTypes).containsKey("WOCAS_Dossiers_with_Cases");
		assertThat(new Checker(metadata).reports()).isEmpty();
	}

	@Test
	void theReportCheckFailsOnAMissingFieldOrReportType(@TempDir Path copy) throws IOException {
		copyTree(PACKAGE, copy);
		Path reports = copy.resolve("force-app/main/default/reports/WOCAS_Reports");
		replace(reports.resolve("WOCAS_Priority_Dossiers_by_Score.report-meta.xml"), "$WOCAS_Owner__c<",
				"$WOCAS_Assignee__c<");
		replace(reports.resolve("WOCAS_Dossiers_by_Status.report-meta.xml"), "<reportType>WOCAS_Dossiers__c<",
				"<reportType>WOCAS_Dossier_List__c<");
		replace(copy.resolve("force-app/main/default/reportTypes/WOCAS_Dossiers_with_Cases.reportType-meta.xml"),
				"<field>Subject</field>", "<field>WOCAS_Topic__c</field>");

		List<String> problems = new Checker(MetadataPackage.load(copy)).reports();

		assertThat(problems).anySatisfy((p) -> assertThat(p).contains("WOCAS_Assignee__c"))
			.anySatisfy((p) -> assertThat(p).contains("WOCAS_Dossier_List__c"))
			.anySatisfy((p) -> assertThat(p).contains("Case.WOCAS_Topic__c"));
	}

	// ============================================================================
	// checker

	/**
	 * What the product writes under each logical name of {@code wocas.crm}, and which
	 * field types accept it.
	 */
	enum Written {

		/** Short text, at most {@code min} characters. */
		TEXT_40(text(40)), TEXT_60(text(60)), TEXT_80(text(80)), TEXT_255(text(255)),

		/**
		 * A dossier status code: text, or a picklist that has every status and accepts
		 * new ones.
		 */
		STATUS_CODE((f) -> (f.isText() && f.length() >= 40) || (f.type().equals("Picklist") && !f.restricted()
				&& f.values().containsAll(Arrays.stream(DossierStatus.values()).map(Enum::name).toList()))),

		/** A decision or progress text: long text. */
		LONG_TEXT((f) -> f.isText() && f.length() >= 255),

		URL((f) -> f.type().equals("Url") || (f.isText() && f.length() >= 255)),

		/** A score with decimals. */
		DECIMAL((f) -> f.isNumber() && f.scale() >= 1 && f.precision() - f.scale() >= 3),

		/** A mean on the 1..4 scale. */
		SMALL_DECIMAL((f) -> f.isNumber() && f.scale() >= 1 && f.precision() - f.scale() >= 1),

		COUNT((f) -> f.isNumber() && f.precision() - f.scale() >= 6),

		MONEY((f) -> (f.type().equals("Currency") || f.type().equals("Number")) && f.scale() >= 2
				&& f.precision() - f.scale() >= 9),

		BOOLEAN((f) -> f.type().equals("Checkbox")),

		DATE((f) -> f.type().equals("Date")),

		/** A value of a standard picklist (mapped in {@code problem-statuses}, ...). */
		PICKLIST_VALUE((f) -> f.type().equals("Picklist") || (f.isText() && f.length() >= 40)),

		DATE_TIME((f) -> f.type().equals("DateTime")),

		/** An upsert key: text, external id, unique. */
		KEY_40((f) -> f.isKey() && f.length() >= 40), KEY_255((f) -> f.isKey() && f.length() >= 255);

		final Predicate<FieldDef> accepts;

		Written(Predicate<FieldDef> accepts) {
			this.accepts = accepts;
		}

		private static Predicate<FieldDef> text(int min) {
			return (f) -> f.isText() && f.length() >= min;
		}

	}

	static final Map<String, Written> DOSSIER_WRITES = Map.ofEntries(Map.entry("title", Written.TEXT_80),
			Map.entry("reason-code", Written.TEXT_60), Map.entry("status", Written.STATUS_CODE),
			Map.entry("priority-score", Written.DECIMAL), Map.entry("priority", Written.BOOLEAN),
			Map.entry("voice-count", Written.COUNT), Map.entry("severity", Written.SMALL_DECIMAL),
			Map.entry("decision", Written.LONG_TEXT), Map.entry("approved-cost", Written.MONEY),
			Map.entry("owner", Written.TEXT_255), Map.entry("due-date", Written.DATE),
			Map.entry("last-progress", Written.LONG_TEXT), Map.entry("url", Written.URL),
			Map.entry("merged-into", Written.TEXT_40), Map.entry("last-synced", Written.DATE_TIME));

	static final Map<String, Written> CASE_WRITES = Map.of("dossier-ref", Written.TEXT_40, "status", Written.TEXT_40,
			"title", Written.TEXT_255, "last-update", Written.LONG_TEXT, "updated-at", Written.DATE_TIME);

	static final Map<String, Written> PROBLEM_WRITES = Map.of("subject", Written.TEXT_255, "description",
			Written.LONG_TEXT, "status", Written.PICKLIST_VALUE, "priority", Written.PICKLIST_VALUE);

	static final class Checker {

		private final MetadataPackage metadata;

		Checker(MetadataPackage metadata) {
			this.metadata = metadata;
		}

		/**
		 * Every configured field exists on its object with a type that takes what is
		 * written.
		 */
		List<String> writtenFields(CrmMapping crm) {
			List<String> problems = new ArrayList<>();
			if (!this.metadata.customObjects.containsKey(crm.dossierObject())) {
				problems
					.add("dossier-object " + crm.dossierObject() + ": no custom object of that name in the package");
			}
			check(problems, "dossier-external-id", crm.dossierObject(), crm.dossierExternalId(), Written.KEY_40);
			checkAll(problems, "dossier-fields", crm.dossierObject(), crm.dossierFields(), DOSSIER_WRITES);
			checkAll(problems, "case-fields", "Case", crm.caseFields(), CASE_WRITES);
			check(problems, "task-key-field", "Task", crm.taskKeyField(), Written.KEY_255);
			check(problems, "problem-external-id", "Problem", crm.problemExternalId(), Written.KEY_40);
			checkAll(problems, "problem-fields", "Problem", crm.problemFields(), PROBLEM_WRITES);
			check(problems, "case-issue-key-field", "CaseRelatedIssue", crm.caseIssueKeyField(), Written.KEY_255);
			return problems;
		}

		/**
		 * Permission sets grant only fields of the package, and the integration user can
		 * edit every field the product writes.
		 */
		List<String> permissionSets(CrmMapping crm) {
			List<String> problems = new ArrayList<>();
			this.metadata.permissionSets.forEach((set, grants) -> grants.forEach((field, editable) -> {
				String[] parts = field.split("\\.", 2);
				if (this.metadata.field(parts[0], parts[1]) == null) {
					problems.add(set + " grants " + field + ", which is not in the package");
				}
			}));
			Map<String, Boolean> integration = this.metadata.permissionSets.getOrDefault(INTEGRATION_PERMISSION_SET,
					Map.of());
			List<String> written = new ArrayList<>();
			written.add(crm.dossierObject() + "." + crm.dossierExternalId());
			crm.dossierFields().values().forEach((f) -> written.add(crm.dossierObject() + "." + f));
			crm.caseFields().values().forEach((f) -> written.add("Case." + f));
			written.add("Task." + crm.taskKeyField());
			written.add("Problem." + crm.problemExternalId());
			crm.problemFields().values().forEach((f) -> written.add("Problem." + f));
			written.add("CaseRelatedIssue." + crm.caseIssueKeyField());
			for (String field : written) {
				String[] parts = field.split("\\.", 2);
				FieldDef def = this.metadata.field(parts[0], parts[1]);
				boolean custom = def != null && !def.standard();
				if (custom && !Boolean.TRUE.equals(integration.get(field))) {
					problems.add(INTEGRATION_PERMISSION_SET + " does not let the integration user edit " + field);
				}
			}
			Map<String, Boolean> reader = this.metadata.permissionSets.getOrDefault(READER_PERMISSION_SET, Map.of());
			if (!reader.keySet().containsAll(integration.keySet()) || reader.containsValue(true)) {
				problems.add(READER_PERMISSION_SET + " must read every field the integration user writes, edit none");
			}
			return problems;
		}

		/**
		 * Every report's custom report type exists with a base object of the package, and
		 * every field the report or its report type names exists.
		 */
		List<String> reports() {
			List<String> problems = new ArrayList<>();
			Map<String, Map<String, Set<String>>> exposedByType = new TreeMap<>();
			this.metadata.reportTypes
				.forEach((name, type) -> exposedByType.put(name, reportType(name, type, problems)));
			this.metadata.reports.forEach((name, report) -> {
				String type = text(report, "reportType");
				if (type == null || !type.endsWith("__c")) {
					problems.add("report " + name + ": reportType " + type
							+ " is not a custom report type of the package (a report names it with __c)");
					return;
				}
				Map<String, Set<String>> exposed = exposedByType.get(type.substring(0, type.length() - 3));
				if (exposed == null) {
					problems.add("report " + name + ": report type " + type + " is not in the package");
					return;
				}
				for (String column : reportColumns(report)) {
					int dollar = column.lastIndexOf('$');
					String table = (dollar > 0) ? column.substring(0, dollar) : null;
					String field = column.substring(dollar + 1);
					if (table == null || !exposed.containsKey(table)) {
						problems.add("report " + name + ": column " + column + " is not on a table of report type "
								+ type + " " + exposed.keySet());
					}
					else if (!exposed.get(table).contains(field)) {
						problems
							.add("report " + name + ": column " + column + " is not a field of report type " + type);
					}
				}
			});
			return problems;
		}

		/**
		 * The fields a report type exposes, by table; problems with it go to problems.
		 */
		private Map<String, Set<String>> reportType(String name, Element type, List<String> problems) {
			Map<String, String> objectByTable = new LinkedHashMap<>();
			String base = text(type, "baseObject");
			if (base == null || (!this.metadata.customObjects.containsKey(base)
					&& !MetadataPackage.STANDARD_FIELDS.containsKey(base))) {
				problems.add("report type " + name + ": base object " + base + " is not in the package");
				return Map.of();
			}
			objectByTable.put(base, base);
			String parentTable = base;
			for (Element join = child(type, "join"); join != null; join = child(join, "join")) {
				String relationship = text(join, "relationship");
				String parent = objectByTable.get(parentTable);
				String childObject = this.metadata.childObject(parent, relationship);
				if (childObject == null) {
					problems.add("report type " + name + ": no lookup to " + parent + " has the relationship "
							+ relationship);
					break;
				}
				parentTable = parentTable + "." + relationship;
				objectByTable.put(parentTable, childObject);
			}
			Map<String, Set<String>> exposed = new LinkedHashMap<>();
			objectByTable.keySet().forEach((table) -> exposed.put(table, new LinkedHashSet<>()));
			for (Element section : children(type, "sections")) {
				for (Element column : children(section, "columns")) {
					String table = text(column, "table");
					String field = text(column, "field");
					String object = objectByTable.get(table);
					if (object == null) {
						problems.add("report type " + name + ": table " + table + " is not joined");
					}
					else if (this.metadata.field(object, field) == null) {
						problems.add("report type " + name + ": " + object + "." + field + " does not exist");
					}
					else {
						exposed.get(table).add(field);
					}
				}
			}
			return exposed;
		}

		private void checkAll(List<String> problems, String group, String object, Map<String, String> configured,
				Map<String, Written> writes) {
			configured.forEach((logical, apiName) -> {
				Written written = writes.get(logical);
				if (written == null) {
					problems.add(group + "." + logical + " (" + apiName + "): the product writes a field this test "
							+ "does not know; add what it writes to "
							+ SalesforceMetadataPackageTest.class.getSimpleName());
				}
				else {
					check(problems, group + "." + logical, object, apiName, written);
				}
			});
		}

		private void check(List<String> problems, String logical, String object, String apiName, Written written) {
			if (apiName == null || apiName.isBlank()) {
				problems.add(logical + ": no field configured");
				return;
			}
			FieldDef field = this.metadata.field(object, apiName);
			if (field == null) {
				problems.add(logical + ": " + object + "." + apiName + " is not in the package (nor a standard field)");
			}
			else if (!written.accepts.test(field)) {
				problems.add(logical + ": " + object + "." + apiName + " is " + field + ", which does not take what "
						+ "the product writes (" + written + ")"
						+ ((written == Written.KEY_40 || written == Written.KEY_255)
								? "; an upsert key must be an external id, unique, Text" : ""));
			}
		}

		private static List<String> reportColumns(Element report) {
			List<String> columns = new ArrayList<>();
			children(report, "columns").forEach((c) -> columns.add(text(c, "field")));
			Element filter = child(report, "filter");
			if (filter != null) {
				children(filter, "criteriaItems").forEach((c) -> columns.add(text(c, "column")));
			}
			children(report, "groupingsDown").forEach((g) -> columns.add(text(g, "field")));
			children(report, "groupingsAcross").forEach((g) -> columns.add(text(g, "field")));
			Element timeFrame = child(report, "timeFrameFilter");
			if (timeFrame != null && text(timeFrame, "dateColumn") != null) {
				columns.add(text(timeFrame, "dateColumn"));
			}
			if (text(report, "sortColumn") != null) {
				columns.add(text(report, "sortColumn"));
			}
			return columns;
		}

	}

	// ============================================================================ model

	/**
	 * A field: custom from the package, or standard from
	 * {@link MetadataPackage#STANDARD_FIELDS}.
	 */
	record FieldDef(String type, int length, int precision, int scale, boolean externalId, boolean unique,
			boolean restricted, List<String> values, String referenceTo, String relationshipName, boolean standard) {

		static FieldDef standard(String type, int length) {
			return new FieldDef(type, length, 0, 0, false, false, false, List.of(), null, null, true);
		}

		boolean isText() {
			return Set.of("Text", "TextArea", "LongTextArea", "Html").contains(this.type);
		}

		boolean isNumber() {
			return this.type.equals("Number");
		}

		boolean isKey() {
			return this.type.equals("Text") && this.externalId && this.unique;
		}

		@Override
		public String toString() {
			String size = isText() ? "(" + this.length + ")"
					: (this.precision > 0) ? "(" + this.precision + "," + this.scale + ")" : "";
			return this.type + size + (this.externalId ? " external id" : "") + (this.unique ? " unique" : "");
		}

	}

	/** The settings {@code wocas.crm.*} of {@code connectors/crm.yaml}. */
	record CrmMapping(String dossierObject, String dossierExternalId, Map<String, String> dossierFields,
			Map<String, String> caseFields, String taskKeyField, String problemExternalId,
			Map<String, String> problemFields, String caseIssueKeyField) {

		@SuppressWarnings("unchecked")
		static CrmMapping load(Path file) throws IOException {
			Map<String, Object> root;
			try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				root = new Yaml().load(reader);
			}
			Map<String, Object> crm = (Map<String, Object>) ((Map<String, Object>) root.get("wocas")).get("crm");
			return new CrmMapping((String) crm.get("dossier-object"), (String) crm.get("dossier-external-id"),
					strings((Map<String, Object>) crm.get("dossier-fields")),
					strings((Map<String, Object>) crm.get("case-fields")), (String) crm.get("task-key-field"),
					(String) crm.get("problem-external-id"), strings((Map<String, Object>) crm.get("problem-fields")),
					(String) crm.get("case-issue-key-field"));
		}

		private static Map<String, String> strings(Map<String, Object> map) {
			Map<String, String> strings = new LinkedHashMap<>();
			if (map != null) {
				map.forEach((k, v) -> strings.put(k, (v != null) ? v.toString() : null));
			}
			return strings;
		}

	}

	/** The components of an SFDX source-format package, read with the JDK DOM parser. */
	static final class MetadataPackage {

		/**
		 * Standard fields the package may name, per object (the ones used here, and a few
		 * usual ones).
		 */
		static final Map<String, Map<String, FieldDef>> STANDARD_FIELDS = Map.of("Case",
				Map.ofEntries(Map.entry("Id", FieldDef.standard("Id", 18)),
						Map.entry("CaseNumber", FieldDef.standard("AutoNumber", 30)),
						Map.entry("Subject", FieldDef.standard("Text", 255)),
						Map.entry("Description", FieldDef.standard("LongTextArea", 32000)),
						Map.entry("Status", FieldDef.standard("Picklist", 40)),
						Map.entry("Origin", FieldDef.standard("Picklist", 40)),
						Map.entry("Priority", FieldDef.standard("Picklist", 40)),
						Map.entry("Reason", FieldDef.standard("Picklist", 40)),
						Map.entry("Type", FieldDef.standard("Picklist", 40)),
						Map.entry("AccountId", FieldDef.standard("Lookup", 18)),
						Map.entry("ContactId", FieldDef.standard("Lookup", 18)),
						Map.entry("OwnerId", FieldDef.standard("Lookup", 18)),
						Map.entry("IsClosed", FieldDef.standard("Checkbox", 0)),
						Map.entry("ClosedDate", FieldDef.standard("DateTime", 0)),
						Map.entry("CreatedDate", FieldDef.standard("DateTime", 0)),
						Map.entry("LastModifiedDate", FieldDef.standard("DateTime", 0))),
				"Task",
				Map.ofEntries(Map.entry("Id", FieldDef.standard("Id", 18)),
						Map.entry("Subject", FieldDef.standard("Text", 255)),
						Map.entry("Description", FieldDef.standard("LongTextArea", 32000)),
						Map.entry("Status", FieldDef.standard("Picklist", 40)),
						Map.entry("Priority", FieldDef.standard("Picklist", 40)),
						Map.entry("ActivityDate", FieldDef.standard("Date", 0)),
						Map.entry("WhatId", FieldDef.standard("Lookup", 18)),
						Map.entry("WhoId", FieldDef.standard("Lookup", 18)),
						Map.entry("OwnerId", FieldDef.standard("Lookup", 18)),
						Map.entry("CreatedDate", FieldDef.standard("DateTime", 0)),
						Map.entry("LastModifiedDate", FieldDef.standard("DateTime", 0))),
				"Problem",
				Map.ofEntries(Map.entry("Id", FieldDef.standard("Id", 18)),
						Map.entry("Subject", FieldDef.standard("Text", 255)),
						Map.entry("Description", FieldDef.standard("LongTextArea", 32000)),
						Map.entry("Status", FieldDef.standard("Picklist", 40)),
						Map.entry("Priority", FieldDef.standard("Picklist", 40)),
						Map.entry("OwnerId", FieldDef.standard("Lookup", 18))),
				"CaseRelatedIssue",
				Map.ofEntries(Map.entry("Id", FieldDef.standard("Id", 18)),
						Map.entry("CaseId", FieldDef.standard("Lookup", 18)),
						Map.entry("RelatedIssueId", FieldDef.standard("Lookup", 18))));

		/**
		 * Standard fields of every custom object; {@code Name} comes from its nameField.
		 */
		static final Map<String, FieldDef> CUSTOM_OBJECT_STANDARD_FIELDS = Map.of("Id", FieldDef.standard("Id", 18),
				"OwnerId", FieldDef.standard("Lookup", 18), "CreatedById", FieldDef.standard("Lookup", 18),
				"LastModifiedById", FieldDef.standard("Lookup", 18), "CreatedDate", FieldDef.standard("DateTime", 0),
				"LastModifiedDate", FieldDef.standard("DateTime", 0), "SystemModstamp",
				FieldDef.standard("DateTime", 0));

		/** Objects whose custom fields are defined on {@code Activity} in metadata. */
		static final Set<String> ACTIVITIES = Set.of("Task", "Event");

		final Map<String, Element> customObjects = new TreeMap<>();

		final Map<String, Map<String, FieldDef>> customFields = new TreeMap<>();

		final Map<String, Element> reportTypes = new TreeMap<>();

		/** By folder/name. */
		final Map<String, Element> reports = new TreeMap<>();

		/** Permission set, field ("Object.Field"), editable. */
		final Map<String, Map<String, Boolean>> permissionSets = new TreeMap<>();

		static MetadataPackage load(Path packageRoot) throws IOException {
			MetadataPackage metadata = new MetadataPackage();
			for (Path file : xmlFiles(packageRoot)) {
				String name = file.getFileName().toString();
				Element root;
				try {
					root = parse(file).getDocumentElement();
				}
				catch (SAXException ex) {
					continue; // reported by
								// everyXmlFileIsWellFormedMetadataOfTheRightType
				}
				if (name.endsWith(".object-meta.xml")) {
					metadata.customObjects.put(componentName(file), root);
				}
				else if (name.endsWith(".field-meta.xml")) {
					String object = file.getParent().getParent().getFileName().toString();
					metadata.customFields.computeIfAbsent(object, (o) -> new TreeMap<>())
						.put(componentName(file), fieldDef(root));
				}
				else if (name.endsWith(".reportType-meta.xml")) {
					metadata.reportTypes.put(componentName(file), root);
				}
				else if (name.endsWith(".report-meta.xml")) {
					metadata.reports.put(file.getParent().getFileName() + "/" + componentName(file), root);
				}
				else if (name.endsWith(".permissionset-meta.xml")) {
					Map<String, Boolean> grants = new TreeMap<>();
					for (Element permission : children(root, "fieldPermissions")) {
						grants.put(text(permission, "field"), Boolean.parseBoolean(text(permission, "editable")));
					}
					metadata.permissionSets.put(componentName(file), grants);
				}
			}
			return metadata;
		}

		/**
		 * A field of an object (Task and Event custom fields are Activity's), or null.
		 */
		FieldDef field(String object, String field) {
			String owner = ACTIVITIES.contains(object) ? "Activity" : object;
			FieldDef custom = this.customFields.getOrDefault(owner, Map.of()).get(field);
			if (custom != null) {
				return custom;
			}
			Element customObject = this.customObjects.get(object);
			if (customObject != null) {
				if (field.equals("Name")) {
					Element nameField = child(customObject, "nameField");
					String type = (nameField != null) ? text(nameField, "type") : "Text";
					return FieldDef.standard(type, 80);
				}
				return CUSTOM_OBJECT_STANDARD_FIELDS.get(field);
			}
			return STANDARD_FIELDS.getOrDefault(object, Map.of()).get(field);
		}

		/**
		 * The object whose lookup to parent has the child relationship name (Xyz__r), or
		 * null.
		 */
		String childObject(String parent, String relationship) {
			for (Map.Entry<String, Map<String, FieldDef>> object : this.customFields.entrySet()) {
				for (FieldDef field : object.getValue().values()) {
					if (parent.equals(field.referenceTo()) && field.relationshipName() != null
							&& (field.relationshipName() + "__r").equals(relationship)) {
						return object.getKey();
					}
				}
			}
			return null;
		}

		private static FieldDef fieldDef(Element field) {
			List<String> values = new ArrayList<>();
			boolean restricted = false;
			Element valueSet = child(field, "valueSet");
			if (valueSet != null) {
				restricted = Boolean.parseBoolean(text(valueSet, "restricted"));
				Element definition = child(valueSet, "valueSetDefinition");
				if (definition != null) {
					children(definition, "value").forEach((v) -> values.add(text(v, "fullName")));
				}
			}
			return new FieldDef(text(field, "type"), number(field, "length"), number(field, "precision"),
					number(field, "scale"), Boolean.parseBoolean(text(field, "externalId")),
					Boolean.parseBoolean(text(field, "unique")), restricted, values, text(field, "referenceTo"),
					text(field, "relationshipName"), false);
		}

		private static int number(Element element, String name) {
			String value = text(element, name);
			return (value != null) ? Integer.parseInt(value) : 0;
		}

	}

	// ============================================================================ XML
	// and files

	static List<Path> xmlFiles(Path root) throws IOException {
		try (Stream<Path> files = Files.walk(root.resolve("force-app"))) {
			return files.filter(Files::isRegularFile)
				.filter((f) -> f.getFileName().toString().endsWith(".xml"))
				.sorted()
				.collect(Collectors.toList());
		}
	}

	static Document parse(Path file) throws IOException, SAXException {
		try (InputStream in = Files.newInputStream(file)) {
			return builder().parse(in, file.toString());
		}
	}

	private static DocumentBuilder builder() {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			return builder;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Metadata type of an SFDX source file, by its suffix. */
	static String expectedRootElement(String fileName) {
		Map<String, String> bySuffix = Map.of(".object-meta.xml", "CustomObject", ".field-meta.xml", "CustomField",
				".reportType-meta.xml", "ReportType", ".report-meta.xml", "Report", ".reportFolder-meta.xml",
				"ReportFolder", ".permissionset-meta.xml", "PermissionSet", ".group-meta.xml", "Group",
				".layout-meta.xml", "Layout", ".listView-meta.xml", "ListView", ".tab-meta.xml", "CustomTab");
		return bySuffix.entrySet()
			.stream()
			.filter((e) -> fileName.endsWith(e.getKey()))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(null);
	}

	/** Component name: the file name up to its metadata suffix. */
	static String componentName(Path file) {
		String name = file.getFileName().toString();
		int suffix = name.lastIndexOf('.', name.length() - "-meta.xml".length() - 1);
		return name.substring(0, suffix);
	}

	static List<Element> children(Element parent, String name) {
		List<Element> children = new ArrayList<>();
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && name.equals(element.getLocalName())) {
				children.add(element);
			}
		}
		return children;
	}

	static Element child(Element parent, String name) {
		List<Element> children = children(parent, name);
		return children.isEmpty() ? null : children.get(0);
	}

	static String text(Element parent, String name) {
		Element child = child(parent, name);
		return (child != null) ? child.getTextContent().trim() : null;
	}

	private static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path source : files.collect(Collectors.toList())) {
				Path target = to.resolve(from.relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(source, target);
				}
			}
		}
	}

	private static void replace(Path file, String from, String to) throws IOException {
		String content = Files.readString(file);
		assertThat(content).contains(from);
		Files.writeString(file, content.replace(from, to));
	}

}
