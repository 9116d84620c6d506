package io.wocas.bridge.voice.web;

import java.net.URI;
import java.util.List;

import io.wocas.bridge.security.CurrentUser;
import io.wocas.bridge.security.Role;
import io.wocas.bridge.voice.CaptureOutcome;
import io.wocas.bridge.voice.CaptureVoice;
import io.wocas.bridge.voice.Frequency;
import io.wocas.bridge.voice.Language;
import io.wocas.bridge.voice.Severity;
import io.wocas.bridge.voice.SourceKind;
import io.wocas.bridge.voice.SourceRef;
import io.wocas.bridge.voice.Voice;
import io.wocas.bridge.voice.VoiceCapture;
import io.wocas.bridge.voice.VoiceMemberships;
import io.wocas.bridge.web.PageResponse;
import io.wocas.bridge.voice.Voices;
import jakarta.validation.Valid;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Manual capture and reading of voices. Capture is idempotent on (source, sourceId).
 * Advisers see only their own voices; analysts, owners, the committee and ops see all of
 * them.
 */
@RestController
@RequestMapping("/api/voices")
class VoiceController {

	private static final int MAX_PAGE_SIZE = 200;

	private final VoiceCapture capture;

	private final Voices voices;

	private final CurrentUser currentUser;

	private final VoiceMemberships memberships;

	VoiceController(VoiceCapture capture, Voices voices, CurrentUser currentUser, VoiceMemberships memberships) {
		this.capture = capture;
		this.voices = voices;
		this.currentUser = currentUser;
		this.memberships = memberships;
	}

	private VoiceResponse view(Voice voice) {
		return VoiceResponse.of(voice, this.memberships.dossierIdsOf(voice.id().value()));
	}

	@PostMapping
	ResponseEntity<VoiceResponse> capture(@Valid @RequestBody VoiceRequest request, Authentication caller) {
		String adviser = (request.adviser() != null && !request.adviser().isBlank()) ? request.adviser()
				: this.currentUser.adviserId(caller);
		if (onlyAdviser(caller) && !adviser.equals(this.currentUser.adviserId(caller))) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "an adviser captures voices in their own name");
		}
		CaptureVoice command = CaptureVoice.from(new SourceRef(request.source(), request.sourceId()), SourceKind.API)
			.adviser(adviser)
			.text(request.text())
			.caseId(request.caseId())
			.declared(new CaptureVoice.DeclaredTags(true,
					(request.severity() != null) ? new Severity(request.severity()) : null,
					(request.frequency() != null) ? Frequency.fromCode(request.frequency()) : null,
					(request.reasonCode() != null) ? List.of(request.reasonCode()) : List.of(),
					(request.language() != null) ? Language.fromCode(request.language()) : null))
			.build();
		CaptureOutcome outcome;
		try {
			outcome = this.capture.capture(command);
		}
		catch (RuntimeException ex) {
			if (!isDuplicateKey(ex)) {
				throw ex;
			}
			outcome = this.capture.capture(command);
		}
		if (outcome instanceof CaptureOutcome.Captured captured) {
			return ResponseEntity.created(URI.create("/api/voices/" + captured.voice().id()))
				.body(view(captured.voice()));
		}
		if (outcome instanceof CaptureOutcome.AlreadyCaptured existing) {
			return ResponseEntity.ok()
				.location(URI.create("/api/voices/" + existing.voice().id()))
				.body(view(existing.voice()));
		}
		throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_ENTITY,
				((CaptureOutcome.NotAVoice) outcome).reason());
	}

	@GetMapping
	PageResponse<VoiceResponse> list(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, Authentication caller) {
		if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"page must be >= 0 and size between 1 and " + MAX_PAGE_SIZE);
		}
		PageRequest request = PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "id"));
		Page<Voice> voices = onlyAdviser(caller)
				? this.voices.findAllByAdviser(this.currentUser.adviserId(caller), request)
				: this.voices.findAll(request);
		return PageResponse.of(voices.map(this::view));
	}

	@GetMapping("/{id}")
	VoiceResponse get(@PathVariable long id, Authentication caller) {
		Voice voice = this.voices.findById(id)
			.filter((found) -> !onlyAdviser(caller) || found.adviser().equals(this.currentUser.adviserId(caller)))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no voice " + id));
		return view(voice);
	}

	private static boolean isDuplicateKey(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof DuplicateKeyException) {
				return true;
			}
		}
		return false;
	}

	private boolean onlyAdviser(Authentication caller) {
		return this.currentUser.hasRole(caller, Role.ADVISER) && !this.currentUser.hasRole(caller, Role.ANALYST)
				&& !this.currentUser.hasRole(caller, Role.OWNER) && !this.currentUser.hasRole(caller, Role.COMMITTEE)
				&& !this.currentUser.hasRole(caller, Role.OPS);
	}

}
