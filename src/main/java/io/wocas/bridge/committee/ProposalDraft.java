package io.wocas.bridge.committee;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A costed solution as the owner writes it, before it is stored. Checks itself, so a
 * proposal without a description or with a negative cost never reaches the committee.
 *
 * @param description what would be done
 * @param oneOffCost cost to put it in place, in the account currency
 * @param recurringCost cost per year once in place
 * @param expectedReduction expected reduction of customer contacts, in percent (0..100)
 * @param departments the departments that would do the work
 */
public record ProposalDraft(String description, BigDecimal oneOffCost, BigDecimal recurringCost,
		BigDecimal expectedReduction, List<String> departments) {

	public ProposalDraft {
		if (description == null || description.isBlank()) {
			throw new IllegalArgumentException("a proposal needs a description");
		}
		description = description.strip();
		oneOffCost = money("oneOffCost", oneOffCost);
		recurringCost = money("recurringCost", recurringCost);
		if (expectedReduction == null || expectedReduction.signum() < 0
				|| expectedReduction.compareTo(BigDecimal.valueOf(100)) > 0) {
			throw new IllegalArgumentException("expectedReduction must be a percentage between 0 and 100");
		}
		expectedReduction = expectedReduction.setScale(2, RoundingMode.HALF_UP);
		departments = (departments != null)
				? departments.stream().filter((d) -> d != null && !d.isBlank()).map(String::strip).distinct().toList()
				: List.of();
		if (departments.isEmpty()) {
			throw new IllegalArgumentException("a proposal names at least one department");
		}
		if (departments.stream().anyMatch((d) -> d.contains(Proposal.DEPARTMENT_SEPARATOR))) {
			throw new IllegalArgumentException(
					"a department name cannot contain '" + Proposal.DEPARTMENT_SEPARATOR + "'");
		}
	}

	static BigDecimal money(String field, BigDecimal amount) {
		if (amount == null || amount.signum() < 0) {
			throw new IllegalArgumentException(field + " must be zero or more");
		}
		if (amount.compareTo(new BigDecimal("999999999999.99")) > 0) {
			throw new IllegalArgumentException(field + " is too large");
		}
		return amount.setScale(2, RoundingMode.HALF_UP);
	}

}
