package io.wocas.bridge.committee.verification;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VerificationFiguresTest {

	static final Instant RESOLVED = Instant.parse("2026-11-01T12:00:00Z");

	static final VerificationSettings SETTINGS = new VerificationSettings(Duration.ofDays(14), Duration.ofDays(7), 50,
			3, Duration.ofHours(1));

	@Test
	void voicesStillComingAtHalfTheRateAfterTheMinimumObservationReopen() {
		List<Instant> raised = new ArrayList<>(everyDay(RESOLVED.minus(Duration.ofDays(14)), 14));
		raised.addAll(everyDay(RESOLVED.plus(Duration.ofHours(1)), 8));

		VerificationFigures figures = VerificationFigures.measure(7, 3, RESOLVED, raised,
				RESOLVED.plus(Duration.ofDays(8)), SETTINGS);

		assertThat(figures.outcome()).isEqualTo(VerificationOutcome.REOPENED);
		assertThat(figures.beforeCount()).isEqualTo(14);
		assertThat(figures.afterCount()).isEqualTo(8);
		assertThat(figures.beforePerDay()).isEqualByComparingTo(BigDecimal.ONE);
		assertThat(figures.afterPerDay()).isEqualByComparingTo(BigDecimal.ONE);
		assertThat(figures.observedDays()).isEqualByComparingTo("8");
	}

	@Test
	void nothingIsDecidedBeforeTheMinimumObservationTime() {
		List<Instant> raised = everyDay(RESOLVED.plus(Duration.ofHours(1)), 5);

		VerificationFigures figures = VerificationFigures.measure(7, 3, RESOLVED, raised,
				RESOLVED.plus(Duration.ofDays(5)), SETTINGS);

		assertThat(figures.outcome()).isEqualTo(VerificationOutcome.WATCHING);
	}

	@Test
	void tooFewNewVoicesDoNotReopenEvenAboveTheRate() {
		List<Instant> raised = List.of(RESOLVED.plus(Duration.ofDays(1)), RESOLVED.plus(Duration.ofDays(2)));

		VerificationFigures figures = VerificationFigures.measure(7, 3, RESOLVED, raised,
				RESOLVED.plus(Duration.ofDays(14)), SETTINGS);

		assertThat(figures.outcome()).isEqualTo(VerificationOutcome.VERIFIED);
	}

	@Test
	void aQuietWindowAfterTheFixVerifies() {
		List<Instant> raised = new ArrayList<>(everyDay(RESOLVED.minus(Duration.ofDays(14)), 14));
		raised.add(RESOLVED.plus(Duration.ofDays(3)));

		VerificationFigures figures = VerificationFigures.measure(7, 3, RESOLVED, raised,
				RESOLVED.plus(Duration.ofDays(20)), SETTINGS);

		assertThat(figures.outcome()).isEqualTo(VerificationOutcome.VERIFIED);
		assertThat(figures.afterCount()).isEqualTo(1);
		assertThat(figures.observedDays()).isEqualByComparingTo("14");
	}

	static List<Instant> everyDay(Instant from, int days) {
		List<Instant> all = new ArrayList<>();
		for (int i = 0; i < days; i++) {
			all.add(from.plus(Duration.ofDays(i)));
		}
		return all;
	}

}
