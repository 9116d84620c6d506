package io.wocas.bridge.dossier.web;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wocas.bridge.dossier.AnalystOperation;
import io.wocas.bridge.dossier.AnalystOperations;
import io.wocas.bridge.dossier.Dossier;
import io.wocas.bridge.dossier.DossierId;
import io.wocas.bridge.dossier.DossierQueries;
import io.wocas.bridge.dossier.DossierStatus;
import io.wocas.bridge.dossier.DossierVoiceLink;
import io.wocas.bridge.dossier.DossierVoices;
import io.wocas.bridge.dossier.Dossiers;
import io.wocas.bridge.dossier.grouping.Candidate;
import io.wocas.bridge.dossier.grouping.GroupingIndex;
import io.wocas.bridge.web.PageResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Dossiers for analysts, owners and the committee: lists, details with the score's parts
 * and the voices with why they are there, duplicate suggestions, and the analyst
 * operations with their audit trail.
 */
@RestController
@RequestMapping("/api")
class DossierController {

	private static final int MAX_PAGE_SIZE = 200;

	private final Dossiers dossiers;

	private final DossierVoices links;

	private final DossierQueries queries;

	private final AnalystOperations operations;

	private final GroupingIndex index;

	private final ObjectMapper json;

	DossierController(Dossiers dossiers, DossierVoices links, DossierQueries queries, AnalystOperations operations,
			GroupingIndex index, ObjectMapper json) {
		this.dossiers = dossiers;
		this.links = links;
		this.queries = queries;
		this.operations = operations;
		this.index = index;
		this.json = json;
	}

