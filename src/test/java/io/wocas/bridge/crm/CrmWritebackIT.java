package io.wocas.bridge.crm;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.wocas.bridge.dossier.Dossier;
import io.wocas.bridge.dossier.DossierId;
import io.wocas.bridge.dossier.DossierMilestone;
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
import org.junit.jupiter.api.BeforeEach;
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
 * Dossier changes reach Salesforce through the outbox, driven by the real
 * camel-salesforce client against the sandbox: the dossier record, the Case fields, one
 * Chatter post per adviser and milestone; late but complete through an outage; cheap on
 * API calls.
 */
@SpringBootTest(
		properties = { "wocas.outbox.interval=200", "wocas.outbox.first-delay=100", "wocas.grouping.interval=1h" })
@ActiveProfiles("test")
@DirtiesContext
class CrmWritebackIT {

	static final String ADVISER_A = "0055g00000ADV01AAA";

	static final String ADVISER_B = "0055g00000ADV02AAA";

	static final SalesforceSandbox sandbox = SandboxOrg.start("crm-client", "crm-secret");

	static {
		sandbox.store().insert("User", Map.of("Id", ADVISER_A, "Name", "Sofie Peeters", "LanguageLocaleKey", "nl_NL"));
		sandbox.store().insert("User", Map.of("Id", ADVISER_B, "Name", "Marc Lambert", "LanguageLocaleKey", "fr"));
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
		SandboxOrg.register(registry, "test", sandbox, "crm-client", "crm-secret", "");
	}

	@AfterAll
	static void stopSandbox() {
		sandbox.close();
	}

	@BeforeEach
	void healthySandbox() {
		sandbox.faults().clear();
	}

	@Test
	void aMilestoneUpdatesTheDossierRecordTheCasesAndPostsOncePerAdviser() {
		String caseA1 = newCase();
		String caseA2 = newCase();
		String caseB = newCase();
		long dossierId = dossierWith(
				List.of(voice(ADVISER_A, caseA1, "nl"), voice(ADVISER_A, caseA2, "nl"), voice(ADVISER_B, caseB, "fr")));

		milestone(dossierId, DossierMilestone.Milestone.DECIDED, "Approved: a clearer annual statement letter");

		await().atMost(Duration.ofSeconds(20)).until(() -> posts(dossierId).size() == 2 && noPendingUpdates());
		Map<String, Object> record = dossierRecord(dossierId);
		assertThat(record.get("WOCAS_Status__c")).isEqualTo("IN_ANALYSIS");
		assertThat(record.get("WOCAS_Voice_Count__c")).isEqualTo(3);
		for (String caseId : List.of(caseA1, caseA2, caseB)) {
			assertThat(sandbox.store().record("Case", caseId).orElseThrow().get("WOCAS_Dossier_Ref__c"))
				.isEqualTo("WOCAS-" + dossierId);
		}
		List<Map<String, Object>> posts = posts(dossierId);
		assertThat(posts).extracting((p) -> p.get("ParentId")).containsExactlyInAnyOrder(caseA2, caseB);
		assertThat(posts).anySatisfy(
				(p) -> assertThat((String) p.get("Body")).startsWith("@Sofie Peeters").contains("WOCAS-comité"));
		assertThat(posts)
			.anySatisfy((p) -> assertThat((String) p.get("Body")).startsWith("@Marc Lambert").contains("comité WOCAS"));

		milestone(dossierId, DossierMilestone.Milestone.DECIDED, "Approved: a clearer annual statement letter");
		await().atMost(Duration.ofSeconds(10)).until(this::noPendingUpdates);
		assertThat(posts(dossierId)).as("a second decision is news again, once per adviser").hasSize(4);
	}

