package io.wocas.bridge.committee.verification;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import io.wocas.bridge.committee.ActionWork;
import io.wocas.bridge.committee.Analyses;
import io.wocas.bridge.committee.CommitteeTestData;
import io.wocas.bridge.committee.CommitteeWork;
import io.wocas.bridge.committee.Decision;
import io.wocas.bridge.committee.DecisionCommand;
import io.wocas.bridge.committee.OwnerAnalysis;
import io.wocas.bridge.committee.ProposalDraft;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Did the fix work? Resolved dossiers are checked against the rate of their voices before
 * and after the resolution; the product's clock is fixed at the resolution and the checks
 * are run at chosen times.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "wocas.grouping.interval=1h", "wocas.verification.interval=1h", "wocas.verification.window=14d",
				"wocas.verification.min-observation=7d", "wocas.verification.reopen-at-percent=50",
				"wocas.verification.min-new-voices=3", "wocas.owners.people.owner.name=Eva Peeters",
				"wocas.owners.people.owner.email=owner@hydrobel.example", "wocas.owners.people.owner.language=fr" })
@ActiveProfiles("test")
class ResolutionCheckIT {

	static final Instant RESOLVED_AT = Instant.parse("2026-11-20T09:00:00Z");

	@Autowired
	ResolutionCheck check;

	@Autowired
	OwnerAnalysis analysis;

	@Autowired
	Analyses analyses;

	@Autowired
	CommitteeWork committee;

	@Autowired
	ActionWork actions;

	@Autowired
	Dossiers dossiers;

	@Autowired
	DossierVoices links;

	@Autowired
	Voices voices;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestRestTemplate http;

	@Autowired
	Reopenings reopenings;

	CommitteeTestData data;

	@BeforeEach
	void setUp() {
		this.data = new CommitteeTestData(this.dossiers, this.links, this.voices);
	}

	@Test
	void aResolvedDossierWhoseVoicesKeepComingIsReopenedWithBeforeAndAfterFigures() {
		DossierId id = resolvedDossier("Facture d'acompte trop élevée", 13);
		for (int day = 0; day < 9; day++) {
			this.data.voiceAt(id, RESOLVED_AT.plus(Duration.ofDays(day)).plus(Duration.ofHours(1)));
		}

		this.check.checkResolved(RESOLVED_AT.plus(Duration.ofDays(5)));
		assertThat(this.dossiers.get(id).status()).isEqualTo(DossierStatus.RESOLVED);
		this.check.checkResolved(RESOLVED_AT.plus(Duration.ofDays(9)));

		assertThat(this.dossiers.get(id).status()).isEqualTo(DossierStatus.REOPENED);
		JsonNode figures = this.http.withBasicAuth("owner", "owner-pw")
			.getForObject("/api/dossiers/" + id + "/committee", JsonNode.class)
			.get("verification");
		assertThat(figures.get("outcome").asText()).isEqualTo("REOPENED");
		assertThat(figures.get("beforeCount").asInt()).isEqualTo(13);
		assertThat(figures.get("afterCount").asInt()).isEqualTo(9);
		assertThat(figures.get("beforePerDay").decimalValue()).isEqualByComparingTo("0.9286");
		assertThat(figures.get("afterPerDay").decimalValue()).isEqualByComparingTo("1.0000");
		assertThat(figures.get("observedDays").decimalValue()).isEqualByComparingTo("9");
		assertThat(Instant.parse(figures.get("checkedAt").asText())).isEqualTo(RESOLVED_AT.plus(Duration.ofDays(9)));
		assertThat(Instant.parse(figures.get("resolvedAt").asText())).isEqualTo(RESOLVED_AT);
		assertThat(this.reopenings.events).filteredOn((event) -> event.dossierId().equals(id))
			.singleElement()
			.satisfies((event) -> assertThat(event.summary()).contains("0.9286/day (13 voices)")
				.contains("1.0000/day (9 voices)"));
		String mail = this.jdbc.sql("select payload from outbox where kind = 'MAIL' and idempotency_key like ?")
			.param("dossier-" + id + "-reopened-%")
			.query(String.class)
			.single();
		assertThat(mail).contains("owner@hydrobel.example").contains("rouvert").contains("13 voices");
	}

	@Test
	void aResolvedDossierWhoseVoicesStoppedIsVerified() {
		DossierId id = resolvedDossier("Relevé de compteur non pris en compte", 13);
		this.data.voiceAt(id, RESOLVED_AT.plus(Duration.ofDays(2)));

		this.check.checkResolved(RESOLVED_AT.plus(Duration.ofDays(10)));
		assertThat(this.dossiers.get(id).status()).isEqualTo(DossierStatus.RESOLVED);
		this.check.checkResolved(RESOLVED_AT.plus(Duration.ofDays(15)));

		assertThat(this.dossiers.get(id).status()).isEqualTo(DossierStatus.VERIFIED);
		JsonNode figures = this.http.withBasicAuth("analyst", "analyst-pw")
			.getForObject("/api/dossiers/" + id + "/committee", JsonNode.class)
			.get("verification");
		assertThat(figures.get("outcome").asText()).isEqualTo("VERIFIED");
		assertThat(figures.get("beforeCount").asInt()).isEqualTo(13);
		assertThat(figures.get("afterCount").asInt()).isEqualTo(1);
		assertThat(figures.get("observedDays").decimalValue()).isEqualByComparingTo("14");
		assertThat(this.reopenings.events).noneMatch((event) -> event.dossierId().equals(id));
	}

	private DossierId resolvedDossier(String title, int voicesBefore) {
		DossierId id = this.data.assignedDossier(title, "owner", RESOLVED_AT.minus(Duration.ofDays(30)));
		for (int day = 1; day <= voicesBefore; day++) {
			this.data.voiceAt(id, RESOLVED_AT.minus(Duration.ofDays(day)));
		}
		this.analysis.write(id, "Estimation sur une consommation ancienne",
				List.of(new ProposalDraft("Recalculer l'acompte après relevé", new BigDecimal("5000"), BigDecimal.ZERO,
						new BigDecimal("40"), List.of("Facturation"))),
				"owner");
		this.analysis.submit(id, "owner");
		long session = this.committee.createSession(LocalDate.of(2026, 11, 10), null, List.of("committee"), "committee")
			.id();
		this.committee.addToAgenda(session, id, "committee");
		long proposal = this.analyses.currentProposals(id.value()).get(0).id();
		this.committee.decide(session,
				List.of(new DecisionCommand(proposal, Decision.APPROVE, "Simple et efficace", new BigDecimal("5000"))),
				"committee");
		this.actions.startWork(id);
		this.actions.resolve(id, "L'acompte est recalculé après chaque relevé", "owner");
		return id;
	}

	static class Reopenings {

		final List<DossierMilestone> events = new CopyOnWriteArrayList<>();

		@EventListener
		void on(DossierMilestone event) {
			if (event.milestone() == DossierMilestone.Milestone.REOPENED) {
				this.events.add(event);
			}
		}

	}

	@TestConfiguration
	static class FixedClock {

		@Bean
		Clock clock() {
			return Clock.fixed(RESOLVED_AT, ZoneOffset.UTC);
		}

		@Bean
		Reopenings reopenings() {
			return new Reopenings();
		}

	}

}
