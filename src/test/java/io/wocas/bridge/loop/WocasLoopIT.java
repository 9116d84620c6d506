package io.wocas.bridge.loop;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.wocas.bridge.sandbox.SalesforceSandbox;
import io.wocas.bridge.sandbox.SandboxOrg;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole WOCAS loop on the Salesforce sandbox: advisers' Case comments become voices
 * that form a priority dossier; the owner proposes, the committee approves; the sandbox
 * then holds the dossier record, the updated Case fields and exactly one Chatter post per
 * adviser per milestone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "wocas.outbox.interval=300", "wocas.outbox.first-delay=100", "wocas.grouping.interval=300ms",
				"wocas.salesforce.first-poll-delay=100" })
@ActiveProfiles("test")
@DirtiesContext
class WocasLoopIT {

	static final List<String> ADVISERS = List.of("0055g00000LOP01AAA", "0055g00000LOP02AAA", "0055g00000LOP03AAA");

	static final SalesforceSandbox sandbox = SandboxOrg.start("loop-client", "loop-secret");

	static final List<String> CASES = new java.util.ArrayList<>();

	static {
		String[] names = { "Sofie Peeters", "Marc Lambert", "Anna Desmet" };
		for (int i = 0; i < ADVISERS.size(); i++) {
			sandbox.store().insert("User", Map.of("Id", ADVISERS.get(i), "Name", names[i]));
		}
		String[] comments = {
				"#WOCAS sev:4 freq:daily reason:FORMAL-NOTICE Ingebrekestelling ontvangen terwijl het afbetalingsplan loopt",
				"#WOCAS sev:4 freq:daily reason:FORMAL-NOTICE Mise en demeure envoyée alors que le plan de paiement est respecté",
				"#WOCAS sev:4 freq:daily reason:FORMAL-NOTICE Formal notice sent although the payment plan is being paid",
				"#WOCAS sev:4 freq:daily reason:FORMAL-NOTICE Weer een ingebrekestelling ondanks lopend afbetalingsplan",
				"#WOCAS sev:4 freq:daily reason:FORMAL-NOTICE MED reçue malgré plan de paiement en cours, client furieux",
				"#WOCAS sev:4 freq:daily reason:FORMAL-NOTICE Klant met afbetalingsplan kreeg toch een ingebrekestelling" };
		for (int i = 0; i < comments.length; i++) {
			String contact = sandbox.store().insert("Contact", Map.of("LastName", "Klant " + i));
			String caseId = sandbox.store()
				.insert("Case", Map.of("Subject", "Ingebrekestelling", "Status", "New", "ContactId", contact));
			CASES.add(caseId);
			sandbox.store()
				.insert("CaseComment", Map.of("ParentId", caseId, "CommentBody", comments[i], "CreatedById",
						ADVISERS.get(i % ADVISERS.size())));
		}
	}

	@Autowired
	TestRestTemplate http;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void org(DynamicPropertyRegistry registry) {
		SandboxOrg.register(registry, "loop", sandbox, "loop-client", "loop-secret", "CASE_COMMENT,FEED_ITEM");
		registry.add("wocas.salesforce.orgs.loop.poll-interval", () -> "1s");
		registry.add("wocas.salesforce.orgs.loop.backfill", () -> "1d");
	}

	@AfterAll
	static void stopSandbox() {
		sandbox.close();
	}

