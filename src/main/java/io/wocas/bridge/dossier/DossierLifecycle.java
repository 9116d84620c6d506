package io.wocas.bridge.dossier;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static io.wocas.bridge.dossier.DossierStatus.APPROVED;
import static io.wocas.bridge.dossier.DossierStatus.ASSIGNED;
import static io.wocas.bridge.dossier.DossierStatus.CLOSED;
import static io.wocas.bridge.dossier.DossierStatus.COLLECTING;
import static io.wocas.bridge.dossier.DossierStatus.DEFERRED;
import static io.wocas.bridge.dossier.DossierStatus.IN_ANALYSIS;
import static io.wocas.bridge.dossier.DossierStatus.IN_PROGRESS;
import static io.wocas.bridge.dossier.DossierStatus.MERGED;
import static io.wocas.bridge.dossier.DossierStatus.ON_AGENDA;
import static io.wocas.bridge.dossier.DossierStatus.PRIORITY;
import static io.wocas.bridge.dossier.DossierStatus.PROPOSED;
import static io.wocas.bridge.dossier.DossierStatus.REJECTED;
import static io.wocas.bridge.dossier.DossierStatus.REOPENED;
import static io.wocas.bridge.dossier.DossierStatus.RESOLVED;
import static io.wocas.bridge.dossier.DossierStatus.VERIFIED;

/**
 * The moves of the WOCAS loop: collecting, priority, assigned, in analysis, proposed, on
 * a committee agenda, approved / rejected / deferred, in progress, resolved, verified or
 * reopened, closed. Merging is an analyst operation, not a move of the loop.
 */
public final class DossierLifecycle {

	private static final Map<DossierStatus, Set<DossierStatus>> MOVES = new EnumMap<>(DossierStatus.class);

	static {
		MOVES.put(COLLECTING, EnumSet.of(PRIORITY, ASSIGNED, CLOSED));
		MOVES.put(PRIORITY, EnumSet.of(COLLECTING, ASSIGNED, CLOSED));
		MOVES.put(ASSIGNED, EnumSet.of(IN_ANALYSIS, CLOSED));
		MOVES.put(IN_ANALYSIS, EnumSet.of(PROPOSED, CLOSED));
		MOVES.put(PROPOSED, EnumSet.of(IN_ANALYSIS, ON_AGENDA));
		MOVES.put(ON_AGENDA, EnumSet.of(APPROVED, REJECTED, DEFERRED, PROPOSED));
		MOVES.put(APPROVED, EnumSet.of(IN_PROGRESS));
		MOVES.put(REJECTED, EnumSet.of(IN_ANALYSIS, CLOSED));
		MOVES.put(DEFERRED, EnumSet.of(ON_AGENDA, IN_ANALYSIS));
		MOVES.put(IN_PROGRESS, EnumSet.of(RESOLVED));
		MOVES.put(RESOLVED, EnumSet.of(VERIFIED, REOPENED));
		MOVES.put(VERIFIED, EnumSet.of(CLOSED, REOPENED));
		MOVES.put(REOPENED, EnumSet.of(IN_ANALYSIS, ASSIGNED));
		MOVES.put(CLOSED, EnumSet.of(REOPENED));
		MOVES.put(MERGED, EnumSet.noneOf(DossierStatus.class));
	}

	private DossierLifecycle() {
	}

	public static Set<DossierStatus> movesFrom(DossierStatus status) {
		return Set.copyOf(MOVES.getOrDefault(status, Set.of()));
	}

	public static boolean allows(DossierStatus from, DossierStatus to) {
		return MOVES.getOrDefault(from, Set.of()).contains(to);
	}

	static void check(Long dossierId, DossierStatus from, DossierStatus to) {
		if (!allows(from, to)) {
			Set<DossierStatus> possible = MOVES.getOrDefault(from, Set.of());
			throw new IllegalStateException("dossier " + dossierId + " cannot move from " + from + " to " + to
					+ (possible.isEmpty() ? "; it is final" : "; possible moves: " + possible));
		}
	}

}
