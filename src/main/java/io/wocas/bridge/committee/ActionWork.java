package io.wocas.bridge.committee;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import io.wocas.bridge.NotFoundException;
import io.wocas.bridge.dossier.DossierId;
import io.wocas.bridge.dossier.DossierMilestone;
import io.wocas.bridge.dossier.DossierStatus;
import io.wocas.bridge.dossier.DossierWork;
import io.wocas.bridge.dossier.Dossiers;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Carrying out what the committee approved: the action plan's tasks, the owner's progress
 * updates, starting the work (APPROVED to IN_PROGRESS) and resolving the dossier
 * (IN_PROGRESS to RESOLVED, publishing a {@link DossierMilestone} RESOLVED in the same
 * transaction). Who may do this is checked by the API.
 */
@Service
public class ActionWork {

	private static final Set<DossierStatus> PLANNABLE = EnumSet.of(DossierStatus.APPROVED, DossierStatus.IN_PROGRESS);

	private final Dossiers dossiers;

	private final ActionPlans plans;

	private final CommitteeSessions sessions;

	private final DossierMoves moves;

	private final DossierWork work;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ActionWork(Dossiers dossiers, ActionPlans plans, CommitteeSessions sessions, DossierMoves moves, DossierWork work,
			ApplicationEventPublisher events, Optional<Clock> clock) {
		this.dossiers = dossiers;
		this.plans = plans;
		this.sessions = sessions;
		this.moves = moves;
		this.work = work;
		this.events = events;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * Adds a task to the plan of an approved dossier, or one whose work has started. A
	 * task that names a proposal must name one the committee approved for this dossier.
	 */
	public ActionTask addTask(DossierId id, Long proposalId, String title, String assignee, LocalDate dueOn,
			String by) {
		if (title == null || title.isBlank() || assignee == null || assignee.isBlank()) {
			throw new IllegalArgumentException("a task needs a title and an assignee");
		}
		return this.work.run(() -> {
			requirePlannable(id);
			if (proposalId != null) {
				boolean approved = this.sessions.decisionsOfDossier(id.value())
					.stream()
					.anyMatch((decision) -> decision.proposalId() == proposalId
							&& decision.decision() == Decision.APPROVE);
				if (!approved) {
					throw new IllegalArgumentException(
							"proposal " + proposalId + " is not an approved proposal of dossier " + id);
				}
			}
			long taskId = this.plans.addTask(id.value(), proposalId, title.strip(), assignee.strip(), dueOn, by,
					this.clock.instant());
			return this.plans.task(taskId).orElseThrow();
		});
	}

	public ActionTask changeTask(DossierId id, long taskId, TaskChange change, String by) {
		return this.work.run(() -> {
			ActionTask task = task(id, taskId);
			requirePlannable(id);
			ActionTask changed = new ActionTask(task.id(), task.dossierId(), task.proposalId(),
					(change.title() != null) ? change.title().strip() : task.title(),
					(change.assignee() != null) ? change.assignee().strip() : task.assignee(),
					(change.dueOn() != null) ? change.dueOn() : task.dueOn(),
					(change.status() != null) ? change.status() : task.status(), task.createdBy(), task.createdAt(), by,
					this.clock.instant());
			this.plans.updateTask(changed);
			return changed;
		});
	}

	/**
	 * The task of this dossier, or not found (a task of another dossier is not found
	 * either).
	 */
	public ActionTask task(DossierId id, long taskId) {
		this.dossiers.get(id);
		return this.plans.task(taskId)
			.filter((task) -> task.dossierId() == id.value())
			.orElseThrow(() -> new NotFoundException("dossier " + id + " has no task " + taskId));
	}

	public ProgressUpdate postProgress(DossierId id, String text, int percent, String by) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("a progress update needs a text");
		}
		if (percent < 0 || percent > 100) {
			throw new IllegalArgumentException("percent must be between 0 and 100");
		}
		return this.work.run(() -> {
			requirePlannable(id);
			long updateId = this.plans.addProgress(id.value(), text.strip(), percent, by, this.clock.instant());
			return this.plans.progressOf(id.value())
				.stream()
				.filter((update) -> update.id() == updateId)
				.findFirst()
				.orElseThrow();
		});
	}

	/**
	 * Starts carrying out the approved actions: APPROVED to IN_PROGRESS.
	 */
	public void startWork(DossierId id) {
		this.work.run(() -> this.moves.advance(id, DossierStatus.IN_PROGRESS, this.clock.instant()));
	}

	/**
	 * The owner reports the dossier fixed: IN_PROGRESS to RESOLVED. The product then
	 * watches whether its voices stop.
	 */
	public Resolution resolve(DossierId id, String summary, String by) {
		if (summary == null || summary.isBlank()) {
			throw new IllegalArgumentException("a resolution needs a summary of what was done");
		}
		return this.work.run(() -> {
			Instant now = this.clock.instant();
			this.moves.advance(id, DossierStatus.RESOLVED, now);
			String text = summary.strip();
			long resolutionId = this.plans.addResolution(id.value(), text, by, now);
			this.events.publishEvent(
					new DossierMilestone(id, DossierMilestone.Milestone.RESOLVED, now, CommitteeWork.oneLine(text)));
			return new Resolution(resolutionId, id.value(), text, by, now);
		});
	}

	private void requirePlannable(DossierId id) {
		DossierStatus status = this.dossiers.get(id).status();
		if (!PLANNABLE.contains(status)) {
			throw new IllegalStateException(
					"dossier " + id + " is " + status + "; the action plan is for an APPROVED or IN_PROGRESS dossier");
		}
	}

}
