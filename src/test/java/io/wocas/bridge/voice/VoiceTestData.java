package io.wocas.bridge.voice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds voices for tests:
 * {@code VoiceTestData.aVoice().inDutch().withReason("BILL-ANNUAL").build()}.
 */
public final class VoiceTestData {

	private static long sequence;

	private String system = "salesforce:test";

	private String recordId = "00a5g00000TST" + String.format("%05d", ++sequence);

	private SourceKind kind = SourceKind.CASE_COMMENT;

	private String adviser = "0055g00000ADV01AAA";

	private Language language = Language.FR;

	private String text = "#WOCAS sev:3 Le client ne comprend pas son décompte annuel";

	private Integer severity = 3;

	private Frequency frequency = Frequency.WEEKLY;

	private final List<String> reasons = new ArrayList<>(List.of("BILL-ANNUAL"));

	private final List<Attachment> attachments = new ArrayList<>();

	private Instant capturedAt = Instant.parse("2026-11-02T08:00:00Z");

	private String caseId = "5005g00000CAS01AAA";

	private VoiceTestData() {
	}

	public static VoiceTestData aVoice() {
		return new VoiceTestData();
	}

	public VoiceTestData from(String system, String recordId) {
		this.system = system;
		this.recordId = recordId;
		return this;
	}

	public VoiceTestData ofKind(SourceKind kind) {
		this.kind = kind;
		return this;
	}

	public VoiceTestData by(String adviser) {
		this.adviser = adviser;
		return this;
	}

	public VoiceTestData inDutch() {
		this.language = Language.NL;
		this.text = "#WOCAS sev:2 Klant begrijpt de jaarafrekening niet";
		this.severity = 2;
		return this;
	}

	public VoiceTestData saying(String text) {
		this.text = text;
		return this;
	}

	public VoiceTestData withSeverity(Integer severity) {
		this.severity = severity;
		return this;
	}

	public VoiceTestData withReason(String code) {
		this.reasons.clear();
		this.reasons.add(code);
		return this;
	}

	public VoiceTestData withReasons(String... codes) {
		this.reasons.clear();
		this.reasons.addAll(List.of(codes));
		return this;
	}

	public VoiceTestData withAttachment(String name, long size) {
		this.attachments.add(new Attachment(name, "application/pdf", size));
		return this;
	}

	public VoiceTestData onCase(String caseId) {
		this.caseId = caseId;
		return this;
	}

	public VoiceTestData capturedAt(Instant at) {
		this.capturedAt = at;
		return this;
	}

	public Voice build() {
		return Voice.capture(new SourceRef(this.system, this.recordId), this.kind, this.caseId, null, this.adviser,
				"0035g00000CON01AAA", this.language, null, this.text,
				(this.severity != null) ? new Severity(this.severity) : null, this.frequency, TaggedBy.MARKER, 1.0,
				List.of(), this.reasons, this.attachments, this.capturedAt, this.capturedAt.minusSeconds(60));
	}

}
