package io.wocas.bridge.committee;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The committee decides on one proposal. An approval grants a budget; a rejection or a
 * deferral grants none. Every decision says why, because the advisers are told.
 */
public record DecisionCommand(long proposalId, Decision decision, String rationale, BigDecimal approvedBudget) {

	public DecisionCommand {
		Objects.requireNonNull(decision, "decision");
		if (rationale == null || rationale.isBlank()) {
			throw new IllegalArgumentException("a decision needs a rationale");
		}
		rationale = rationale.strip();
		if (decision == Decision.APPROVE) {
			if (approvedBudget == null) {
				throw new IllegalArgumentException("an approval needs an approvedBudget");
			}
			approvedBudget = ProposalDraft.money("approvedBudget", approvedBudget);
		}
		else if (approvedBudget != null && approvedBudget.signum() != 0) {
			throw new IllegalArgumentException("only an approval grants a budget");
		}
		else {
			approvedBudget = null;
		}
	}

}
