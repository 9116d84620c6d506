package io.wocas.bridge.committee;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.wocas.bridge.crm.DossierOutcomes;

import org.springframework.stereotype.Component;

/**
 * What the committee decided for a dossier and how its actions progress, for the CRM
 * record: the latest session's decisions in one line, the budget approved, the latest due
 * date of the open tasks, and the owner's last progress update.
 */
@Component
class CommitteeOutcomes implements DossierOutcomes {

	private final CommitteeSessions sessions;

	private final Analyses analyses;

	private final ActionPlans plans;

	CommitteeOutcomes(CommitteeSessions sessions, Analyses analyses, ActionPlans plans) {
		this.sessions = sessions;
		this.analyses = analyses;
		this.plans = plans;
	}

	@Override
	public Optional<Outcome> of(long dossierId) {
		List<ProposalDecision> decisions = this.sessions.decisionsOfDossier(dossierId);
		List<ActionTask> tasks = this.plans.tasksOf(dossierId);
		List<ProgressUpdate> progress = this.plans.progressOf(dossierId);
		if (decisions.isEmpty() && tasks.isEmpty() && progress.isEmpty()) {
			return Optional.empty();
		}
		String decision = null;
		BigDecimal approved = null;
		if (!decisions.isEmpty()) {
			long lastSession = decisions.get(decisions.size() - 1).sessionId();
			List<ProposalDecision> latest = decisions.stream().filter((d) -> d.sessionId() == lastSession).toList();
			Map<Long, Proposal> proposals = this.analyses.allProposals(dossierId)
				.stream()
				.collect(Collectors.toMap(Proposal::id, Function.identity()));
			decision = CommitteeWork.oneLine(latest.stream()
				.map((d) -> d.decision().pastTense() + " \""
						+ Optional.ofNullable(proposals.get(d.proposalId())).map(Proposal::description).orElse("?")
						+ "\": " + d.rationale())
				.collect(Collectors.joining("; ")));
			approved = decisions.stream()
				.map(ProposalDecision::approvedBudget)
				.filter(Objects::nonNull)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
		}
		LocalDate due = tasks.stream()
			.filter((task) -> task.status() != TaskStatus.DONE)
			.map(ActionTask::dueOn)
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElse(null);
		String last = progress.isEmpty() ? null : progress.get(progress.size() - 1).percent() + "% "
				+ CommitteeWork.oneLine(progress.get(progress.size() - 1).text());
		return Optional.of(new Outcome(decision, approved, due, last));
	}

}
