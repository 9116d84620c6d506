package io.wocas.bridge.committee.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import io.wocas.bridge.committee.CommitteeTestData;
import io.wocas.bridge.dossier.DossierId;
import io.wocas.bridge.dossier.DossierMilestone;
import io.wocas.bridge.dossier.DossierStatus;
import io.wocas.bridge.dossier.DossierVoices;
import io.wocas.bridge.dossier.Dossiers;
import io.wocas.bridge.voice.Voices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committee half of the loop through the API: the owner analyses and proposes, the
 * committee decides, the owner carries out the action plan and resolves.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "wocas.grouping.interval=1h", "wocas.verification.interval=1h" })
@ActiveProfiles("test")
class CommitteeApiIT {

	static final Instant AT = Instant.parse("2026-11-02T08:00:00Z");

	@Autowired
	TestRestTemplate http;

	@Autowired
	Dossiers dossiers;

	@Autowired
	DossierVoices links;

	@Autowired
	Voices voices;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Milestones milestones;

	CommitteeTestData data;

	@BeforeEach
	void setUp() {
		this.data = new CommitteeTestData(this.dossiers, this.links, this.voices);
		this.milestones.events.clear();
	}

	@Test
	void theOwnerAnalysesAndSubmitsProposalsForTheCommittee() {
		DossierId id = this.data.assignedDossier("Décompte annuel incompréhensible", "owner", AT);

		ResponseEntity<JsonNode> written = writeAnalysis("owner", id);

		assertThat(written.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(written.getBody().get("status").asText()).isEqualTo("IN_ANALYSIS");
		assertThat(written.getBody().get("proposals")).hasSize(2);
		assertThat(written.getBody().at("/proposals/0/oneOffCost").decimalValue()).isEqualByComparingTo("12000");
		assertThat(written.getBody().at("/proposals/0/departments/1").asText()).isEqualTo("Communication");
		ResponseEntity<JsonNode> submitted = post("owner", "/api/dossiers/" + id + "/analysis/submit", null);
		assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(this.dossiers.get(id).status()).isEqualTo(DossierStatus.PROPOSED);
	}

	@Test
	void onlyTheOwnerOrAnAnalystEditsTheAnalysis() {
		DossierId id = this.data.assignedDossier("Rappel envoyé après paiement", "someone-else", AT);

		assertThat(writeAnalysis("owner", id).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(writeAnalysis("adviser", id).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.dossiers.get(id).status()).isEqualTo(DossierStatus.ASSIGNED);
		assertThat(writeAnalysis("analyst", id).getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void aProposalWithoutCostGets400NamingTheField() {
		DossierId id = this.data.assignedDossier("Ingebrekestelling te snel", "owner", AT);

		ResponseEntity<JsonNode> response = put("owner", "/api/dossiers/" + id + "/analysis",
				Map.of("rootCause", "Te korte termijn", "proposals", List.of(Map.of("description", "Termijn verlengen",
						"recurringCost", 0, "expectedReduction", 20, "departments", List.of("Invordering")))));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody().get("detail").asText()).contains("oneOffCost");
	}

	@Test
	void submittingWithoutAProposalIsRefused() {
		DossierId id = this.data.assignedDossier("Acompte trop élevé", "owner", AT);
		put("owner", "/api/dossiers/" + id + "/analysis", Map.of("rootCause", "Estimation", "proposals", List.of()));

		ResponseEntity<JsonNode> response = post("owner", "/api/dossiers/" + id + "/analysis/submit", null);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(response.getBody().get("detail").asText()).contains("no proposal");
		assertThat(this.dossiers.get(id).status()).isEqualTo(DossierStatus.IN_ANALYSIS);
	}

	@Test
	void anIllegalMoveIsRefusedWithTheMovesPossible() {
		DossierId id = this.data.assignedDossier("Relevé de compteur ignoré", "owner", AT);
		long session = createSession();

		ResponseEntity<JsonNode> agenda = post("committee", "/api/committee/sessions/" + session + "/agenda",
				Map.of("dossierId", id.value()));
		ResponseEntity<JsonNode> startWork = post("owner", "/api/dossiers/" + id + "/start-work", null);

		assertThat(agenda.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(agenda.getBody().get("detail").asText())
			.contains("cannot move from ASSIGNED to ON_AGENDA; possible moves:")
			.contains("IN_ANALYSIS, CLOSED");
		assertThat(startWork.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(startWork.getBody().get("detail").asText()).contains("ASSIGNED to IN_PROGRESS");
		assertThat(this.dossiers.get(id).status()).isEqualTo(DossierStatus.ASSIGNED);
	}

	@Test
	void onlyTheCommitteeRecordsDecisions() {
		DossierId id = proposedDossier("Lettre de mise en demeure agressive");
		long session = createSession();
		post("committee", "/api/committee/sessions/" + session + "/agenda", Map.of("dossierId", id.value()));
		long proposal = currentProposals(id).get(0);
		Map<String, Object> decisions = Map.of("decisions",
				List.of(Map.of("proposalId", proposal, "decision", "REJECT", "rationale", "Hors budget")));

		assertThat(post("owner", "/api/committee/sessions/" + session + "/decisions", decisions).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(post("analyst", "/api/committee/sessions/" + session + "/decisions", decisions).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(put("analyst", "/api/committee/sessions/" + session + "/minutes", Map.of("minutes", "x"))
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.jdbc.sql("select count(*) from proposal_decision where session_id = ?")
			.param(session)
			.query(Long.class)
			.single()).isZero();
		assertThat(post("committee", "/api/committee/sessions/" + session + "/decisions", decisions).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		assertThat(this.jdbc.sql("select decision from proposal_decision where session_id = ?")
			.param(session)
			.query(String.class)
			.list()).containsExactly("REJECT");
	}

	@Test
	void approvingAProposalApprovesTheDossierAndPublishesDecided() {
		DossierId id = proposedDossier("Décompte annuel incompréhensible");
		long session = createSession();
		ResponseEntity<JsonNode> agenda = post("committee", "/api/committee/sessions/" + session + "/agenda",
				Map.of("dossierId", id.value()));
		assertThat(agenda.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(this.dossiers.get(id).status()).isEqualTo(DossierStatus.ON_AGENDA);
		List<Long> proposals = currentProposals(id);

		ResponseEntity<JsonNode> first = post("committee", "/api/committee/sessions/" + session + "/decisions",
				Map.of("decisions", List.of(Map.of("proposalId", proposals.get(0), "decision", "APPROVE", "rationale",
						"Moins d'appels sur le décompte", "approvedBudget", 10000))));
		assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(this.dossiers.get(id).status()).isEqualTo(DossierStatus.ON_AGENDA);
		assertThat(this.milestones.events).isEmpty();

		ResponseEntity<JsonNode> second = post("committee", "/api/committee/sessions/" + session + "/decisions",
				Map.of("decisions", List.of(Map.of("proposalId", proposals.get(1), "decision", "REJECT", "rationale",
						"Le portail existe déjà"))));

		assertThat(second.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(second.getBody().at("/decidedDossiers/" + id).asText()).isEqualTo("APPROVED");
		assertThat(this.dossiers.get(id).status()).isEqualTo(DossierStatus.APPROVED);
		assertThat(this.milestones.events).singleElement().satisfies((event) -> {
			assertThat(event.dossierId()).isEqualTo(id);
			assertThat(event.milestone()).isEqualTo(DossierMilestone.Milestone.DECIDED);
			assertThat(event.summary()).startsWith("APPROVED:")
				.contains("approved (budget 10000.00): Moins d'appels sur le décompte")
				.contains("rejected: Le portail existe déjà")
				.doesNotContain("\n");
		});
		assertThat(this.milestones.inTransaction).containsOnly(true);
		JsonNode view = get("analyst", "/api/dossiers/" + id + "/committee").getBody();
		assertThat(view.at("/proposals/0/decision").asText()).isEqualTo("APPROVE");
		assertThat(view.at("/proposals/0/approvedBudget").decimalValue()).isEqualByComparingTo("10000");
		assertThat(view.at("/proposals/1/decision").asText()).isEqualTo("REJECT");
		JsonNode sessionView = get("committee", "/api/committee/sessions/" + session).getBody();
		assertThat(sessionView.at("/agenda/0/outcome").asText()).isEqualTo("APPROVED");
		assertThat(sessionView.get("decisions")).hasSize(2);
	}

	@Test
	void rejectingEveryProposalRejectsTheDossierAndASecondDecisionIsRefused() {
		DossierId id = proposedDossier("Plan de paiement refusé au CPAS");
		long session = createSession();
		post("committee", "/api/committee/sessions/" + session + "/agenda", Map.of("dossierId", id.value()));
		List<Long> proposals = currentProposals(id);
		List<Map<String, Object>> rejections = proposals.stream()
			.map((proposal) -> Map.<String, Object>of("proposalId", proposal, "decision", "REJECT", "rationale",
					"Pas prioritaire"))
			.toList();

		post("committee", "/api/committee/sessions/" + session + "/decisions", Map.of("decisions", rejections));
		ResponseEntity<JsonNode> again = post("committee", "/api/committee/sessions/" + session + "/decisions",
				Map.of("decisions", List.of(rejections.get(0))));

		assertThat(this.dossiers.get(id).status()).isEqualTo(DossierStatus.REJECTED);
		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(again.getBody().get("detail").asText()).contains("already decided");
	}

	@Test
	void theActionPlanRunsFromApprovalToResolutionAndPublishesResolved() {
		DossierId id = approvedDossier("Courrier de rappel peu lisible");
		long approvedProposal = currentProposals(id).get(0);

		ResponseEntity<JsonNode> task = post("owner", "/api/dossiers/" + id + "/actions",
				Map.of("title", "Nouveau modèle de rappel", "assignee", "analyst", "dueOn", "2026-12-15", "proposalId",
						approvedProposal));
		assertThat(task.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		long taskId = task.getBody().get("id").asLong();
		assertThat(post("adviser", "/api/dossiers/" + id + "/actions", Map.of("title", "x", "assignee", "adviser"))
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(post("owner", "/api/dossiers/" + id + "/start-work", null).getStatusCode()).isEqualTo(HttpStatus.OK);
		ResponseEntity<JsonNode> patched = patch("analyst", "/api/dossiers/" + id + "/actions/" + taskId,
				Map.of("status", "DONE"));
		assertThat(patched.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(post("owner", "/api/dossiers/" + id + "/progress",
				Map.of("text", "Nouveau modèle envoyé depuis le 1er décembre", "percent", 100))
			.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(
				post("owner", "/api/dossiers/" + id + "/progress", Map.of("text", "x", "percent", 120)).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);

		ResponseEntity<JsonNode> resolved = post("owner", "/api/dossiers/" + id + "/resolve",
				Map.of("summary", "Le rappel est réécrit en langage clair, avec le numéro d'aide"));

		assertThat(resolved.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(this.dossiers.get(id).status()).isEqualTo(DossierStatus.RESOLVED);
		JsonNode view = resolved.getBody();
		assertThat(view.at("/actions/0/status").asText()).isEqualTo("DONE");
		assertThat(view.at("/actions/0/proposalId").asLong()).isEqualTo(approvedProposal);
		assertThat(view.at("/progress/0/percent").asInt()).isEqualTo(100);
		assertThat(view.at("/resolutions/0/summary").asText()).startsWith("Le rappel est réécrit");
		assertThat(this.milestones.events).extracting(DossierMilestone::milestone)
			.containsExactly(DossierMilestone.Milestone.DECIDED, DossierMilestone.Milestone.RESOLVED);
		assertThat(this.milestones.events.get(1).summary()).startsWith("Le rappel est réécrit");
	}

	@Test
	void packListsTheAgendaWithCostsAsJsonAndCsv() {
		DossierId id = proposedDossier("Décompte, \"acompte\" et délai");
		long session = createSession();
		post("committee", "/api/committee/sessions/" + session + "/agenda", Map.of("dossierId", id.value()));
		List<Long> proposals = currentProposals(id);
		post("committee", "/api/committee/sessions/" + session + "/decisions",
				Map.of("decisions", List.of(Map.of("proposalId", proposals.get(0), "decision", "DEFER", "rationale",
						"Chiffrer avec l'IT, puis revenir"))));

		JsonNode pack = get("committee", "/api/committee/sessions/" + session + "/pack").getBody();

		assertThat(pack.at("/session/id").asLong()).isEqualTo(session);
		assertThat(pack.get("members").toString()).contains("committee", "cfo");
		JsonNode dossier = pack.at("/agenda/0");
		assertThat(dossier.get("dossierId").asLong()).isEqualTo(id.value());
		assertThat(dossier.get("status").asText()).isEqualTo("ON_AGENDA");
		assertThat(dossier.get("priorityScore").asDouble()).isEqualTo(5.2);
		assertThat(dossier.get("voiceCount").asLong()).isEqualTo(2);
		assertThat(dossier.at("/trend/trend").asDouble()).isEqualTo(2.4);
		assertThat(dossier.at("/trend/last7Days").asInt()).isEqualTo(5);
		assertThat(dossier.at("/trend/previous30Days").asInt()).isEqualTo(4);
		assertThat(dossier.get("rootCause").asText()).contains("jargon");
		assertThat(dossier.at("/proposals/0/oneOffCost").decimalValue()).isEqualByComparingTo("12000");
		assertThat(dossier.at("/proposals/0/recurringCost").decimalValue()).isEqualByComparingTo("1500.50");
		assertThat(dossier.at("/proposals/0/decision").asText()).isEqualTo("DEFER");
		assertThat(dossier.at("/proposals/1/decision").isTextual()).isFalse();

		HttpHeaders headers = new HttpHeaders();
		headers.setAccept(List.of(MediaType.parseMediaType("text/csv")));
		ResponseEntity<byte[]> csv = this.http.withBasicAuth("committee", "committee-pw")
			.exchange("/api/committee/sessions/" + session + "/pack", HttpMethod.GET, new HttpEntity<>(headers),
					byte[].class);
		ResponseEntity<byte[]> csvByParameter = this.http.withBasicAuth("analyst", "analyst-pw")
			.getForEntity("/api/committee/sessions/" + session + "/pack?format=csv", byte[].class);

		assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv").contains("UTF-8");
		assertThat(csvByParameter.getBody()).isEqualTo(csv.getBody());
		String text = new String(csv.getBody(), StandardCharsets.UTF_8).replace("\uFEFF", "");
		String[] lines = text.split("\r\n");
		assertThat(lines).hasSize(3);
		assertThat(lines[0]).startsWith("session_id,held_on,dossier_id,dossier_title,status");
		assertThat(lines[1]).contains(",\"Décompte, \"\"acompte\"\" et délai\",ON_AGENDA,")
			.contains(",12000.00,1500.50,30.00,Facturation; Communication,DEFER,")
			.contains("5.20,2,2.4,5,12,4");
		assertThat(lines[2]).contains(",0.00,0.00,10.00,");
	}

	@Test
	void unknownSessionOrDossierGets404() {
		assertThat(get("committee", "/api/committee/sessions/999999").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(get("committee", "/api/dossiers/999999/committee").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	private DossierId proposedDossier(String title) {
		DossierId id = this.data.assignedDossier(title, "owner", AT);
		this.data.voiceAt(id, AT.minusSeconds(3600));
		this.data.voiceAt(id, AT.minusSeconds(7200));
		assertThat(writeAnalysis("owner", id).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(post("owner", "/api/dossiers/" + id + "/analysis/submit", null).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		return id;
	}

	private DossierId approvedDossier(String title) {
		DossierId id = proposedDossier(title);
		long session = createSession();
		post("committee", "/api/committee/sessions/" + session + "/agenda", Map.of("dossierId", id.value()));
		List<Long> proposals = currentProposals(id);
		post("committee", "/api/committee/sessions/" + session + "/decisions",
				Map.of("decisions", List.of(
						Map.of("proposalId", proposals.get(0), "decision", "APPROVE", "rationale", "Oui",
								"approvedBudget", 9000),
						Map.of("proposalId", proposals.get(1), "decision", "DEFER", "rationale", "Plus tard"))));
		assertThat(this.dossiers.get(id).status()).isEqualTo(DossierStatus.APPROVED);
		return id;
	}

	private long createSession() {
		ResponseEntity<JsonNode> session = post("committee", "/api/committee/sessions", Map.of("heldOn", "2026-11-20",
				"title", "Comité WOCAS de novembre", "members", List.of("committee", "cfo")));
		assertThat(session.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		return session.getBody().get("id").asLong();
	}

	private List<Long> currentProposals(DossierId id) {
		return this.jdbc.sql("select id from proposal where dossier_id = ? and retired_at is null order by ordinal")
			.param(id.value())
			.query(Long.class)
			.list();
	}

	private ResponseEntity<JsonNode> writeAnalysis(String user, DossierId id) {
		return put(user, "/api/dossiers/" + id + "/analysis",
				Map.of("rootCause", "Le décompte mélange acomptes et consommation; le jargon n'est pas expliqué",
						"proposals",
						List.of(Map.of("description", "Réécrire le décompte en langage clair", "oneOffCost", 12000,
								"recurringCost", 1500.5, "expectedReduction", 30, "departments",
								List.of("Facturation", "Communication")),
								Map.of("description", "Ajouter une page d'aide, avec le numéro", "oneOffCost", 0,
										"recurringCost", 0, "expectedReduction", 10, "departments", List.of("Web")))));
	}

	private ResponseEntity<JsonNode> get(String user, String path) {
		return this.http.withBasicAuth(user, user + "-pw").getForEntity(path, JsonNode.class);
	}

	private ResponseEntity<JsonNode> post(String user, String path, Object body) {
		return this.http.withBasicAuth(user, user + "-pw").postForEntity(path, body, JsonNode.class);
	}

	private ResponseEntity<JsonNode> put(String user, String path, Object body) {
		return this.http.withBasicAuth(user, user + "-pw")
			.exchange(path, HttpMethod.PUT, new HttpEntity<>(body), JsonNode.class);
	}

	private ResponseEntity<JsonNode> patch(String user, String path, Object body) {
		return this.http.withBasicAuth(user, user + "-pw")
			.exchange(path, HttpMethod.PATCH, new HttpEntity<>(body), JsonNode.class);
	}

	/**
	 * Records the milestones published, and whether each was published inside a
	 * transaction.
	 */
	static class Milestones {

		final List<DossierMilestone> events = new CopyOnWriteArrayList<>();

		final List<Boolean> inTransaction = new CopyOnWriteArrayList<>();

		@EventListener
		void on(DossierMilestone event) {
			if (event.milestone() != DossierMilestone.Milestone.ASSIGNED) {
				this.events.add(event);
				this.inTransaction.add(TransactionSynchronizationManager.isActualTransactionActive());
			}
		}

	}

	@TestConfiguration
	static class MilestoneRecorder {

		@Bean
		Milestones milestones() {
			return new Milestones();
		}

	}

}
