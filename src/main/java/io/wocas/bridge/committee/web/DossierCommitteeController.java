package io.wocas.bridge.committee.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.wocas.bridge.committee.ActionPlans;
import io.wocas.bridge.committee.ActionTask;
import io.wocas.bridge.committee.ActionWork;
import io.wocas.bridge.committee.Analyses;
import io.wocas.bridge.committee.Analysis;
import io.wocas.bridge.committee.CommitteeSessions;
import io.wocas.bridge.committee.Decision;
import io.wocas.bridge.committee.OwnerAnalysis;
import io.wocas.bridge.committee.ProgressUpdate;
import io.wocas.bridge.committee.Proposal;
import io.wocas.bridge.committee.ProposalDecision;
import io.wocas.bridge.committee.ProposalDraft;
import io.wocas.bridge.committee.Resolution;
import io.wocas.bridge.committee.TaskChange;
import io.wocas.bridge.committee.TaskStatus;
import io.wocas.bridge.committee.verification.VerificationFigures;
import io.wocas.bridge.committee.verification.Verifications;
import io.wocas.bridge.dossier.Dossier;
import io.wocas.bridge.dossier.DossierId;
import io.wocas.bridge.dossier.DossierStatus;
import io.wocas.bridge.dossier.Dossiers;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A dossier's side of the committee workflow: the owner's analysis and proposals, the
 * action plan, progress, resolution, and everything the committee decided and the product
 * measured about it.
 */
@RestController
@RequestMapping("/api/dossiers/{id}")
class DossierCommitteeController {

	private final Dossiers dossiers;

	private final OwnerAnalysis analysis;

	private final Analyses analyses;

	private final CommitteeSessions sessions;

	private final ActionWork actions;

	private final ActionPlans plans;

	private final Verifications verifications;

	private final CommitteeAccess access;

	DossierCommitteeController(Dossiers dossiers, OwnerAnalysis analysis, Analyses analyses, CommitteeSessions sessions,
			ActionWork actions, ActionPlans plans, Verifications verifications, CommitteeAccess access) {
		this.dossiers = dossiers;
		this.analysis = analysis;
		this.analyses = analyses;
		this.sessions = sessions;
		this.actions = actions;
		this.plans = plans;
		this.verifications = verifications;
		this.access = access;
	}

	@PutMapping("/analysis")
	CommitteeView writeAnalysis(@PathVariable long id, @Valid @RequestBody AnalysisRequest request,
			Authentication user) {
		DossierId dossierId = ownedOrAnalysed(id, user);
		this.analysis.write(dossierId, request.rootCause(),
				request.proposals().stream().map(ProposalRequest::draft).toList(), user.getName());
		return view(id);
	}

	@PostMapping("/analysis/start")
	CommitteeView startAnalysis(@PathVariable long id, Authentication user) {
		this.analysis.start(ownedOrAnalysed(id, user), user.getName());
		return view(id);
	}

	@PostMapping("/analysis/submit")
	CommitteeView submitAnalysis(@PathVariable long id, Authentication user) {
		this.analysis.submit(ownedOrAnalysed(id, user), user.getName());
		return view(id);
	}

	@PostMapping("/actions")
	@ResponseStatus(HttpStatus.CREATED)
	ActionTask addTask(@PathVariable long id, @Valid @RequestBody TaskRequest request, Authentication user) {
		return this.actions.addTask(ownedOrAnalysed(id, user), request.proposalId(), request.title(),
				request.assignee(), request.dueOn(), user.getName());
	}

