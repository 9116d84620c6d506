package io.wocas.bridge.dossier.grouping;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class BCubedTest {

	@Test
	void tinyExampleMatchesTheHandComputedFigures() {
		// clusters {a,b} {c,d}; labels a,b,c = X, d = Y
		// precision: a 2/2, b 2/2, c 1/2, d 1/2 -> 0.75; recall: a 2/3, b 2/3, c 1/3, d
		// 1/1 -> 2/3
		BCubed.Result result = BCubed.evaluate(Map.of("a", 1, "b", 1, "c", 2, "d", 2),
				Map.of("a", "X", "b", "X", "c", "X", "d", "Y"));

		assertThat(result.precision()).isCloseTo(0.75, within(1e-9));
		assertThat(result.recall()).isCloseTo(2.0 / 3.0, within(1e-9));
		assertThat(result.f1()).isCloseTo(2 * 0.75 * (2.0 / 3.0) / (0.75 + 2.0 / 3.0), within(1e-9));
		assertThat(result.clusters()).isEqualTo(2);
	}

	@Test
	void perfectClusteringScoresOneAndSingletonsLoseRecall() {
		Map<String, String> labels = Map.of("a", "X", "b", "X", "c", "Y");

		assertThat(BCubed.evaluate(Map.of("a", 1, "b", 1, "c", 2), labels).f1()).isEqualTo(1.0);
		BCubed.Result singletons = BCubed.evaluate(Map.of("a", 1, "b", 2, "c", 3), labels);
		assertThat(singletons.precision()).isEqualTo(1.0);
		assertThat(singletons.recall()).isCloseTo((0.5 + 0.5 + 1) / 3, within(1e-9));
	}

	@Test
	void itemsMustMatch() {
		assertThatIllegalArgumentException().isThrownBy(() -> BCubed.evaluate(Map.of("a", 1), Map.of("b", "X")));
	}

}
