package io.wocas.bridge.crm;

import java.util.Map;
import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where WOCAS Bridge writes in the CRM, from {@code connectors/crm.yaml}: the dossier
 * object and its fields, the Case fields, the Task key field, and how advisers are told.
 * Logical field names (keys) are fixed; API names (values) are the org's. A logical field
 * left out is not written.
 *
 * @param enabled whether anything is written back at all
 * @param org the org that receives dossier records (optional when there is one org)
 * @param dossierObject custom object holding one record per dossier
 * @param dossierExternalId its external id field, upserted on
 * @param externalIdPrefix prefix of dossier references ({@code WOCAS-12})
 * @param dossierFields logical name to API name, for the dossier object
 * @param caseFields logical name to API name, for Case
 * @param taskKeyField external id field on Task, so that a Task is never created twice
 * @param chatter how advisers are told on their Case: MENTION (Chatter feed-elements with
 * an @-mention), FEED_ITEM (a FeedItem naming them, for orgs without Chatter REST) or OFF
 * @param problemRecords also write dossiers as standard Problem records linked to their
 * Cases (off by default; needs Problem and CaseRelatedIssue, i.e. Service Cloud incident
 * management, in the org)
 * @param problemExternalId external id field on Problem, upserted on
 * @param problemFields logical name to API name, for Problem ({@code subject},
 * {@code description}, {@code status}, {@code priority}); the standard fields when left
 * out
 * @param caseIssueKeyField external id field on CaseRelatedIssue
 * ({@code <caseId>:<dossier reference>}), so that a Case is linked to its Problem once
 * @param problemStatuses dossier status to Problem status value; unlisted statuses are
 * not written
 * @param problemPriorities Problem priority value for a priority dossier
 * ({@code priority}) and for the others ({@code normal})
 * @param dossierUrlBase base URL of dossier pages, linked from the CRM record
 */
@Validated
@ConfigurationProperties("wocas.crm")
public record CrmSettings(@DefaultValue("true") boolean enabled, String org,
		@NotBlank @DefaultValue("WOCAS_Dossier__c") @Pattern(regexp = "\\w+") String dossierObject,
		@NotBlank @DefaultValue("WOCAS_External_Id__c") @Pattern(regexp = "\\w+") String dossierExternalId,
		@DefaultValue("WOCAS-") String externalIdPrefix, Map<String, @Pattern(regexp = "\\w+") String> dossierFields,
		Map<String, @Pattern(regexp = "\\w+") String> caseFields,
		@DefaultValue("WOCAS_Key__c") @Pattern(regexp = "\\w+") String taskKeyField,
		@DefaultValue("MENTION") Chatter chatter, @DefaultValue("false") boolean problemRecords,
		@DefaultValue("http://localhost:8080/api/dossiers/") String dossierUrlBase,
		@NotBlank @DefaultValue("WOCAS_External_Id__c") @Pattern(regexp = "\\w+") String problemExternalId,
		Map<String, @Pattern(regexp = "\\w+") String> problemFields,
		@NotBlank @DefaultValue("WOCAS_Key__c") @Pattern(regexp = "\\w+") String caseIssueKeyField,
		Map<String, String> problemStatuses, Map<String, String> problemPriorities) {

	/**
	 * Problem's standard fields, written when {@code problem-fields} is not configured.
	 */
	static final Map<String, String> STANDARD_PROBLEM_FIELDS = Map.of("subject", "Subject", "description",
			"Description", "status", "Status", "priority", "Priority");

	/**
	 * Problem status values of a dossier status, when {@code problem-statuses} is not
	 * configured.
	 */
	static final Map<String, String> DEFAULT_PROBLEM_STATUSES = Map.ofEntries(Map.entry("COLLECTING", "New"),
			Map.entry("PRIORITY", "New"), Map.entry("ASSIGNED", "In Progress"), Map.entry("IN_ANALYSIS", "In Progress"),
			Map.entry("PROPOSED", "In Progress"), Map.entry("ON_AGENDA", "In Progress"),
			Map.entry("APPROVED", "In Progress"), Map.entry("DEFERRED", "In Progress"),
			Map.entry("IN_PROGRESS", "In Progress"), Map.entry("REOPENED", "In Progress"),
			Map.entry("RESOLVED", "Resolved"), Map.entry("VERIFIED", "Resolved"), Map.entry("REJECTED", "Closed"),
			Map.entry("CLOSED", "Closed"), Map.entry("MERGED", "Closed"));

	/**
	 * Problem priority values, when {@code problem-priorities} is not configured.
	 */
	static final Map<String, String> DEFAULT_PROBLEM_PRIORITIES = Map.of("priority", "High", "normal", "Moderate");

	public CrmSettings {
		dossierFields = (dossierFields != null) ? Map.copyOf(dossierFields) : Map.of();
		caseFields = (caseFields != null) ? Map.copyOf(caseFields) : Map.of();
		problemFields = (problemFields != null) ? Map.copyOf(problemFields) : STANDARD_PROBLEM_FIELDS;
		problemStatuses = byStatusKey((problemStatuses != null) ? problemStatuses : DEFAULT_PROBLEM_STATUSES);
		problemPriorities = byStatusKey((problemPriorities != null) ? problemPriorities : DEFAULT_PROBLEM_PRIORITIES);
	}

	/**
	 * Keys without what Spring's map binding drops ({@code IN_ANALYSIS} arrives as
	 * {@code INANALYSIS} unless bracketed), so both spellings match.
	 */
	private static Map<String, String> byStatusKey(Map<String, String> values) {
		Map<String, String> normalized = new java.util.HashMap<>();
		values.forEach((key, value) -> normalized.put(statusKey(key), value));
		return Map.copyOf(normalized);
	}

	private static String statusKey(String key) {
		return key.replaceAll("[^A-Za-z0-9]", "").toUpperCase(java.util.Locale.ROOT);
	}

	/**
	 * How advisers are told on their Case.
	 */
	public enum Chatter {

		MENTION, FEED_ITEM, OFF

	}

	public String reference(long dossierId) {
		return this.externalIdPrefix + dossierId;
	}

	public Optional<String> dossierField(String logicalName) {
		return Optional.ofNullable(this.dossierFields.get(logicalName));
	}

	public Optional<String> caseField(String logicalName) {
		return Optional.ofNullable(this.caseFields.get(logicalName));
	}

	public Optional<String> problemField(String logicalName) {
		return Optional.ofNullable(this.problemFields.get(logicalName));
	}

	/**
	 * The Problem status value of a dossier status (its enum name), if one is configured.
	 */
	public Optional<String> problemStatus(String dossierStatus) {
		return Optional.ofNullable(this.problemStatuses.get(statusKey(dossierStatus)));
	}

	public Optional<String> problemPriority(boolean priority) {
		return Optional.ofNullable(this.problemPriorities.get(priority ? "PRIORITY" : "NORMAL"));
	}

}
