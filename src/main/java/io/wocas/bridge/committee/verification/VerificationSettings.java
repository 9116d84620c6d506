package io.wocas.bridge.committee.verification;

import java.time.Duration;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the product checks that a fix worked.
 *
 * @param window how long before the resolution, and after it, the rates of new voices are
 * measured over
 * @param minObservation how long after the resolution before a dossier may be reopened
 * @param reopenAtPercent reopen when the rate after is at least this share of the rate
 * before, in percent...
 * @param minNewVoices ...and at least this many voices came after the resolution
 * @param interval how often resolved dossiers are checked
 */
@Validated
@ConfigurationProperties("wocas.verification")
public record VerificationSettings(@DefaultValue("14d") @NotNull Duration window,
		@DefaultValue("7d") @NotNull Duration minObservation,
		@DefaultValue("50") @DecimalMin("0.0") double reopenAtPercent,
		@DefaultValue("3") @PositiveOrZero int minNewVoices, @DefaultValue("1h") @NotNull Duration interval) {

	public VerificationSettings {
		if (window != null && (window.isNegative() || window.isZero())) {
			throw new IllegalArgumentException("wocas.verification.window must be positive");
		}
		if (minObservation != null && window != null && minObservation.compareTo(window) > 0) {
			throw new IllegalArgumentException("wocas.verification.min-observation must not exceed the window");
		}
	}

}
