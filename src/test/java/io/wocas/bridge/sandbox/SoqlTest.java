package io.wocas.bridge.sandbox;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SoqlTest {

	private SandboxStore store;

	private String caseId;

	@BeforeEach
	void seed() {
		this.store = new SandboxStore(Clock.fixed(Instant.parse("2026-11-05T10:00:00.123Z"), ZoneOffset.UTC));
		this.store.insert("User", Map.of("Id", "0055g00000ABCDEAAA", "Name", "Sofie Peeters"));
		this.caseId = this.store.insert("Case", Map.of("CaseNumber", "00012345", "Subject", "Jaarafrekening"));
		comment("Factuur onduidelijk", "2026-11-01T08:00:00Z", true);
		comment("Herinnering te vroeg", "2026-11-01T09:00:00.000+0100", false);
		comment("OCMW belt", "2026-11-02T08:15:00.000+0000", false);
		this.store.insert("CaseComment", Map.of("ParentId", this.caseId, "CommentBody", "O'Brien zegt 50%",
				"CreatedDate", "2026-11-03T00:00:00Z"));
	}

	private void comment(String body, String created, boolean published) {
		this.store.insert("CaseComment", Map.of("ParentId", this.caseId, "CommentBody", body, "IsPublished", published,
				"CreatedById", "0055g00000ABCDEAAA", "CreatedDate", created));
	}

	private List<Object> bodies(String soql) {
		return this.store.query(Soql.parse(soql), false, "62.0")
			.records()
			.stream()
			.map((record) -> record.get("CommentBody"))
			.toList();
	}

	@Test
	void datetimesAreStoredAtSecondPrecisionInUtc() {
		assertThat(this.store.records("CaseComment")).extracting((record) -> record.get("CreatedDate"))
			.containsExactly("2026-11-01T08:00:00.000+0000", "2026-11-01T08:00:00.000+0000",
					"2026-11-02T08:15:00.000+0000", "2026-11-03T00:00:00.000+0000");
		assertThat(this.store.records("Case").get(0)).containsEntry("SystemModstamp", "2026-11-05T10:00:00.000+0000");
	}

	@Test
	void datetimeLiteralsCompareInstantsWhateverTheOffset() {
		assertThat(bodies(
				"SELECT CommentBody FROM CaseComment WHERE CreatedDate > 2026-11-01T08:00:00Z ORDER BY CreatedDate"))
			.containsExactly("OCMW belt", "O'Brien zegt 50%");
		assertThat(bodies("select commentbody from casecomment where SystemModstamp >= 2026-11-02T09:15:00+01:00"))
			.containsExactly("OCMW belt", "O'Brien zegt 50%");
		assertThat(bodies("SELECT CommentBody FROM CaseComment WHERE CreatedDate = 2026-11-01T09:00:00.000+01:00"))
			.containsExactly("Factuur onduidelijk", "Herinnering te vroeg");
	}

	@Test
	void whereClausesCombineWithParenthesesAndIgnoreCaseForText() {
		assertThat(bodies("SELECT CommentBody FROM CaseComment WHERE (IsPublished = true OR CommentBody LIKE '%ocmw%') "
				+ "AND CommentBody != 'x' ORDER BY CommentBody DESC"))
			.containsExactly("OCMW belt", "Factuur onduidelijk");
		assertThat(
				bodies("SELECT CommentBody FROM CaseComment WHERE CommentBody IN ('ocmw belt', 'O\\'Brien zegt 50%')"))
			.containsExactly("OCMW belt", "O'Brien zegt 50%");
		assertThat(bodies(
				"SELECT CommentBody FROM CaseComment WHERE NOT CommentBody LIKE '%50\\%' AND IsPublished <> true "
						+ "AND CreatedById != null"))
			.containsExactly("Herinnering te vroeg", "OCMW belt");
		assertThat(bodies("SELECT CommentBody FROM CaseComment WHERE IsPublished = null"))
			.containsExactly("O'Brien zegt 50%");
	}

	@Test
	void orderByPutsNullsFirstAscendingAndHonoursLimitAndOffset() {
		assertThat(bodies(
				"SELECT CommentBody FROM CaseComment ORDER BY IsPublished ASC NULLS FIRST, CreatedDate DESC LIMIT 3"))
			.containsExactly("O'Brien zegt 50%", "OCMW belt", "Herinnering te vroeg");
		assertThat(bodies("SELECT CommentBody FROM CaseComment ORDER BY IsPublished DESC NULLS LAST LIMIT 2 OFFSET 1"))
			.containsExactly("Herinnering te vroeg", "OCMW belt");
		assertThat(this.store.query(Soql.parse("SELECT COUNT() FROM CaseComment WHERE CreatedDate < 2026-11-02"), false,
				"62.0"))
			.satisfies((result) -> assertThat(result.totalSize()).isEqualTo(2));
	}

	@Test
	void parentFieldsAreNestedUnderTheRelationshipName() {
		Map<String, Object> record = this.store
			.query(Soql.parse("SELECT Id, Parent.CaseNumber, Parent.Subject, CreatedBy.Name FROM CaseComment "
					+ "WHERE Parent.CaseNumber = '00012345' ORDER BY CreatedDate LIMIT 1"), false, "62.0")
			.records()
			.get(0);

		assertThat(record).containsOnlyKeys("attributes", "Id", "Parent", "CreatedBy");
		assertThat(record.get("attributes")).isEqualTo(
				Map.of("type", "CaseComment", "url", "/services/data/v62.0/sobjects/CaseComment/" + record.get("Id")));
		assertThat(record.get("Parent")).isEqualTo(
				Map.of("attributes", Map.of("type", "Case", "url", "/services/data/v62.0/sobjects/Case/" + this.caseId),
						"CaseNumber", "00012345", "Subject", "Jaarafrekening"));
		assertThat(record.get("CreatedBy")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
			.containsEntry("Name", "Sofie Peeters");
	}

	@Test
	void malformedQueriesUnknownObjectsAndUnknownFieldsAreRefused() {
		assertThatThrownBy(() -> Soql.parse("SELECT Id FROM CaseComment WHERE A = 1 AND B = 2 OR C = 3"))
			.isInstanceOfSatisfying(SalesforceApiException.class,
					(ex) -> assertThat(ex.errorCode()).isEqualTo("MALFORMED_QUERY"));
		assertThatThrownBy(() -> Soql.parse("SELECT Id FROM CaseComment WHERE CommentBody = 'open"))
			.isInstanceOfSatisfying(SalesforceApiException.class,
					(ex) -> assertThat(ex.errorCode()).isEqualTo("MALFORMED_QUERY"));
		assertThatThrownBy(() -> Soql.parse("SELECT FROM Case")).isInstanceOfSatisfying(SalesforceApiException.class,
				(ex) -> assertThat(ex.status()).isEqualTo(400));
		assertThatThrownBy(() -> this.store.query(Soql.parse("SELECT Id FROM Dossier"), false, "62.0"))
			.isInstanceOfSatisfying(SalesforceApiException.class,
					(ex) -> assertThat(ex.errorCode()).isEqualTo("INVALID_TYPE"));
		this.store.declareSchema("WOCAS_Dossier__c", List.of("Name"));
		assertThatThrownBy(
				() -> this.store.query(Soql.parse("SELECT Id, Priority__c FROM WOCAS_Dossier__c"), false, "62.0"))
			.isInstanceOfSatisfying(SalesforceApiException.class,
					(ex) -> assertThat(ex.errorCode()).isEqualTo("INVALID_FIELD"));
	}

	@Test
	void writesOfUndeclaredFieldsAreRefused() {
		this.store.declareSchema("WOCAS_Dossier__c", List.of("Name", "WOCAS_External_Id__c"));

		assertThatThrownBy(() -> this.store.apiCreate("WOCAS_Dossier__c", Map.of("Name", "x", "Cost__c", 3), null))
			.isInstanceOfSatisfying(SalesforceApiException.class, (ex) -> {
				assertThat(ex.errorCode()).isEqualTo("INVALID_FIELD");
				assertThat(ex.fields()).containsExactly("Cost__c");
			});
		String id = this.store.apiCreate("WOCAS_Dossier__c", Map.of("name", "Jaarafrekening"), null);
		assertThat(id).hasSize(18).startsWith("a");
		assertThat(this.store.record("WOCAS_Dossier__c", id))
			.hasValueSatisfying((record) -> assertThat(record).containsEntry("Name", "Jaarafrekening"));
	}

}
