package io.wocas.bridge.committee;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.wocas.bridge.dossier.Dossier;
import io.wocas.bridge.dossier.DossierId;
import io.wocas.bridge.dossier.DossierStatus;
import io.wocas.bridge.dossier.DossierWork;
import io.wocas.bridge.dossier.Dossiers;

import org.springframework.stereotype.Service;

/**
 * The owner's analysis: root cause and costed proposals. Writing it starts the analysis
 * (the dossier moves to IN_ANALYSIS); submitting it puts the dossier up for the committee
 * (PROPOSED), which needs a root cause and at least one proposal. Who may do this is
 * checked by the API.
 */
@Service
public class OwnerAnalysis {

	private final Dossiers dossiers;

	private final Analyses analyses;

	private final DossierMoves moves;

	private final DossierWork work;

	private final Clock clock;

	OwnerAnalysis(Dossiers dossiers, Analyses analyses, DossierMoves moves, DossierWork work, Optional<Clock> clock) {
		this.dossiers = dossiers;
		this.analyses = analyses;
		this.moves = moves;
		this.work = work;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * Starts the analysis: ASSIGNED (or back from PROPOSED, REJECTED, DEFERRED, REOPENED)
	 * to IN_ANALYSIS. Already in analysis is fine.
	 */
	public void start(DossierId id, String by) {
		this.work.run(() -> {
			startIn(id, by, this.clock.instant());
			return null;
		});
	}

	/**
	 * Writes the root cause and replaces the proposals, starting the analysis if needed.
	 */
	public List<Proposal> write(DossierId id, String rootCause, List<ProposalDraft> proposals, String by) {
		return this.work.run(() -> {
			Instant now = this.clock.instant();
			startIn(id, by, now);
			this.analyses.saveRootCause(id.value(), (rootCause != null) ? rootCause.strip() : null, by, now);
			this.analyses.replaceProposals(id.value(), proposals, now);
			return this.analyses.currentProposals(id.value());
		});
	}

	/**
	 * Puts the analysis up for the committee: IN_ANALYSIS to PROPOSED.
	 */
	public void submit(DossierId id, String by) {
		this.work.run(() -> {
			Instant now = this.clock.instant();
			Dossier dossier = this.dossiers.get(id);
			if (dossier.status() == DossierStatus.IN_ANALYSIS) {
				boolean rootCause = this.analyses.find(id.value()).map(Analysis::hasRootCause).orElse(false);
				if (!rootCause) {
					throw new IllegalStateException("dossier " + id + " has no root cause yet");
				}
				if (this.analyses.currentProposals(id.value()).isEmpty()) {
					throw new IllegalStateException("dossier " + id + " has no proposal yet");
				}
			}
			this.moves.advance(id, DossierStatus.PROPOSED, now);
			this.analyses.markSubmitted(id.value(), by, now);
			return null;
		});
	}

	private void startIn(DossierId id, String by, Instant now) {
		DossierStatus status = this.dossiers.get(id).status();
		if (status == DossierStatus.IN_ANALYSIS) {
			return;
		}
		this.moves.advance(id, DossierStatus.IN_ANALYSIS, now);
		if (this.analyses.find(id.value()).isEmpty()) {
			this.analyses.saveRootCause(id.value(), null, by, now);
		}
	}

}
