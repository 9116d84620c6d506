package io.wocas.bridge.committee;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A stored proposal of a dossier. A retired proposal belongs to an earlier round of
 * analysis: kept because the committee decided on it.
 */
public record Proposal(long id, long dossierId, int ordinal, String description, BigDecimal oneOffCost,
		BigDecimal recurringCost, BigDecimal expectedReduction, List<String> departments, Instant createdAt,
		Instant retiredAt) {

	static final String DEPARTMENT_SEPARATOR = "|";

	public boolean isCurrent() {
		return this.retiredAt == null;
	}

}
