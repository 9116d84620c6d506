package io.wocas.bridge.crm;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What the committee decided for a dossier and how its actions progress, for the CRM
 * record. Implemented by the committee feature; without it, these fields stay empty.
 */
public interface DossierOutcomes {

	Optional<Outcome> of(long dossierId);

	/**
	 * @param decision the decision in one line
	 * @param approvedCost approved budget
	 * @param dueDate due date of the action plan
	 * @param lastProgress the owner's last progress update
	 */
	record Outcome(String decision, BigDecimal approvedCost, LocalDate dueDate, String lastProgress) {

	}

}
