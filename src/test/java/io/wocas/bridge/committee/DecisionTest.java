package io.wocas.bridge.committee;

import java.util.List;

import io.wocas.bridge.dossier.DossierStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DecisionTest {

	@Test
	void oneApprovalApprovesTheDossierWhateverTheOthers() {
		assertThat(Decision.outcomeOf(List.of(Decision.REJECT, Decision.APPROVE, Decision.DEFER)))
			.isEqualTo(DossierStatus.APPROVED);
	}

	@Test
	void allRejectedRejectsTheDossier() {
		assertThat(Decision.outcomeOf(List.of(Decision.REJECT, Decision.REJECT))).isEqualTo(DossierStatus.REJECTED);
	}

	@Test
	void aDeferralWithoutApprovalDefersTheDossier() {
		assertThat(Decision.outcomeOf(List.of(Decision.REJECT, Decision.DEFER))).isEqualTo(DossierStatus.DEFERRED);
	}

	@Test
	void anApprovalWithoutBudgetIsRefused() {
		assertThatThrownBy(() -> new DecisionCommand(1, Decision.APPROVE, "worth it", null))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("approvedBudget");
	}

	@Test
	void aRejectionGrantsNoBudget() {
		assertThatThrownBy(() -> new DecisionCommand(1, Decision.REJECT, "too dear", new java.math.BigDecimal("10")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("only an approval");
	}

}