	@Test
	void caseCommentsBecomeAPriorityDossierWhoseDecisionReachesTheCrmOncePerAdviser() {
		long dossierId = await().atMost(Duration.ofSeconds(30))
			.until(this::formalNoticeDossier,
					(dossier) -> dossier != null && "ASSIGNED".equals(dossier.get("status").asText()))
			.get("id")
			.asLong();
		assertThat(get("analyst", "/api/dossiers/" + dossierId).get("voiceIds")).hasSize(6);

		send("analyst", HttpMethod.POST, "/api/dossiers/" + dossierId + "/analysis/start", Map.of());
		send("analyst", HttpMethod.PUT, "/api/dossiers/" + dossierId + "/analysis",
				Map.of("rootCause", "The dunning run ignores payment plans registered after the reminder was scheduled",
						"proposals",
						List.of(Map.of("description", "Check for an active payment plan before every formal notice",
								"oneOffCost", 12000, "recurringCost", 1500, "expectedReduction", 60, "departments",
								List.of("Debt collection", "IT")))));
		send("analyst", HttpMethod.POST, "/api/dossiers/" + dossierId + "/analysis/submit", Map.of());
		JsonNode session = send("committee", HttpMethod.POST, "/api/committee/sessions", Map.of("heldOn",
				LocalDate.now().toString(), "title", "WOCAS committee", "members", List.of("committee", "analyst")));
		long sessionId = session.get("id").asLong();
		send("committee", HttpMethod.POST, "/api/committee/sessions/" + sessionId + "/agenda",
				Map.of("dossierId", dossierId));
		long proposalId = get("analyst", "/api/dossiers/" + dossierId + "/committee").get("proposals")
			.get(0)
			.get("id")
			.asLong();
		send("committee", HttpMethod.POST, "/api/committee/sessions/" + sessionId + "/decisions",
				Map.of("decisions", List.of(Map.of("proposalId", proposalId, "decision", "APPROVE", "rationale",
						"Cheap and stops the worst contacts", "approvedBudget", 13500))));

		await().atMost(Duration.ofSeconds(30)).until(() -> {
			Map<String, Object> record = dossierRecord(dossierId);
			return record != null && "APPROVED".equals(record.get("WOCAS_Status__c"))
					&& posts(dossierId, "DECIDED").size() == ADVISERS.size() && noPendingUpdates();
		});
		Map<String, Object> record = dossierRecord(dossierId);
		assertThat(record.get("WOCAS_Priority__c")).isEqualTo(true);
		assertThat(record.get("WOCAS_Voice_Count__c")).isEqualTo(6);
		assertThat(String.valueOf(record.get("WOCAS_Decision__c"))).containsIgnoringCase("approved");
		assertThat(((Number) record.get("WOCAS_Approved_Cost__c")).doubleValue()).isEqualTo(13500.0);
		assertThat(record.get("WOCAS_Owner__c")).isEqualTo("luc-dumont");
		for (String caseId : CASES) {
			Map<String, Object> theCase = sandbox.store().record("Case", caseId).orElseThrow();
			assertThat(theCase.get("WOCAS_Dossier_Ref__c")).isEqualTo("WOCAS-" + dossierId);
			assertThat(theCase.get("WOCAS_Status__c")).isEqualTo("APPROVED");
		}
		await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> true);
		assertThat(posts(dossierId, "ASSIGNED")).as("advisers whose voices were there when it was assigned")
			.isNotEmpty()
			.extracting((p) -> String.valueOf(p.get("Body")).split(" ")[0])
			.doesNotHaveDuplicates();
		assertThat(posts(dossierId, "DECIDED")).extracting((p) -> String.valueOf(p.get("Body")).split(" ")[1])
			.containsExactlyInAnyOrder("Peeters", "Lambert", "Desmet");
		assertThat(this.jdbc.sql("select count(*) from voice where source_system = 'salesforce:loop'")
			.query(Long.class)
			.single()).as("WOCAS posts on the Cases are not voices").isEqualTo(6);
	}

	private JsonNode formalNoticeDossier() {
		JsonNode page = get("analyst", "/api/dossiers?size=50&reasonCode=FORMAL-NOTICE");
		return (page.get("content").size() > 0) ? page.get("content").get(0) : null;
	}

	private JsonNode get(String user, String path) {
		return this.http.withBasicAuth(user, user + "-pw").getForObject(path, JsonNode.class);
	}

	private JsonNode send(String user, HttpMethod method, String path, Object body) {
		ResponseEntity<JsonNode> response = this.http.withBasicAuth(user, user + "-pw")
			.exchange(path, method, new HttpEntity<>(body), JsonNode.class);
		assertThat(response.getStatusCode().is2xxSuccessful()).as(method + " " + path + ": " + response.getBody())
			.isTrue();
		return response.getBody();
	}

	private Map<String, Object> dossierRecord(long dossierId) {
		return SandboxOrg.dossierRecord(sandbox, dossierId).orElse(null);
	}

	private List<Map<String, Object>> posts(long dossierId, String milestone) {
		return sandbox.store()
			.records("FeedItem")
			.stream()
			.filter((p) -> String.valueOf(p.get("Body")).contains("[WOCAS-" + dossierId + " " + milestone + " "))
			.toList();
	}

	private boolean noPendingUpdates() {
		return SandboxOrg.salesforceUpdatesDrained(this.jdbc);
	}

}
