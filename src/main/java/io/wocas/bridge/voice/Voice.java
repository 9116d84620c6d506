package io.wocas.bridge.voice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A customer voice: a problem or remark that customers keep raising, as captured by an
 * adviser. The text is stored only after customer data has been redacted; the customer is
 * known only by a CRM id. A voice is created once per source item and is immutable
 * afterwards, except for what analysts decide about it later.
 */
@Table("voice")
public class Voice {

	@Id
	private Long id;

	@Version
	private Integer version;

	private final String sourceSystem;

	private final String sourceRecordId;

	private final SourceKind sourceKind;

	private final String caseId;

	private final String recordUrl;

	private final String adviser;

	private final String customerRef;

	private final Language language;

	private final String subject;

	private final String text;

	private final Integer severity;

	private final Frequency frequency;

	private final TaggedBy taggedBy;

	private final double tagConfidence;

	private final String tagWarnings;

	@MappedCollection(idColumn = "voice_id")
	private final Set<ReasonCodeRef> reasonCodes;

	@MappedCollection(idColumn = "voice_id", keyColumn = "position")
	private final List<Attachment> attachments;

	private final Instant capturedAt;

	private final Instant sourceCreatedAt;

	private Instant rejectedAt;

	private String rejectedBy;

	private String rejectedReason;

	@PersistenceCreator
	Voice(Long id, Integer version, String sourceSystem, String sourceRecordId, SourceKind sourceKind, String caseId,
			String recordUrl, String adviser, String customerRef, Language language, String subject, String text,
			Integer severity, Frequency frequency, TaggedBy taggedBy, double tagConfidence, String tagWarnings,
			Set<ReasonCodeRef> reasonCodes, List<Attachment> attachments, Instant capturedAt, Instant sourceCreatedAt) {
		this.id = id;
		this.version = version;
		this.sourceSystem = sourceSystem;
		this.sourceRecordId = sourceRecordId;
		this.sourceKind = sourceKind;
		this.caseId = caseId;
		this.recordUrl = recordUrl;
		this.adviser = adviser;
		this.customerRef = customerRef;
		this.language = language;
		this.subject = subject;
		this.text = text;
		this.severity = severity;
		this.frequency = frequency;
		this.taggedBy = taggedBy;
		this.tagConfidence = tagConfidence;
		this.tagWarnings = tagWarnings;
		this.reasonCodes = (reasonCodes != null) ? new LinkedHashSet<>(reasonCodes) : new LinkedHashSet<>();
		this.attachments = (attachments != null) ? new ArrayList<>(attachments) : new ArrayList<>();
		this.capturedAt = capturedAt;
		this.sourceCreatedAt = sourceCreatedAt;
	}

	/**
	 * Creates a new voice from already redacted content. Callers go through
	 * {@link VoiceCapture}, which redacts and tags.
	 */
	static Voice capture(SourceRef source, SourceKind kind, String caseId, String recordUrl, String adviser,
			String customerRef, Language language, String redactedSubject, String redactedText, Severity severity,
			Frequency frequency, TaggedBy taggedBy, double confidence, List<String> warnings, List<String> reasonCodes,
			List<Attachment> attachments, Instant capturedAt, Instant sourceCreatedAt) {
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(kind, "source kind");
		Objects.requireNonNull(language, "language");
		Objects.requireNonNull(taggedBy, "taggedBy");
		Objects.requireNonNull(capturedAt, "capturedAt");
		if (adviser == null || adviser.isBlank()) {
			throw new IllegalArgumentException("a voice needs the adviser who raised it");
		}
		if (redactedText == null || redactedText.isBlank()) {
			throw new IllegalArgumentException("a voice needs a text");
		}
		Set<ReasonCodeRef> codes = new LinkedHashSet<>();
		reasonCodes.forEach((code) -> codes.add(new ReasonCodeRef(code)));
		String joinedWarnings = warnings.isEmpty() ? null : String.join("; ", warnings);
		return new Voice(null, null, source.system(), source.recordId(), kind, caseId, recordUrl, adviser, customerRef,
				language, redactedSubject, redactedText, (severity != null) ? severity.level() : null, frequency,
				taggedBy, confidence, joinedWarnings, codes, attachments, capturedAt, sourceCreatedAt);
	}

	public VoiceId id() {
		return (this.id != null) ? new VoiceId(this.id) : null;
	}

	public SourceRef source() {
		return new SourceRef(this.sourceSystem, this.sourceRecordId);
	}

	public SourceKind sourceKind() {
		return this.sourceKind;
	}

	public Optional<String> caseId() {
		return Optional.ofNullable(this.caseId);
	}

	public Optional<String> recordUrl() {
		return Optional.ofNullable(this.recordUrl);
	}

	public String adviser() {
		return this.adviser;
	}

	public Optional<String> customerRef() {
		return Optional.ofNullable(this.customerRef);
	}

	public Language language() {
		return this.language;
	}

	public Optional<String> subject() {
		return Optional.ofNullable(this.subject);
	}

	public String text() {
		return this.text;
	}

	public Optional<Severity> severity() {
		return Optional.ofNullable(this.severity).map(Severity::new);
	}

	public Optional<Frequency> frequency() {
		return Optional.ofNullable(this.frequency);
	}

	public TaggedBy taggedBy() {
		return this.taggedBy;
	}

	public double tagConfidence() {
		return this.tagConfidence;
	}

	public List<String> tagWarnings() {
		return (this.tagWarnings != null) ? List.of(this.tagWarnings.split("; ")) : List.of();
	}

	public List<String> reasonCodes() {
		return this.reasonCodes.stream().map(ReasonCodeRef::code).toList();
	}

	public List<Attachment> attachments() {
		return List.copyOf(this.attachments);
	}

	public Instant capturedAt() {
		return this.capturedAt;
	}

	public Optional<Instant> sourceCreatedAt() {
		return Optional.ofNullable(this.sourceCreatedAt);
	}

	public boolean isRejected() {
		return this.rejectedAt != null;
	}

	public Optional<String> rejectedReason() {
		return Optional.ofNullable(this.rejectedReason);
	}

	/**
	 * An analyst decides the item is not a voice after all; it leaves every dossier.
	 */
	public void reject(String analyst, String reason, Instant at) {
		if (isRejected()) {
			throw new IllegalStateException("voice " + this.id + " is already rejected");
		}
		this.rejectedAt = at;
		this.rejectedBy = analyst;
		this.rejectedReason = reason;
	}

	/**
	 * Reverses {@link #reject}.
	 */
	public void restore() {
		if (!isRejected()) {
			throw new IllegalStateException("voice " + this.id + " is not rejected");
		}
		this.rejectedAt = null;
		this.rejectedBy = null;
		this.rejectedReason = null;
	}

}
