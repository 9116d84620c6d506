package io.wocas.bridge.committee.verification;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The rate of new voices of a dossier before and after its resolution, and what it says.
 * The window before is always complete; the window after is what has been observed so far
 * (at most the window).
 *
 * @param resolutionId the resolution measured
 * @param dossierId the dossier
 * @param resolvedAt when it was resolved
 * @param window the length of each window
 * @param beforeCount voices raised in the window before the resolution
 * @param afterCount voices raised since the resolution, within the window
 * @param beforePerDay voices per day before
 * @param afterPerDay voices per day after, over the days observed
 * @param observedDays days observed after the resolution
 * @param outcome the conclusion
 * @param checkedAt when
 */
public record VerificationFigures(long resolutionId, long dossierId, Instant resolvedAt, Duration window,
		int beforeCount, int afterCount, BigDecimal beforePerDay, BigDecimal afterPerDay, BigDecimal observedDays,
		VerificationOutcome outcome, Instant checkedAt) {

	private static final double SECONDS_PER_DAY = 86_400.0;

	/**
	 * Measures and judges. Reopens when, after the minimum observation time, at least
	 * {@code minNewVoices} came and the rate after reached {@code reopenAtPercent} of the
	 * rate before; verifies once the window has elapsed without that; watches otherwise.
	 */
	public static VerificationFigures measure(long resolutionId, long dossierId, Instant resolvedAt,
			List<Instant> raisedAt, Instant now, VerificationSettings settings) {
		Duration window = settings.window();
		Instant beforeStart = resolvedAt.minus(window);
		Instant afterEnd = now.isBefore(resolvedAt.plus(window)) ? now : resolvedAt.plus(window);
		int before = (int) raisedAt.stream()
			.filter((at) -> !at.isBefore(beforeStart) && at.isBefore(resolvedAt))
			.count();
		int after = (int) raisedAt.stream().filter((at) -> !at.isBefore(resolvedAt) && at.isBefore(afterEnd)).count();
		double windowDays = window.toSeconds() / SECONDS_PER_DAY;
		double observedDays = Math.max(0, Duration.between(resolvedAt, afterEnd).toSeconds() / SECONDS_PER_DAY);
		double beforeRate = before / windowDays;
		double afterRate = (observedDays > 0) ? after / observedDays : 0;
		Duration elapsed = Duration.between(resolvedAt, now);
		VerificationOutcome outcome;
		if (elapsed.compareTo(settings.minObservation()) >= 0 && after >= settings.minNewVoices()
				&& afterRate >= beforeRate * settings.reopenAtPercent() / 100) {
			outcome = VerificationOutcome.REOPENED;
		}
		else if (elapsed.compareTo(window) >= 0) {
			outcome = VerificationOutcome.VERIFIED;
		}
		else {
			outcome = VerificationOutcome.WATCHING;
		}
		return new VerificationFigures(resolutionId, dossierId, resolvedAt, window, before, after, scaled(beforeRate),
				scaled(afterRate), scaled(observedDays), outcome, now);
	}

	/**
	 * The figures in one line, for the advisers and the owner.
	 */
	public String summary() {
		return String.format(Locale.ROOT,
				"%s/day (%d voices) in the %d days before the resolution of %s, %s/day (%d voices) in the %s days since",
				this.beforePerDay.toPlainString(), this.beforeCount, this.window.toDays(), this.resolvedAt,
				this.afterPerDay.toPlainString(), this.afterCount,
				this.observedDays.stripTrailingZeros().toPlainString());
	}

	private static BigDecimal scaled(double value) {
		return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
	}

}
