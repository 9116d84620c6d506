package io.wocas.bridge.committee;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Collectors;

import io.wocas.bridge.dossier.Dossier;
import io.wocas.bridge.dossier.DossierId;
import io.wocas.bridge.dossier.DossierLifecycle;
import io.wocas.bridge.dossier.DossierStatus;
import io.wocas.bridge.dossier.DossierStatusChanged;
import io.wocas.bridge.dossier.Dossiers;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Moves a dossier along the WOCAS loop for the committee workflow. Every move is checked
 * against {@link DossierLifecycle}; an illegal one is refused with the moves that are
 * possible (the API answers 409). The dossier aggregate offers no public move yet, so the
 * status is written here, guarded by the status read and by the aggregate's version.
 */
@Component
public class DossierMoves {

	private final Dossiers dossiers;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	DossierMoves(Dossiers dossiers, JdbcClient jdbc, ApplicationEventPublisher events) {
		this.dossiers = dossiers;
		this.jdbc = jdbc;
		this.events = events;
	}

	/**
	 * Moves the dossier to {@code next}; call it inside the transaction of the change.
	 * @return the dossier as it was before the move
	 */
	public Dossier advance(DossierId id, DossierStatus next, Instant now) {
		Dossier dossier = this.dossiers.get(id);
		DossierStatus from = dossier.status();
		if (!DossierLifecycle.allows(from, next)) {
			String possible = DossierLifecycle.movesFrom(from)
				.stream()
				.sorted(Comparator.naturalOrder())
				.map(DossierStatus::name)
				.collect(Collectors.joining(", "));
			throw new IllegalStateException("dossier " + id + " cannot move from " + from + " to " + next
					+ (possible.isEmpty() ? "; it is final" : "; possible moves: " + possible));
		}
		int rows = this.jdbc
			.sql("update dossier set status = ?, updated_at = ?, version = version + 1 where id = ? and status = ?")
			.params(next.name(), Timestamp.from(now), id.value(), from.name())
			.update();
		if (rows != 1) {
			throw new IllegalStateException("dossier " + id + " changed meanwhile; try again");
		}
		this.events.publishEvent(new DossierStatusChanged(id, from, next));
		return dossier;
	}

	/**
	 * Moves the dossier to {@code next} unless it is there already.
	 */
	public void advanceUnlessAt(DossierId id, DossierStatus next, Instant now) {
		if (this.dossiers.get(id).status() != next) {
			advance(id, next, now);
		}
	}

}