	@Test
	void anOutageDelaysTheUpdatesAndNoneIsLostOrDoubled() {
		String caseA = newCase();
		String caseB = newCase();
		long dossierId = dossierWith(List.of(voice(ADVISER_A, caseA, "nl"), voice(ADVISER_B, caseB, "fr")));
		sandbox.faults().unavailableFor(Duration.ofSeconds(6));

		milestone(dossierId, DossierMilestone.Milestone.RESOLVED, "The letter was rewritten");

		await().atMost(Duration.ofSeconds(4))
			.until(() -> this.jdbc
				.sql("select count(*) from outbox where attempts > 0 and status in ('PENDING', 'SENDING')")
				.query(Long.class)
				.single() > 0);
		assertThat(posts(dossierId)).isEmpty();
		await().atMost(Duration.ofSeconds(60)).until(() -> posts(dossierId).size() == 2 && noPendingUpdates());
		assertThat(dossierRecord(dossierId)).isNotNull();
		assertThat(sandbox.store().record("Case", caseA).orElseThrow().get("WOCAS_Dossier_Ref__c"))
			.isEqualTo("WOCAS-" + dossierId);
		await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> posts(dossierId).size() == 2);
	}

	@Test
	void aThousandDossiersAndTheirThousandCasesCostAtMostTenCalls() {
		int count = 1000;
		List<String> caseIds = new java.util.ArrayList<>();
		for (int i = 0; i < count; i++) {
			caseIds.add(newCase());
		}
		List<Long> dossierIds = this.transactions.execute((tx) -> {
			List<Long> ids = new java.util.ArrayList<>();
			for (String caseId : caseIds) {
				ids.add(dossierOf(List.of(voice(ADVISER_A, caseId, "en"))));
			}
			return ids;
		});
		await().atMost(Duration.ofSeconds(30)).until(this::noPendingUpdates);
		long before = sandbox.stats().apiCalls();

		this.transactions.executeWithoutResult((tx) -> dossierIds.forEach((id) -> {
			Dossier dossier = this.dossiers.get(new DossierId(id));
			dossier.advanceTo(DossierStatus.CLOSED, Instant.now());
			this.dossiers.save(dossier);
		}));

		await().atMost(Duration.ofSeconds(60)).until(this::noPendingUpdates);
		long calls = sandbox.stats().apiCalls() - before;
		assertThat(calls).isLessThanOrEqualTo(10);
		assertThat(dossierIds)
			.allSatisfy((id) -> assertThat(dossierRecord(id).get("WOCAS_Status__c")).isEqualTo("CLOSED"));
		assertThat(caseIds).allSatisfy(
				(caseId) -> assertThat(sandbox.store().record("Case", caseId).orElseThrow().get("WOCAS_Status__c"))
					.isEqualTo("CLOSED"));
	}

	private void milestone(long dossierId, DossierMilestone.Milestone milestone, String summary) {
		this.transactions.executeWithoutResult((tx) -> {
			Dossier dossier = this.dossiers.get(new DossierId(dossierId));
			if (dossier.status() == DossierStatus.COLLECTING) {
				dossier.assign("luc-dumont", Instant.now());
				dossier.advanceTo(DossierStatus.IN_ANALYSIS, Instant.now());
				this.dossiers.save(dossier);
			}
			this.events.publishEvent(new DossierMilestone(new DossierId(dossierId), milestone, Instant.now(), summary));
		});
	}

	private long dossierWith(List<Voice> voices) {
		return this.transactions.execute((tx) -> dossierOf(voices));
	}

	private long dossierOf(List<Voice> voiceList) {
		Dossier dossier = this.dossiers.save(Dossier.open("Jaarafrekening onduidelijk", "BILL-ANNUAL", Instant.now()));
		for (Voice voice : voiceList) {
			Voice saved = this.voices.save(voice);
			this.links.link(new DossierVoiceLink(dossier.id().value(), saved.id().value(), true, 1.0, "", "BILL-ANNUAL",
					"test", Instant.now()));
			this.links.markGrouped(saved.id().value(), Instant.now());
		}
		this.events
			.publishEvent(new DossierStatusChanged(dossier.id(), DossierStatus.COLLECTING, DossierStatus.COLLECTING));
		return dossier.id().value();
	}

	private static Voice voice(String adviser, String caseId, String language) {
		VoiceTestData data = VoiceTestData.aVoice().by(adviser).ofKind(SourceKind.CASE_COMMENT).onCase(caseId);
		return ("nl".equals(language) ? data.inDutch() : data).from("salesforce:test", caseId + "-c").build();
	}

	private static String newCase() {
		return sandbox.store()
			.insert("Case", Map.of("Subject", "Jaarafrekening", "Status", "New", "OwnerId", ADVISER_A));
	}

	private Map<String, Object> dossierRecord(long dossierId) {
		return SandboxOrg.dossierRecord(sandbox, dossierId).orElse(null);
	}

	private List<Map<String, Object>> posts(long dossierId) {
		return sandbox.store()
			.records("FeedItem")
			.stream()
			.filter((p) -> String.valueOf(p.get("Body")).contains("[WOCAS-" + dossierId + " "))
			.toList();
	}

	private boolean noPendingUpdates() {
		return SandboxOrg.salesforceUpdatesDrained(this.jdbc);
	}

}
