package io.wocas.bridge.dossier;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A dossier: voices of the same underlying problem. Its status moves only through the
 * methods below, each of which refuses an illegal move with a message that says why. Its
 * voices are linked by id in {@link DossierVoices}, never held as objects.
 */
@Table("dossier")
public class Dossier extends AbstractAggregateRoot<Dossier> {

	private static final Set<DossierStatus> ASSIGNABLE = EnumSet.of(DossierStatus.COLLECTING, DossierStatus.PRIORITY,
			DossierStatus.ASSIGNED, DossierStatus.IN_ANALYSIS, DossierStatus.PROPOSED, DossierStatus.DEFERRED,
			DossierStatus.REOPENED, DossierStatus.APPROVED, DossierStatus.IN_PROGRESS, DossierStatus.ON_AGENDA,
			DossierStatus.REJECTED, DossierStatus.RESOLVED);

	@Id
	private Long id;

	@Version
	private Integer version;

	private String title;

	private DossierStatus status;

	private String primaryReason;

	private String owner;

	private boolean priority;

	private double priorityScore;

	private String scoreParts;

	private Long mergedInto;

	private String profile;

	private final Instant createdAt;

	private Instant updatedAt;

	private Instant lastVoiceAt;

	@PersistenceCreator
	Dossier(Long id, Integer version, String title, DossierStatus status, String primaryReason, String owner,
			boolean priority, double priorityScore, String scoreParts, Long mergedInto, String profile,
			Instant createdAt, Instant updatedAt, Instant lastVoiceAt) {
		this.id = id;
		this.version = version;
		this.title = title;
		this.status = status;
		this.primaryReason = primaryReason;
		this.owner = owner;
		this.priority = priority;
		this.priorityScore = priorityScore;
		this.scoreParts = scoreParts;
		this.mergedInto = mergedInto;
		this.profile = profile;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.lastVoiceAt = lastVoiceAt;
	}

	/**
	 * Opens a dossier, collecting voices.
	 */
	public static Dossier open(String title, String primaryReason, Instant at) {
		return new Dossier(null, null, checkedTitle(title), DossierStatus.COLLECTING, primaryReason, null, false, 0,
				null, null, null, at, at, null);
	}

	private static String checkedTitle(String title) {
		if (title == null || title.isBlank()) {
			throw new IllegalArgumentException("a dossier needs a title");
		}
		String trimmed = title.strip();
		return (trimmed.length() > 300) ? trimmed.substring(0, 297) + "..." : trimmed;
	}

	public DossierId id() {
		return (this.id != null) ? new DossierId(this.id) : null;
	}

	public String title() {
		return this.title;
	}

	public DossierStatus status() {
		return this.status;
	}

	public Optional<String> primaryReason() {
		return Optional.ofNullable(this.primaryReason);
	}

	public Optional<String> owner() {
		return Optional.ofNullable(this.owner);
	}

	public boolean isPriority() {
		return this.priority;
	}

	public double priorityScore() {
		return this.priorityScore;
	}

	public Optional<String> scoreParts() {
		return Optional.ofNullable(this.scoreParts);
	}

	public Optional<DossierId> mergedInto() {
		return Optional.ofNullable(this.mergedInto).map(DossierId::new);
	}

