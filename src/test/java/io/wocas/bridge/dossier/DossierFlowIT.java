package io.wocas.bridge.dossier;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.wocas.bridge.sandbox.SalesforceSandbox;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The analyst's half of the loop through the API: voices are grouped into dossiers,
 * analysts merge and undo, and a priority dossier gets its owner, who is told by mail and
 * by a Salesforce Task.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "wocas.priority.threshold=2.5", "wocas.grouping.interval=200ms" })
@ActiveProfiles("test")
@DirtiesContext
class DossierFlowIT {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	static final SalesforceSandbox sandbox = SalesforceSandbox.builder()
		.port(0)
		.clientCredentials("flow-client", "flow-secret")
		.build()
		.start()
		.deploy(java.nio.file.Path.of("connectors/salesforce"));

	@Autowired
	TestRestTemplate http;

	@DynamicPropertySource
	static void connectors(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> ServerSetupTest.SMTP.getPort());
		registry.add("wocas.salesforce.orgs.flow.login-url", sandbox::baseUrl);
		registry.add("wocas.salesforce.orgs.flow.client-id", () -> "flow-client");
		registry.add("wocas.salesforce.orgs.flow.client-secret", () -> "flow-secret");
		registry.add("wocas.salesforce.orgs.flow.poll", () -> "");
		registry.add("wocas.outbox.interval", () -> "300");
		registry.add("wocas.outbox.first-delay", () -> "100");
	}

	@AfterAll
	static void stopSandbox() {
		sandbox.close();
	}

	@Test
	void postedVoicesAreGroupedWithinSecondsAndListedInDossiers() {
		long first = post("flow-a-1", "La cliente ne comprend pas la régularisation sur son décompte annuel");
		long second = post("flow-a-2", "Klant begrijpt de regularisatie op zijn jaarafrekening niet");

		List<Long> firstDossiers = awaitDossiersOf(first);
		List<Long> secondDossiers = awaitDossiersOf(second);

		assertThat(firstDossiers).isNotEmpty();
		assertThat(secondDossiers).first().isEqualTo(firstDossiers.get(0));
		JsonNode dossier = get("/api/dossiers/" + firstDossiers.get(0));
		assertThat(dossier.get("voiceIds").toString()).contains(String.valueOf(first), String.valueOf(second));
		assertThat(dossier.get("voices").get(1).get("sharedTerms").asText()).isNotBlank();
		JsonNode list = get("/api/dossiers?size=200&reasonCode=BILL-ANNUAL");
		assertThat(list.get("content").findValuesAsText("id")).contains(String.valueOf(firstDossiers.get(0)));
	}

	@Test
	void mergeThenUndoReturnsEveryVoiceToItsFormerDossierAndTheTrailShowsBoth() {
		long leak1 = post("flow-b-1", "Na het lek zijn de voorschotfacturen nog altijd veel te hoog");
		long leak2 = post("flow-b-2", "Après la fuite réparée les factures d'acompte restent trop élevées");
		long portal1 = post("flow-b-3", "Customer cannot log in to the online portal with itsme, error every time");
		long sourceId = awaitDossiersOf(leak1).get(0);
		long targetId = awaitDossiersOf(portal1).get(0);
		awaitDossiersOf(leak2);
		assertThat(sourceId).isNotEqualTo(targetId);
		List<Long> sourceVoices = voiceIds(sourceId);
		List<Long> targetVoices = voiceIds(targetId);

		ResponseEntity<JsonNode> merged = this.http.withBasicAuth("analyst", "analyst-pw")
			.postForEntity("/api/dossiers/" + sourceId + "/merge", Map.of("into", targetId, "reason", "same problem"),
					JsonNode.class);
		assertThat(merged.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(voiceIds(targetId)).containsAll(sourceVoices);
		assertThat(get("/api/dossiers/" + sourceId).get("status").asText()).isEqualTo("MERGED");

		long mergeId = merged.getBody().get("operationId").asLong();
		ResponseEntity<JsonNode> undone = this.http.withBasicAuth("analyst", "analyst-pw")
			.postForEntity("/api/operations/" + mergeId + "/undo", Map.of("reason", "not the same after all"),
					JsonNode.class);

		assertThat(undone.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(voiceIds(sourceId)).containsExactlyInAnyOrderElementsOf(sourceVoices);
		assertThat(voiceIds(targetId)).containsExactlyInAnyOrderElementsOf(targetVoices);
		assertThat(get("/api/dossiers/" + sourceId).get("status").asText()).isNotEqualTo("MERGED");
		JsonNode trail = this.http.withBasicAuth("analyst", "analyst-pw")
			.getForObject("/api/dossiers/" + sourceId + "/history", JsonNode.class);
		assertThat(trail.findValuesAsText("kind")).contains("MERGE", "UNDO");
		assertThat(trail.findValuesAsText("actor")).contains("analyst");
		assertThat(trail.findValuesAsText("reason")).contains("same problem", "not the same after all");
	}

	@Test
	void aDossierIsOnlyMergedByAnAnalyst() {
		long voice = post("flow-c-1", "Domiciliëring stopgezet na bankwissel zonder verwittiging");
		long dossier = awaitDossiersOf(voice).get(0);

		ResponseEntity<String> byOwner = this.http.withBasicAuth("owner", "owner-pw")
			.postForEntity("/api/dossiers/" + dossier + "/merge", Map.of("into", dossier), String.class);

		assertThat(byOwner.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void aPriorityDossierGetsItsOwnerFromTheRoutingTableWhoGetsAMailAndASalesforceTask() throws Exception {
		long id = 0;
		for (int i = 0; i < 6; i++) {
			id = post("flow-d-" + i, "#WOCAS sev:4 freq:daily reason:FORMAL-NOTICE Ingebrekestelling verstuurd terwijl"
					+ " het afbetalingsplan loopt, klant " + i + " is boos");
		}
		long dossierId = awaitDossiersOf(id).get(0);

		JsonNode dossier = await().atMost(Duration.ofSeconds(15))
			.until(() -> get("/api/dossiers/" + dossierId), (d) -> !d.get("owner").isNull());
		assertThat(dossier.get("owner").asText()).isEqualTo("luc-dumont");
		assertThat(dossier.get("status").asText()).isEqualTo("ASSIGNED");
		assertThat(dossier.get("priority").asBoolean()).isTrue();

		String subjectPart = "Dossier " + dossierId + " ";
		MimeMessage mail = await().atMost(Duration.ofSeconds(15))
			.until(() -> java.util.Arrays.stream(smtp.getReceivedMessages())
				.filter((m) -> subject(m).contains(subjectPart))
				.findFirst(), java.util.Optional::isPresent)
			.orElseThrow();
		assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("luc.dumont@hydrobel.example");
		assertThat(GreenMailUtil.getBody(mail)).contains(String.valueOf(dossierId));
		Map<String, Object> task = await().atMost(Duration.ofSeconds(15))
			.until(() -> sandbox.store()
				.records("Task")
				.stream()
				.filter((t) -> String.valueOf(t.get("Subject")).contains(subjectPart))
				.findFirst(), java.util.Optional::isPresent)
			.orElseThrow();
		assertThat(task.get("OwnerId")).isEqualTo("0055g00000OWN03AAA");
		assertThat(sandbox.store()
			.records("Task")
			.stream()
			.filter((t) -> String.valueOf(t.get("Subject")).contains(subjectPart))).hasSize(1);
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			return "";
		}
	}

	private long post(String sourceId, String text) {
		ResponseEntity<JsonNode> response = this.http.withBasicAuth("analyst", "analyst-pw")
			.postForEntity("/api/voices",
					Map.of("text", text, "adviser", "0055g00000ADV01AAA", "source", "flow-test", "sourceId", sourceId),
					JsonNode.class);
		assertThat(response.getStatusCode()).isIn(HttpStatus.CREATED, HttpStatus.OK);
		return response.getBody().get("id").asLong();
	}

	private List<Long> awaitDossiersOf(long voiceId) {
		JsonNode voice = await().atMost(Duration.ofSeconds(10))
			.until(() -> get("/api/voices/" + voiceId), (v) -> v.get("dossierIds").size() > 0);
		return toList(voice.get("dossierIds"));
	}

	private List<Long> voiceIds(long dossierId) {
		return toList(get("/api/dossiers/" + dossierId).get("voiceIds"));
	}

	private static List<Long> toList(JsonNode array) {
		List<Long> ids = new java.util.ArrayList<>();
		array.forEach((node) -> ids.add(node.asLong()));
		return ids;
	}

	private JsonNode get(String path) {
		return this.http.withBasicAuth("analyst", "analyst-pw").getForObject(path, JsonNode.class);
	}

}
