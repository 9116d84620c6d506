package io.wocas.bridge.committee;

import java.time.Instant;

import io.wocas.bridge.dossier.Dossier;
import io.wocas.bridge.dossier.DossierId;
import io.wocas.bridge.dossier.DossierLifecycle;
import io.wocas.bridge.dossier.DossierStatus;
import io.wocas.bridge.dossier.DossierStatusChanged;
import io.wocas.bridge.dossier.Dossiers;

import org.springframework.stereotype.Component;

/**
 * Moves a dossier along the WOCAS loop for the committee workflow, through
 * {@link Dossier#advanceTo}: an illegal move is refused with the moves that are possible
 * ({@link DossierLifecycle}; the API answers 409), and saving publishes
 * {@link DossierStatusChanged} in the caller's transaction.
 */
@Component
public class DossierMoves {

	private final Dossiers dossiers;

	DossierMoves(Dossiers dossiers) {
		this.dossiers = dossiers;
	}

	/**
	 * Moves the dossier to {@code next}; call it inside the transaction of the change.
	 * @return the dossier after the move
	 */
	public Dossier advance(DossierId id, DossierStatus next, Instant now) {
		Dossier dossier = this.dossiers.get(id);
		dossier.advanceTo(next, now);
		return this.dossiers.save(dossier);
	}

}
