package io.wocas.bridge.crm;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.wocas.bridge.dossier.Dossier;
import io.wocas.bridge.dossier.DossierId;
import io.wocas.bridge.dossier.DossierStatus;
import io.wocas.bridge.dossier.DossierStatusChanged;
import io.wocas.bridge.dossier.DossierVoiceLink;
import io.wocas.bridge.dossier.DossierVoices;
import io.wocas.bridge.dossier.Dossiers;
import io.wocas.bridge.sandbox.SalesforceSandbox;
import io.wocas.bridge.sandbox.SandboxOrg;
import io.wocas.bridge.voice.SourceKind;
import io.wocas.bridge.voice.Voice;
import io.wocas.bridge.voice.VoiceTestData;
import io.wocas.bridge.voice.Voices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With {@code wocas.crm.problem-records}, a dossier is also a standard Problem in the
 * sandbox, and each of its source Cases is linked to it by one CaseRelatedIssue; a later
 * sync updates the Problem and creates neither a second Problem nor a second link.
 */
@SpringBootTest(properties = { "wocas.outbox.interval=200", "wocas.outbox.first-delay=100",
		"wocas.grouping.interval=1h", "wocas.crm.problem-records=true" })
@ActiveProfiles("test")
@DirtiesContext
class ProblemRecordsIT {

	static final String ADVISER = "0055g00000ADV11AAA";

	static final SalesforceSandbox sandbox = SandboxOrg.start("prb-client", "prb-secret");

	static {
		sandbox.store().insert("User", Map.of("Id", ADVISER, "Name", "Sofie Peeters", "LanguageLocaleKey", "nl_NL"));
	}

	@Autowired
	Voices voices;

	@Autowired
	Dossiers dossiers;

	@Autowired
	DossierVoices links;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void org(DynamicPropertyRegistry registry) {
		SandboxOrg.register(registry, "test", sandbox, "prb-client", "prb-secret", "");
	}

	@AfterAll
	static void stopSandbox() {
		sandbox.close();
	}

	@Test
	void aDossierBecomesOneProblemLinkedOnceToEachOfItsCases() {
		String case1 = newCase();
		String case2 = newCase();
		long dossierId = this.transactions.execute((tx) -> {
			Dossier dossier = this.dossiers
				.save(Dossier.open("Jaarafrekening onduidelijk", "BILL-ANNUAL", Instant.now()));
			for (String caseId : List.of(case1, case2)) {
				Voice saved = this.voices.save(VoiceTestData.aVoice()
					.by(ADVISER)
					.ofKind(SourceKind.CASE_COMMENT)
					.onCase(caseId)
					.inDutch()
					.from("salesforce:test", caseId + "-c")
					.build());
				this.links.link(new DossierVoiceLink(dossier.id().value(), saved.id().value(), true, 1.0, "",
						"BILL-ANNUAL", "test", Instant.now()));
				this.links.markGrouped(saved.id().value(), Instant.now());
			}
			this.events.publishEvent(
					new DossierStatusChanged(dossier.id(), DossierStatus.COLLECTING, DossierStatus.COLLECTING));
			return dossier.id().value();
		});
		String reference = "WOCAS-" + dossierId;

		await().atMost(Duration.ofSeconds(30))
			.until(() -> problems(reference).size() == 1 && issueLinks(reference).size() == 2 && noPendingUpdates());
		Map<String, Object> problem = problems(reference).get(0);
		assertThat(problem.get("Subject")).isEqualTo("Jaarafrekening onduidelijk");
		assertThat(problem.get("Status")).isEqualTo("New");
		assertThat((String) problem.get("Description")).contains("BILL-ANNUAL").contains("Priority score");
		assertThat(issueLinks(reference))
			.allSatisfy((link) -> assertThat(link.get("RelatedIssueId")).isEqualTo(problem.get("Id")))
			.extracting((link) -> link.get("CaseId"))
			.containsExactlyInAnyOrder(case1, case2);
		assertThat(dossierRecords(reference)).as("the dossier record is still written").hasSize(1);

		this.transactions.executeWithoutResult((tx) -> {
			Dossier dossier = this.dossiers.get(new DossierId(dossierId));
			dossier.assign("luc-dumont", Instant.now());
			dossier.advanceTo(DossierStatus.IN_ANALYSIS, Instant.now());
			this.dossiers.save(dossier);
		});

		await().atMost(Duration.ofSeconds(30))
			.until(() -> "In Progress".equals(problems(reference).get(0).get("Status")) && noPendingUpdates());
		assertThat(problems(reference)).as("no second Problem").hasSize(1);
		assertThat(issueLinks(reference)).as("no second link").hasSize(2);
		assertThat(this.jdbc.sql("select count(*) from outbox where status = 'FAILED'").query(Long.class).single())
			.isZero();
	}

	private static String newCase() {
		return sandbox.store().insert("Case", Map.of("Subject", "Jaarafrekening", "Status", "New", "OwnerId", ADVISER));
	}

	private static List<Map<String, Object>> problems(String reference) {
		return sandbox.store()
			.records("Problem")
			.stream()
			.filter((r) -> reference.equals(r.get("WOCAS_External_Id__c")))
			.toList();
	}

	private static List<Map<String, Object>> issueLinks(String reference) {
		return sandbox.store()
			.records("CaseRelatedIssue")
			.stream()
			.filter((r) -> String.valueOf(r.get("WOCAS_Key__c")).endsWith(":" + reference))
			.toList();
	}

	private static List<Map<String, Object>> dossierRecords(String reference) {
		return sandbox.store()
			.records("WOCAS_Dossier__c")
			.stream()
			.filter((r) -> reference.equals(r.get("WOCAS_External_Id__c")))
			.toList();
	}

	private boolean noPendingUpdates() {
		return SandboxOrg.salesforceUpdatesDrained(this.jdbc);
	}

}