	@PatchMapping("/actions/{taskId}")
	ActionTask changeTask(@PathVariable long id, @PathVariable long taskId, @Valid @RequestBody TaskPatch request,
			Authentication user) {
		DossierId dossierId = new DossierId(id);
		Dossier dossier = this.dossiers.get(dossierId);
		ActionTask task = this.actions.task(dossierId, taskId);
		if (!this.access.isOwnerOrAnalyst(dossier, user) && !task.assignee().equals(user.getName())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN,
					"only the owner of dossier " + id + ", an analyst or the task's assignee may change it");
		}
		return this.actions.changeTask(dossierId, taskId,
				new TaskChange(request.title(), request.assignee(), request.dueOn(), request.status()), user.getName());
	}

	@PostMapping("/progress")
	@ResponseStatus(HttpStatus.CREATED)
	ProgressUpdate postProgress(@PathVariable long id, @Valid @RequestBody ProgressRequest request,
			Authentication user) {
		return this.actions.postProgress(ownedOrAnalysed(id, user), request.text(), request.percent(), user.getName());
	}

	@PostMapping("/start-work")
	CommitteeView startWork(@PathVariable long id, Authentication user) {
		this.actions.startWork(ownedOrAnalysed(id, user));
		return view(id);
	}

	@PostMapping("/resolve")
	CommitteeView resolve(@PathVariable long id, @Valid @RequestBody ResolveRequest request, Authentication user) {
		this.actions.resolve(ownedOrAnalysed(id, user), request.summary(), user.getName());
		return view(id);
	}

	@GetMapping("/committee")
	CommitteeView committee(@PathVariable long id) {
		return view(id);
	}

	private DossierId ownedOrAnalysed(long id, Authentication user) {
		DossierId dossierId = new DossierId(id);
		this.access.requireOwnerOrAnalyst(this.dossiers.get(dossierId), user);
		return dossierId;
	}

	private CommitteeView view(long id) {
		Dossier dossier = this.dossiers.get(new DossierId(id));
		Analysis analysis = this.analyses.find(id).orElse(null);
		List<ProposalDecision> decisions = this.sessions.decisionsOfDossier(id);
		Map<Long, List<ProposalDecision>> byProposal = decisions.stream()
			.collect(Collectors.groupingBy(ProposalDecision::proposalId));
		List<ProposalView> proposals = this.analyses.allProposals(id)
			.stream()
			.filter((proposal) -> proposal.isCurrent() || byProposal.containsKey(proposal.id()))
			.map((proposal) -> ProposalView.of(proposal, byProposal.getOrDefault(proposal.id(), List.of())))
			.toList();
		List<Resolution> resolutions = this.plans.resolutionsOf(id);
		return new CommitteeView(id, dossier.title(), dossier.status(), dossier.owner().orElse(null),
				(analysis != null) ? analysis.rootCause() : null, analysis, proposals, this.plans.tasksOf(id),
				this.plans.progressOf(id), resolutions, this.verifications.latest(id).orElse(null),
				this.verifications.of(id));
	}

	/**
	 * The committee side of a dossier. {@code verification} holds the latest before/after
	 * figures; {@code verifications} those of every resolution.
	 */
	record CommitteeView(long dossierId, String title, DossierStatus status, String owner, String rootCause,
			Analysis analysis, List<ProposalView> proposals, List<ActionTask> actions, List<ProgressUpdate> progress,
			List<Resolution> resolutions, VerificationFigures verification, List<VerificationFigures> verifications) {

	}

	record ProposalView(long id, int ordinal, String description, BigDecimal oneOffCost, BigDecimal recurringCost,
			BigDecimal expectedReduction, List<String> departments, boolean current, Decision decision,
			String rationale, BigDecimal approvedBudget, List<ProposalDecision> decisions) {

		static ProposalView of(Proposal proposal, List<ProposalDecision> decisions) {
			ProposalDecision last = decisions.isEmpty() ? null : decisions.get(decisions.size() - 1);
			return new ProposalView(proposal.id(), proposal.ordinal(), proposal.description(), proposal.oneOffCost(),
					proposal.recurringCost(), proposal.expectedReduction(), proposal.departments(),
					proposal.isCurrent(), (last != null) ? last.decision() : null,
					(last != null) ? last.rationale() : null, (last != null) ? last.approvedBudget() : null, decisions);
		}

	}

	record AnalysisRequest(@Size(max = 10000) String rootCause,
			@NotNull @Size(max = 20) List<@Valid @NotNull ProposalRequest> proposals) {

	}

	record ProposalRequest(@NotBlank @Size(max = 4000) String description,
			@NotNull @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal oneOffCost,
			@NotNull @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal recurringCost,
			@NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal expectedReduction,
			@NotEmpty @Size(max = 8) List<@NotBlank @Size(max = 100) String> departments) {

		ProposalDraft draft() {
			return new ProposalDraft(this.description, this.oneOffCost, this.recurringCost, this.expectedReduction,
					this.departments);
		}

	}

	record TaskRequest(@NotBlank @Size(max = 500) String title, @NotBlank @Size(max = 255) String assignee,
			LocalDate dueOn, Long proposalId) {

	}

	record TaskPatch(@Size(min = 1, max = 500) String title, @Size(min = 1, max = 255) String assignee, LocalDate dueOn,
			TaskStatus status) {

	}

	record ProgressRequest(@NotBlank @Size(max = 4000) String text, @NotNull @Min(0) @Max(100) Integer percent) {

	}

	record ResolveRequest(@NotBlank @Size(max = 4000) String summary) {

	}

}
