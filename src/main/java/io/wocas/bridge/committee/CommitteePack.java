package io.wocas.bridge.committee;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wocas.bridge.dossier.Dossier;
import io.wocas.bridge.dossier.DossierId;
import io.wocas.bridge.dossier.DossierStatus;
import io.wocas.bridge.dossier.DossierVoices;
import io.wocas.bridge.dossier.Dossiers;

import org.springframework.stereotype.Component;

/**
 * What the committee reads before and after a session: each agenda dossier with its
 * score, voice count and trend, the owner's root cause, and the proposals with their
 * costs and the decisions taken in this session.
 */
@Component
public class CommitteePack {

	private final CommitteeSessions sessions;

	private final Dossiers dossiers;

	private final DossierVoices voices;

	private final Analyses analyses;

	private final ObjectMapper json;

	CommitteePack(CommitteeSessions sessions, Dossiers dossiers, DossierVoices voices, Analyses analyses,
			ObjectMapper json) {
		this.sessions = sessions;
		this.dossiers = dossiers;
		this.voices = voices;
		this.analyses = analyses;
		this.json = json;
	}

	public Pack of(long sessionId) {
		CommitteeSession session = this.sessions.get(sessionId);
		Map<Long, ProposalDecision> decisions = this.sessions.decisionsOfSession(sessionId)
			.stream()
			.collect(Collectors.toMap(ProposalDecision::proposalId, Function.identity()));
		List<AgendaDossier> agenda = session.agenda().stream().map((item) -> {
			Dossier dossier = this.dossiers.get(new DossierId(item.dossierId()));
			List<PackProposal> proposals = this.analyses.allProposals(item.dossierId())
				.stream()
				.filter((proposal) -> proposal.isCurrent() || decisions.containsKey(proposal.id()))
				.sorted(Comparator.comparingLong(Proposal::id))
				.map((proposal) -> PackProposal.of(proposal, decisions.get(proposal.id())))
				.toList();
			return new AgendaDossier(item.dossierId(), dossier.title(), dossier.status(), item.outcome(),
					dossier.owner().orElse(null), dossier.priorityScore(), this.voices.countOf(item.dossierId()),
					trend(dossier), this.analyses.find(item.dossierId()).map(Analysis::rootCause).orElse(null),
					proposals);
		}).toList();
		return new Pack(new Session(session.id(), session.heldOn(), session.title(), session.minutes()),
				session.members(), agenda);
	}

	private Trend trend(Dossier dossier) {
		return dossier.scoreParts().map((parts) -> {
			try {
				JsonNode node = this.json.readTree(parts);
				return new Trend(number(node, "trend"), integer(node, "last7Days"), integer(node, "last30Days"),
						integer(node, "previous30Days"));
			}
			catch (JsonProcessingException ex) {
				return null;
			}
		}).orElse(new Trend(null, null, null, null));
	}

	private static Double number(JsonNode node, String field) {
		return (node.hasNonNull(field)) ? node.get(field).asDouble() : null;
	}

	private static Integer integer(JsonNode node, String field) {
		return (node.hasNonNull(field)) ? node.get(field).asInt() : null;
	}

	/**
	 * The pack of one session.
	 */
	public record Pack(Session session, List<String> members, List<AgendaDossier> agenda) {

		/**
		 * Every proposal on the agenda with its dossier, in agenda order; a dossier
		 * without proposals appears once, with none.
		 */
		public List<Row> rows() {
			return this.agenda.stream()
				.flatMap((dossier) -> dossier.proposals().isEmpty() ? Stream.of(new Row(dossier, null))
						: dossier.proposals().stream().map((proposal) -> new Row(dossier, proposal)))
				.toList();
		}

	}

	/**
	 * One line of the pack: a proposal (or none) of an agenda dossier.
	 */
	public record Row(AgendaDossier dossier, PackProposal proposal) {

	}

	public record Session(long id, LocalDate heldOn, String title, String minutes) {

	}

	/**
	 * @param outcome the dossier's status once this session decided it, else null
	 */
	public record AgendaDossier(long dossierId, String title, DossierStatus status, DossierStatus outcome, String owner,
			double priorityScore, long voiceCount, Trend trend, String rootCause, List<PackProposal> proposals) {

	}

	/**
	 * The recent rate of voices against the rate before (from the priority score).
	 */
	public record Trend(Double trend, Integer last7Days, Integer last30Days, Integer previous30Days) {

	}

	public record PackProposal(long id, String description, BigDecimal oneOffCost, BigDecimal recurringCost,
			BigDecimal expectedReduction, List<String> departments, Decision decision, String rationale,
			BigDecimal approvedBudget) {

		static PackProposal of(Proposal proposal, ProposalDecision decision) {
			return new PackProposal(proposal.id(), proposal.description(), proposal.oneOffCost(),
					proposal.recurringCost(), proposal.expectedReduction(), proposal.departments(),
					(decision != null) ? decision.decision() : null, (decision != null) ? decision.rationale() : null,
					(decision != null) ? decision.approvedBudget() : null);
		}

	}

}
