package io.wocas.bridge.committee;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.wocas.bridge.dossier.DossierId;
import io.wocas.bridge.dossier.DossierMilestone;
import io.wocas.bridge.dossier.DossierStatus;
import io.wocas.bridge.dossier.DossierWork;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * What the committee does: hold sessions, put proposed or deferred dossiers on the
 * agenda, decide on each proposal, write minutes. Once every proposal of an agenda
 * dossier is decided the dossier takes the outcome ({@link Decision#outcomeOf}) and a
 * {@link DossierMilestone} DECIDED is published in the same transaction, so the CRM
 * write-back it causes commits with the decision.
 */
@Service
public class CommitteeWork {

	private final Analyses analyses;

	private final CommitteeSessions sessions;

	private final DossierMoves moves;

	private final DossierWork work;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CommitteeWork(Analyses analyses, CommitteeSessions sessions, DossierMoves moves, DossierWork work,
			ApplicationEventPublisher events, Optional<Clock> clock) {
		this.analyses = analyses;
		this.sessions = sessions;
		this.moves = moves;
		this.work = work;
		this.events = events;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	public CommitteeSession createSession(LocalDate heldOn, String title, List<String> members, String by) {
		if (heldOn == null) {
			throw new IllegalArgumentException("a session needs a date");
		}
		List<String> logins = (members != null) ? members.stream()
			.filter((member) -> member != null && !member.isBlank())
			.map(String::strip)
			.distinct()
			.toList() : List.of();
		if (logins.isEmpty()) {
			throw new IllegalArgumentException("a session needs at least one member");
		}
		return this.work.run(() -> this.sessions.get(this.sessions.create(heldOn,
				(title != null && !title.isBlank()) ? title.strip() : null, logins, by, this.clock.instant())));
	}

	/**
	 * Puts a PROPOSED or DEFERRED dossier on the agenda; it moves to ON_AGENDA.
	 */
	public CommitteeSession addToAgenda(long sessionId, DossierId dossierId, String by) {
		return this.work.run(() -> {
			CommitteeSession session = this.sessions.get(sessionId);
			if (session.agendaItem(dossierId.value()).isPresent()) {
				throw new IllegalStateException(
						"dossier " + dossierId + " is already on the agenda of session " + sessionId);
			}
			Instant now = this.clock.instant();
			this.moves.advance(dossierId, DossierStatus.ON_AGENDA, now);
			if (this.analyses.currentProposals(dossierId.value()).isEmpty()) {
				throw new IllegalStateException("dossier " + dossierId + " has no proposal to decide on");
			}
			this.sessions.addToAgenda(sessionId, dossierId.value(), by, now);
			return this.sessions.get(sessionId);
		});
	}

	/**
	 * Records decisions on proposals of dossiers on this session's agenda. A dossier
	 * whose proposals are now all decided takes its outcome.
	 * @return the dossiers that were decided by this call, with their new status
	 */
	public Map<Long, DossierStatus> decide(long sessionId, List<DecisionCommand> commands, String by) {
		if (commands == null || commands.isEmpty()) {
			throw new IllegalArgumentException("no decision given");
		}
		return this.work.run(() -> {
			Instant now = this.clock.instant();
			CommitteeSession session = this.sessions.get(sessionId);
			Set<Long> proposalIds = new LinkedHashSet<>();
			Set<Long> touched = new LinkedHashSet<>();
			for (DecisionCommand command : commands) {
				if (!proposalIds.add(command.proposalId())) {
					throw new IllegalArgumentException("proposal " + command.proposalId() + " is decided twice");
				}
				Proposal proposal = this.analyses.proposal(command.proposalId())
					.orElseThrow(() -> new io.wocas.bridge.NotFoundException("no proposal " + command.proposalId()));
				checkDecidable(session, proposal);
				this.sessions.saveDecision(sessionId, proposal, command, by, now);
				touched.add(proposal.dossierId());
			}
			Map<Long, DossierStatus> decided = new java.util.LinkedHashMap<>();
			for (long dossierId : touched) {
				outcome(sessionId, dossierId, now).ifPresent((status) -> decided.put(dossierId, status));
			}
			return decided;
		});
	}

	private void checkDecidable(CommitteeSession session, Proposal proposal) {
		CommitteeSession.AgendaItem item = session.agendaItem(proposal.dossierId())
			.orElseThrow(() -> new IllegalStateException("proposal " + proposal.id() + " belongs to dossier "
					+ proposal.dossierId() + ", which is not on the agenda of session " + session.id()));
		if (item.isDecided()) {
			throw new IllegalStateException(
					"dossier " + proposal.dossierId() + " was already decided in session " + session.id());
		}
		if (!proposal.isCurrent()) {
			throw new IllegalStateException("proposal " + proposal.id() + " was replaced by the owner");
		}
		boolean already = this.sessions.decisionsOfSession(session.id())
			.stream()
			.anyMatch((decision) -> decision.proposalId() == proposal.id());
		if (already) {
			throw new IllegalStateException(
					"proposal " + proposal.id() + " is already decided in session " + session.id());
		}
	}

	private Optional<DossierStatus> outcome(long sessionId, long dossierId, Instant now) {
		List<Proposal> proposals = this.analyses.currentProposals(dossierId);
		Map<Long, ProposalDecision> decisions = this.sessions.decisionsOfSession(sessionId)
			.stream()
			.filter((decision) -> decision.dossierId() == dossierId)
			.collect(Collectors.toMap(ProposalDecision::proposalId, Function.identity()));
		if (!proposals.stream().allMatch((proposal) -> decisions.containsKey(proposal.id()))) {
			return Optional.empty();
		}
		List<Decision> taken = new ArrayList<>();
		List<String> lines = new ArrayList<>();
		for (Proposal proposal : proposals) {
			ProposalDecision decision = decisions.get(proposal.id());
			taken.add(decision.decision());
			lines.add(summaryOf(proposal, decision));
		}
		DossierStatus status = Decision.outcomeOf(taken);
		DossierId id = new DossierId(dossierId);
		this.moves.advance(id, status, now);
		this.sessions.decided(sessionId, dossierId, status, now);
		this.events.publishEvent(new DossierMilestone(id, DossierMilestone.Milestone.DECIDED, now,
				oneLine(status + ": " + String.join("; ", lines))));
		return Optional.of(status);
	}

	private static String summaryOf(Proposal proposal, ProposalDecision decision) {
		String budget = (decision.approvedBudget() != null)
				? " (budget " + decision.approvedBudget().toPlainString() + ")" : "";
		return "\"" + proposal.description() + "\" " + decision.decision().pastTense() + budget + ": "
				+ decision.rationale();
	}

	static String oneLine(String text) {
		String line = text.replaceAll("\\s+", " ").strip();
		return (line.length() > 1000) ? line.substring(0, 997) + "..." : line;
	}

	public CommitteeSession recordMinutes(long sessionId, String minutes, String by) {
		if (minutes == null || minutes.isBlank()) {
			throw new IllegalArgumentException("minutes must not be blank");
		}
		return this.work.run(() -> {
			this.sessions.get(sessionId);
			this.sessions.saveMinutes(sessionId, minutes.strip(), by, this.clock.instant());
			return this.sessions.get(sessionId);
		});
	}

}
