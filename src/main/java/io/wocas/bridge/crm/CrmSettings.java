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
 * Cases
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
		@DefaultValue("http://localhost:8080/api/dossiers/") String dossierUrlBase) {

	public CrmSettings {
		dossierFields = (dossierFields != null) ? Map.copyOf(dossierFields) : Map.of();
		caseFields = (caseFields != null) ? Map.copyOf(caseFields) : Map.of();
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

}
