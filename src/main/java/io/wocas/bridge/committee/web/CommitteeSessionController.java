package io.wocas.bridge.committee.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.wocas.bridge.committee.CommitteePack;
import io.wocas.bridge.committee.CommitteeSession;
import io.wocas.bridge.committee.CommitteeSessions;
import io.wocas.bridge.committee.CommitteeWork;
import io.wocas.bridge.committee.Decision;
import io.wocas.bridge.committee.DecisionCommand;
import io.wocas.bridge.committee.ProposalDecision;
import io.wocas.bridge.dossier.DossierId;
import io.wocas.bridge.dossier.DossierStatus;
import io.wocas.bridge.security.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Committee sessions: creating them, their agenda, the decisions on each proposal, the
 * minutes, and the pack the committee reads (JSON or CSV).
 */
@RestController
@RequestMapping("/api/committee/sessions")
class CommitteeSessionController {

	static final MediaType TEXT_CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

	private final CommitteeWork work;

	private final CommitteeSessions sessions;

	private final CommitteePack pack;

	private final CommitteeAccess access;

	CommitteeSessionController(CommitteeWork work, CommitteeSessions sessions, CommitteePack pack,
			CommitteeAccess access) {
		this.work = work;
		this.sessions = sessions;
		this.pack = pack;
		this.access = access;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	SessionView create(@Valid @RequestBody SessionRequest request, Authentication user) {
		this.access.requireAny(user, Role.COMMITTEE, Role.ANALYST);
		return view(this.work.createSession(request.heldOn(), request.title(), request.members(), user.getName()));
	}

	@GetMapping
	List<SessionView> list(@RequestParam(defaultValue = "50") int limit, Authentication user) {
		readers(user);
		return this.sessions.recent(Math.min(Math.max(limit, 1), 500)).stream().map(this::view).toList();
	}

	@GetMapping("/{id}")
	SessionView get(@PathVariable long id, Authentication user) {
		readers(user);
		return view(this.sessions.get(id));
	}

	@PostMapping("/{id}/agenda")
	SessionView addToAgenda(@PathVariable long id, @Valid @RequestBody AgendaRequest request, Authentication user) {
		this.access.requireAny(user, Role.COMMITTEE, Role.ANALYST);
		return view(this.work.addToAgenda(id, new DossierId(request.dossierId()), user.getName()));
	}

	@PostMapping("/{id}/decisions")
	DecisionsDone decide(@PathVariable long id, @Valid @RequestBody DecisionsRequest request, Authentication user) {
		this.access.requireAny(user, Role.COMMITTEE);
		Map<Long, DossierStatus> decided = this.work.decide(id,
				request.decisions()
					.stream()
					.map((decision) -> new DecisionCommand(decision.proposalId(), decision.decision(),
							decision.rationale(), decision.approvedBudget()))
					.toList(),
				user.getName());
		return new DecisionsDone(decided, view(this.sessions.get(id)));
	}

	@PutMapping("/{id}/minutes")
	SessionView minutes(@PathVariable long id, @Valid @RequestBody MinutesRequest request, Authentication user) {
		this.access.requireAny(user, Role.COMMITTEE);
		return view(this.work.recordMinutes(id, request.minutes(), user.getName()));
	}

	/**
	 * The pack as JSON, or as CSV with {@code Accept: text/csv} or {@code ?format=csv}.
	 */
	@GetMapping("/{id}/pack")
	ResponseEntity<?> pack(@PathVariable long id, @RequestParam(required = false) String format,
			@RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, Authentication user) {
		readers(user);
		CommitteePack.Pack content = this.pack.of(id);
		boolean csv = "csv".equalsIgnoreCase(format) || (format == null && accept != null
				&& MediaType.parseMediaTypes(accept)
					.stream()
					.anyMatch((type) -> type.isCompatibleWith(TEXT_CSV) && !type.isWildcardType()));
		if (format != null && !csv && !"json".equalsIgnoreCase(format)) {
			throw new IllegalArgumentException("format must be json or csv");
		}
		if (!csv) {
			return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(content);
		}
		return ResponseEntity.ok()
			.contentType(TEXT_CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("committee-session-" + id + ".csv").build().toString())
			.body(PackCsv.write(content));
	}

	private void readers(Authentication user) {
		this.access.requireAny(user, Role.COMMITTEE, Role.ANALYST, Role.OWNER, Role.OPS);
	}

	private SessionView view(CommitteeSession session) {
		return new SessionView(session.id(), session.heldOn(), session.title(), session.members(), session.agenda(),
				this.sessions.decisionsOfSession(session.id()), session.minutes(), session.minutesBy(),
				session.minutesAt(), session.createdBy(), session.createdAt());
	}

	record SessionView(long id, LocalDate heldOn, String title, List<String> members,
			List<CommitteeSession.AgendaItem> agenda, List<ProposalDecision> decisions, String minutes,
			String minutesBy, java.time.Instant minutesAt, String createdBy, java.time.Instant createdAt) {

	}

	record DecisionsDone(Map<Long, DossierStatus> decidedDossiers, SessionView session) {

	}

	record SessionRequest(@NotNull LocalDate heldOn, @Size(max = 300) String title,
			@NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 255) String> members) {

	}

	record AgendaRequest(@NotNull Long dossierId) {

	}

	record DecisionsRequest(@NotEmpty @Size(max = 100) List<@Valid @NotNull DecisionRequest> decisions) {

	}

	record DecisionRequest(@NotNull Long proposalId, @NotNull Decision decision,
			@NotBlank @Size(max = 4000) String rationale,
			@PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal approvedBudget) {

	}

	record MinutesRequest(@NotBlank @Size(max = 50000) String minutes) {

	}

}
