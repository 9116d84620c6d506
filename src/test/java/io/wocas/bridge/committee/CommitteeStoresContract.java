package io.wocas.bridge.committee;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.wocas.bridge.committee.verification.VerificationFigures;
import io.wocas.bridge.committee.verification.VerificationOutcome;
import io.wocas.bridge.committee.verification.Verifications;
import io.wocas.bridge.dossier.DossierId;
import io.wocas.bridge.dossier.DossierStatus;
import io.wocas.bridge.dossier.DossierVoices;
import io.wocas.bridge.dossier.Dossiers;
import io.wocas.bridge.voice.Voices;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the committee stores keep, run against each supported database by a subclass:
 * money to the cent, dates, department lists, and proposals that survive a rewrite once
 * decided.
 */
@SpringBootTest(properties = { "wocas.grouping.interval=1h", "wocas.verification.interval=1h" })
@ActiveProfiles("test")
@Transactional
abstract class CommitteeStoresContract {

	static final Instant AT = Instant.parse("2026-11-02T08:00:00Z");

	@Autowired
	Analyses analyses;

	@Autowired
	CommitteeSessions sessions;

	@Autowired
	ActionPlans plans;

	@Autowired
	Verifications verifications;

	@Autowired
	Dossiers dossiers;

	@Autowired
	DossierVoices links;

	@Autowired
	Voices voices;

	@Test
	void proposalsKeepTheirCostsAndADecidedProposalIsRetiredNotDeletedOnRewrite() {
		DossierId id = dossier();
		this.analyses.saveRootCause(id.value(), "Jargon", "owner", AT);
		this.analyses
			.replaceProposals(id.value(),
					List.of(new ProposalDraft("Réécrire le décompte", new BigDecimal("12345.678"),
							new BigDecimal("99.5"), new BigDecimal("33.3"), List.of("Facturation", "Communication"))),
					AT);
		Proposal decided = this.analyses.currentProposals(id.value()).get(0);
		long session = this.sessions.create(LocalDate.of(2026, 11, 20), "Comité", List.of("committee", "cfo"),
				"committee", AT);
		this.sessions.addToAgenda(session, id.value(), "committee", AT);
		this.sessions.saveDecision(session, decided,
				new DecisionCommand(decided.id(), Decision.APPROVE, "Oui", new BigDecimal("10000.005")), "committee",
				AT);
		this.sessions.decided(session, id.value(), DossierStatus.APPROVED, AT);

		this.analyses.replaceProposals(id.value(), List
			.of(new ProposalDraft("Page d'aide", BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.TEN, List.of("Web"))),
				AT.plusSeconds(60));

		assertThat(decided.oneOffCost()).isEqualByComparingTo("12345.68");
		assertThat(decided.recurringCost()).isEqualByComparingTo("99.50");
		assertThat(decided.expectedReduction()).isEqualByComparingTo("33.30");
		assertThat(decided.departments()).containsExactly("Facturation", "Communication");
		assertThat(this.analyses.currentProposals(id.value())).extracting(Proposal::description)
			.containsExactly("Page d'aide");
		assertThat(this.analyses.allProposals(id.value())).hasSize(2)
			.filteredOn((proposal) -> proposal.id() == decided.id())
			.singleElement()
			.satisfies((proposal) -> assertThat(proposal.retiredAt()).isEqualTo(AT.plusSeconds(60)));
		CommitteeSession stored = this.sessions.get(session);
		assertThat(stored.heldOn()).isEqualTo(LocalDate.of(2026, 11, 20));
		assertThat(stored.members()).containsExactly("cfo", "committee");
		assertThat(stored.agenda()).singleElement().satisfies((item) -> {
			assertThat(item.ordinal()).isEqualTo(1);
			assertThat(item.outcome()).isEqualTo(DossierStatus.APPROVED);
		});
		assertThat(this.sessions.decisionsOfDossier(id.value())).singleElement()
			.satisfies((decision) -> assertThat(decision.approvedBudget()).isEqualByComparingTo("10000.01"));
	}

	@Test
	void tasksProgressResolutionsAndVerificationFiguresAreStored() {
		DossierId id = dossier();
		long taskId = this.plans.addTask(id.value(), null, "Nouveau modèle", "analyst", LocalDate.of(2026, 12, 15),
				"owner", AT);
		this.plans.addProgress(id.value(), "Modèle validé", 60, "owner", AT);
		long resolution = this.plans.addResolution(id.value(), "Modèle en production", "owner", AT);
		this.verifications.save(new VerificationFigures(resolution, id.value(), AT, Duration.ofDays(14), 13, 9,
				new BigDecimal("0.9286"), new BigDecimal("1.0000"), new BigDecimal("9.0000"),
				VerificationOutcome.WATCHING, AT.plus(Duration.ofDays(5))));
		this.verifications.save(new VerificationFigures(resolution, id.value(), AT, Duration.ofDays(14), 13, 9,
				new BigDecimal("0.9286"), new BigDecimal("1.0000"), new BigDecimal("9.0000"),
				VerificationOutcome.REOPENED, AT.plus(Duration.ofDays(9))));

		assertThat(this.plans.task(taskId)).hasValueSatisfying((task) -> {
			assertThat(task.dueOn()).isEqualTo(LocalDate.of(2026, 12, 15));
			assertThat(task.status()).isEqualTo(TaskStatus.TODO);
			assertThat(task.proposalId()).isNull();
		});
		assertThat(this.plans.progressOf(id.value())).extracting(ProgressUpdate::percent).containsExactly(60);
		assertThat(this.plans.resolutionsOf(id.value())).extracting(Resolution::resolvedAt).containsExactly(AT);
		assertThat(this.verifications.of(id.value())).singleElement().satisfies((figures) -> {
			assertThat(figures.outcome()).isEqualTo(VerificationOutcome.REOPENED);
			assertThat(figures.window()).isEqualTo(Duration.ofDays(14));
			assertThat(figures.beforePerDay()).isEqualByComparingTo("0.9286");
			assertThat(figures.checkedAt()).isEqualTo(AT.plus(Duration.ofDays(9)));
		});
	}

	private DossierId dossier() {
		return new CommitteeTestData(this.dossiers, this.links, this.voices).assignedDossier("Décompte annuel", "owner",
				AT);
	}

}