	@GetMapping("/dossiers")
	PageResponse<DossierQueries.Summary> list(@RequestParam(required = false) DossierStatus status,
			@RequestParam(required = false) String reasonCode, @RequestParam(required = false) Boolean priority,
			@RequestParam(defaultValue = "score") String sort, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"page must be >= 0 and size between 1 and " + MAX_PAGE_SIZE);
		}
		DossierQueries.Page result = this.queries.list(new DossierQueries.Filter(status, reasonCode, priority, false),
				sort, page, size);
		return PageResponse.of(new PageImpl<>(result.content(), PageRequest.of(page, size), result.total()));
	}

	@GetMapping("/dossiers/{id}")
	DossierDetail get(@PathVariable long id) {
		Dossier dossier = this.dossiers.get(new DossierId(id));
		List<DossierVoiceLink> voices = this.links.linksOf(id);
		return new DossierDetail(id, dossier.title(), dossier.status(), dossier.primaryReason().orElse(null),
				dossier.owner().orElse(null), dossier.isPriority(), dossier.priorityScore(), scoreParts(dossier),
				voices.stream().map(DossierVoiceLink::voiceId).toList(), voices,
				dossier.mergedInto().map(DossierId::value).orElse(null), dossier.createdAt(), dossier.updatedAt(),
				dossier.lastVoiceAt().orElse(null));
	}

	@GetMapping("/dossiers/{id}/duplicates")
	List<Candidate> duplicates(@PathVariable long id, @RequestParam(defaultValue = "0.35") double minScore) {
		this.dossiers.get(new DossierId(id));
		return this.index.similarDossiers(id, 5, minScore);
	}

	@GetMapping("/dossiers/{id}/history")
	List<AnalystOperation> history(@PathVariable long id) {
		this.dossiers.get(new DossierId(id));
		return this.operations.history(id, 200);
	}

	@GetMapping("/operations")
	List<AnalystOperation> operations(@RequestParam(defaultValue = "100") int limit) {
		return this.operations.history(null, Math.min(Math.max(limit, 1), 1000));
	}

	@PostMapping("/dossiers/{id}/merge")
	@ResponseStatus(HttpStatus.CREATED)
	OperationDone merge(@PathVariable long id, @Valid @RequestBody MergeRequest request, Authentication analyst) {
		return done(this.operations.merge(new DossierId(id), new DossierId(request.into()), analyst.getName(),
				request.reason()));
	}

	@PostMapping("/dossiers/{id}/split")
	@ResponseStatus(HttpStatus.CREATED)
	OperationDone split(@PathVariable long id, @Valid @RequestBody SplitRequest request, Authentication analyst) {
		return done(this.operations.split(new DossierId(id), request.voiceIds(), request.title(), analyst.getName(),
				request.reason()));
	}

	@PostMapping("/dossiers/{id}/rename")
	@ResponseStatus(HttpStatus.CREATED)
	OperationDone rename(@PathVariable long id, @Valid @RequestBody RenameRequest request, Authentication analyst) {
		return done(this.operations.rename(new DossierId(id), request.title(), analyst.getName(), request.reason()));
	}

	@PostMapping("/dossiers/{id}/owner")
	@ResponseStatus(HttpStatus.CREATED)
	OperationDone reassign(@PathVariable long id, @Valid @RequestBody OwnerRequest request, Authentication analyst) {
		return done(this.operations.reassign(new DossierId(id), request.owner(), analyst.getName(), request.reason()));
	}

	@PostMapping("/voices/{voiceId}/move")
	@ResponseStatus(HttpStatus.CREATED)
	OperationDone move(@PathVariable long voiceId, @Valid @RequestBody MoveRequest request, Authentication analyst) {
		return done(this.operations.moveVoice(voiceId, new DossierId(request.from()), new DossierId(request.to()),
				analyst.getName(), request.reason()));
	}

	@PostMapping("/voices/{voiceId}/reject")
	@ResponseStatus(HttpStatus.CREATED)
	OperationDone reject(@PathVariable long voiceId, @Valid @RequestBody RejectRequest request,
			Authentication analyst) {
		return done(this.operations.rejectVoice(voiceId, analyst.getName(), request.reason()));
	}

	@PostMapping("/operations/{operationId}/undo")
	@ResponseStatus(HttpStatus.CREATED)
	OperationDone undo(@PathVariable long operationId, @RequestBody(required = false) UndoRequest request,
			Authentication analyst) {
		return done(this.operations.undo(operationId, analyst.getName(), (request != null) ? request.reason() : null));
	}

	private OperationDone done(long operationId) {
		return this.operations.history(null, 50)
			.stream()
			.filter((op) -> op.id() == operationId)
			.findFirst()
			.map((op) -> new OperationDone(op.id(), op.kind().name(), op.dossierIds()))
			.orElse(new OperationDone(operationId, null, null));
	}

	private JsonNode scoreParts(Dossier dossier) {
		try {
			return (dossier.scoreParts().isPresent()) ? this.json.readTree(dossier.scoreParts().get())
					: this.json.createObjectNode();
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			return this.json.valueToTree(Map.of("unreadable", true));
		}
	}

	record DossierDetail(long id, String title, DossierStatus status, String primaryReason, String owner,
			boolean priority, double priorityScore, JsonNode scoreParts, List<Long> voiceIds,
			List<DossierVoiceLink> voices, Long mergedInto, java.time.Instant createdAt, java.time.Instant updatedAt,
			java.time.Instant lastVoiceAt) {

	}

	record OperationDone(long operationId, String kind, String dossierIds) {

	}

	record MergeRequest(@NotNull Long into, @Size(max = 1000) String reason) {

	}

	record SplitRequest(@NotEmpty List<Long> voiceIds, @NotBlank @Size(max = 300) String title,
			@Size(max = 1000) String reason) {

	}

	record RenameRequest(@NotBlank @Size(max = 300) String title, @Size(max = 1000) String reason) {

	}

	record OwnerRequest(@NotBlank @Size(max = 255) String owner, @Size(max = 1000) String reason) {

	}

	record MoveRequest(@NotNull Long from, @NotNull Long to, @Size(max = 1000) String reason) {

	}

	record RejectRequest(@NotBlank @Size(max = 1000) String reason) {

	}

	record UndoRequest(@Size(max = 1000) String reason) {

	}

}
