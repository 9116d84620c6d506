package io.wocas.bridge.voice.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * JSON body of {@code POST /api/voices}.
 */
record VoiceRequest(@NotBlank @Size(max = 30000) String text, @Size(max = 255) String adviser,
		@NotBlank @Size(max = 100) String source, @NotBlank @Size(max = 255) String sourceId,
		@Min(1) @Max(4) Integer severity,
		@Pattern(regexp = "(?i)daily|weekly|monthly|rare",
				message = "must be one of daily, weekly, monthly, rare") String frequency,
		@Pattern(regexp = "[A-Z0-9][A-Z0-9_-]{0,59}",
				message = "must be a reason code of the taxonomy, e.g. BILL-ANNUAL") String reasonCode,
		@Pattern(regexp = "[A-Za-z0-9]{15,18}", message = "must be a Salesforce Case id") String caseId,
		@Pattern(regexp = "(?i)fr|nl|en|other", message = "must be one of fr, nl, en, other") String language) {

}