	public Optional<String> profile() {
		return Optional.ofNullable(this.profile);
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	public Optional<Instant> lastVoiceAt() {
		return Optional.ofNullable(this.lastVoiceAt);
	}

	private void changeStatus(DossierStatus next, Instant now) {
		DossierStatus previous = this.status;
		this.status = next;
		this.updatedAt = now;
		if (previous != next && this.id != null) {
			registerEvent(new DossierStatusChanged(new DossierId(this.id), previous, next));
		}
	}

	public boolean acceptsVoices() {
		return this.status.acceptsVoices();
	}

	/**
	 * Records that a voice joined; a dossier that no longer accepts voices refuses it.
	 */
	public void voiceJoined(Instant voiceAt, Instant now) {
		if (!acceptsVoices()) {
			throw new IllegalStateException("dossier " + this.id + " is " + this.status + " and accepts no voices");
		}
		if (this.lastVoiceAt == null || (voiceAt != null && voiceAt.isAfter(this.lastVoiceAt))) {
			this.lastVoiceAt = voiceAt;
		}
		this.updatedAt = now;
	}

	public void profile(String profile) {
		this.profile = profile;
	}

	/**
	 * Takes a new priority score. A collecting dossier whose score reaches the threshold
	 * becomes a priority dossier; one that falls below it before it has an owner goes
	 * back to collecting.
	 * @return whether the dossier has just become a priority dossier
	 */
	public boolean rescore(double score, String parts, double threshold, Instant now) {
		Objects.requireNonNull(parts, "parts");
		this.priorityScore = score;
		this.scoreParts = parts;
		this.priority = score >= threshold;
		this.updatedAt = now;
		if (this.priority && this.status == DossierStatus.COLLECTING) {
			changeStatus(DossierStatus.PRIORITY, now);
			return true;
		}
		if (!this.priority && this.status == DossierStatus.PRIORITY) {
			changeStatus(DossierStatus.COLLECTING, now);
		}
		return false;
	}

	/**
	 * Gives the dossier an owner, or a new one. Collecting and priority dossiers become
	 * assigned; a dossier further along keeps its status.
	 */
	public void assign(String newOwner, Instant now) {
		if (newOwner == null || newOwner.isBlank()) {
			throw new IllegalArgumentException("an owner is required");
		}
		if (!ASSIGNABLE.contains(this.status)) {
			throw new IllegalStateException(
					"dossier " + this.id + " is " + this.status + "; only an open dossier can get an owner");
		}
		this.owner = newOwner;
		this.updatedAt = now;
		if (this.status == DossierStatus.COLLECTING || this.status == DossierStatus.PRIORITY) {
			changeStatus(DossierStatus.ASSIGNED, now);
		}
	}

	/**
	 * Puts back an earlier owner and status (undoing an analyst's reassignment).
	 */
	void restoreAssignment(String previousOwner, DossierStatus previousStatus, Instant now) {
		this.owner = previousOwner;
		changeStatus(previousStatus, now);
	}

	public void rename(String newTitle, Instant now) {
		if (this.status == DossierStatus.MERGED) {
			throw new IllegalStateException("dossier " + this.id + " was merged; rename the surviving dossier");
		}
		this.title = checkedTitle(newTitle);
		this.updatedAt = now;
	}

	/**
	 * Closes this dossier into another one, which carries its voices from now on.
	 */
	public void mergeInto(DossierId survivor, Instant now) {
		if (survivor.value() == this.id) {
			throw new IllegalArgumentException("a dossier cannot be merged into itself");
		}
		if (this.status == DossierStatus.MERGED || this.status == DossierStatus.CLOSED) {
			throw new IllegalStateException("dossier " + this.id + " is " + this.status + " and cannot be merged");
		}
		this.mergedInto = survivor.value();
		changeStatus(DossierStatus.MERGED, now);
	}

	/**
	 * Reverses {@link #mergeInto}.
	 */
	void unmerge(DossierStatus previousStatus, Instant now) {
		if (this.status != DossierStatus.MERGED) {
			throw new IllegalStateException("dossier " + this.id + " is not merged");
		}
		this.mergedInto = null;
		changeStatus(previousStatus, now);
	}

	/**
	 * Moves the dossier along the WOCAS loop. Only the moves of {@link DossierLifecycle}
	 * are allowed; any other is refused with the moves that are possible from here.
	 */
	public void advanceTo(DossierStatus next, Instant now) {
		DossierLifecycle.check(this.id, this.status, next);
		if (next == DossierStatus.ASSIGNED && this.owner == null) {
			throw new IllegalStateException("dossier " + this.id + " has no owner; assign one first");
		}
		changeStatus(next, now);
	}

}
