package io.wocas.bridge.voice;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Command to capture a voice from a source item. Intake adapters (mail, Salesforce, REST)
 * build it at the edge; it validates itself so that the domain never sees a half-formed
 * item. The text may still hold customer data: {@link VoiceCapture} redacts it before
 * anything is stored.
 *
 * @param source where the item comes from; unique per voice
 * @param kind the kind of source item
 * @param adviser the CRM user id or mail address of the adviser who raised it
 * @param subject subject line, if any
 * @param text the raw text (note, comment, mail body)
 * @param caseId the CRM case the item belongs to, if any
 * @param recordUrl a link back to the source record, if any
 * @param customerRef CRM contact or account id, never raw customer details
 * @param sourceCreatedAt when the item was created in its source system
 * @param attachments attachments seen on the item (content never kept)
 * @param declared tags stated explicitly by the caller (the REST API), which win over
 * detection
 */
public record CaptureVoice(SourceRef source, SourceKind kind, String adviser, String subject, String text,
		String caseId, String recordUrl, String customerRef, Instant sourceCreatedAt, List<Attachment> attachments,
		DeclaredTags declared) {

	public CaptureVoice {
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(kind, "kind");
		if (adviser == null || adviser.isBlank()) {
			throw new IllegalArgumentException("adviser must not be blank");
		}
		if (text == null) {
			text = "";
		}
		if (text.isBlank() && (subject == null || subject.isBlank())) {
			throw new IllegalArgumentException("text must not be blank");
		}
		attachments = (attachments != null) ? List.copyOf(attachments) : List.of();
		declared = (declared != null) ? declared : DeclaredTags.NONE;
	}

	public static Builder from(SourceRef source, SourceKind kind) {
		return new Builder(source, kind);
	}

	/**
	 * Tags the caller states explicitly. A manual capture is a voice whatever its text
	 * says.
	 */
	public record DeclaredTags(boolean manual, Severity severity, Frequency frequency, List<String> reasonCodes,
			Language language) {

		public static final DeclaredTags NONE = new DeclaredTags(false, null, null, List.of(), null);

		public DeclaredTags {
			reasonCodes = (reasonCodes != null) ? List.copyOf(reasonCodes) : List.of();
		}

	}

	/**
	 * Builds a command field by field; the record's constructor still validates.
	 */
	public static final class Builder {

		private final SourceRef source;

		private final SourceKind kind;

		private String adviser;

		private String subject;

		private String text;

		private String caseId;

		private String recordUrl;

		private String customerRef;

		private Instant sourceCreatedAt;

		private List<Attachment> attachments = List.of();

		private DeclaredTags declared = DeclaredTags.NONE;

		private Builder(SourceRef source, SourceKind kind) {
			this.source = source;
			this.kind = kind;
		}

		public Builder adviser(String adviser) {
			this.adviser = adviser;
			return this;
		}

		public Builder subject(String subject) {
			this.subject = subject;
			return this;
		}

		public Builder text(String text) {
			this.text = text;
			return this;
		}

		public Builder caseId(String caseId) {
			this.caseId = caseId;
			return this;
		}

		public Builder recordUrl(String recordUrl) {
			this.recordUrl = recordUrl;
			return this;
		}

		public Builder customerRef(String customerRef) {
			this.customerRef = customerRef;
			return this;
		}

		public Builder sourceCreatedAt(Instant sourceCreatedAt) {
			this.sourceCreatedAt = sourceCreatedAt;
			return this;
		}

		public Builder attachments(List<Attachment> attachments) {
			this.attachments = attachments;
			return this;
		}

		public Builder declared(DeclaredTags declared) {
			this.declared = declared;
			return this;
		}

		public CaptureVoice build() {
			return new CaptureVoice(this.source, this.kind, this.adviser, this.subject, this.text, this.caseId,
					this.recordUrl, this.customerRef, this.sourceCreatedAt, this.attachments, this.declared);
		}

	}

}
