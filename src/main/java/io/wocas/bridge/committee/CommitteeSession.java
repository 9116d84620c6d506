package io.wocas.bridge.committee;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.wocas.bridge.dossier.DossierStatus;

/**
 * A meeting of the WOCAS committee: its date, members, agenda of dossiers and minutes.
 */
public record CommitteeSession(long id, LocalDate heldOn, String title, List<String> members, String minutes,
		String minutesBy, Instant minutesAt, String createdBy, Instant createdAt, List<AgendaItem> agenda) {

	public Optional<AgendaItem> agendaItem(long dossierId) {
		return this.agenda.stream().filter((item) -> item.dossierId() == dossierId).findFirst();
	}

	/**
	 * A dossier on the agenda.
	 *
	 * @param outcome the dossier's status once every proposal was decided, else null
	 */
	public record AgendaItem(long sessionId, long dossierId, int ordinal, String addedBy, Instant addedAt,
			DossierStatus outcome, Instant decidedAt) {

		public boolean isDecided() {
			return this.outcome != null;
		}

	}

}
