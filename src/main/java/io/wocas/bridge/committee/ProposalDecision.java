package io.wocas.bridge.committee;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The committee's decision on one proposal, taken in one session.
 *
 * @param approvedBudget the budget granted; only for an approval
 */
public record ProposalDecision(long id, long sessionId, long proposalId, long dossierId, Decision decision,
		String rationale, BigDecimal approvedBudget, String decidedBy, Instant decidedAt) {

}
