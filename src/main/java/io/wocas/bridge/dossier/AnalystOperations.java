package io.wocas.bridge.dossier;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wocas.bridge.voice.Voice;
import io.wocas.bridge.voice.Voices;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;

/**
 * What analysts do to dossiers: merge, split, move a voice, reject a voice, rename,
 * reassign. Every operation is recorded with who, when and why, together with what is
 * needed to reverse it, and {@link #undo} reverses it. The product never merges on its
 * own: it only suggests.
 */
@Service
public class AnalystOperations {

	private final Dossiers dossiers;

	private final DossierVoices links;

	private final Voices voices;

	private final DossierMembership membership;

	private final Prioritisation prioritisation;

	private final OwnerAssignment assignment;

	private final DossierWork work;

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	AnalystOperations(Dossiers dossiers, DossierVoices links, Voices voices, DossierMembership membership,
			Prioritisation prioritisation, OwnerAssignment assignment, DossierWork work, JdbcClient jdbc,
			ObjectMapper json) {
		this.dossiers = dossiers;
		this.links = links;
		this.voices = voices;
		this.membership = membership;
		this.prioritisation = prioritisation;
		this.assignment = assignment;
		this.work = work;
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * How to reverse an operation; stored as JSON with it.
	 */
	record UndoData(Long source, Long target, DossierStatus previousStatus, List<DossierVoiceLink> removedLinks,
			List<Long> addedVoiceIds, Long voiceId, String previousTitle, String previousOwner) {

		UndoData {
			removedLinks = (removedLinks != null) ? removedLinks : List.of();
			addedVoiceIds = (addedVoiceIds != null) ? addedVoiceIds : List.of();
		}

	}

	/**
	 * Merges {@code source} into {@code target}: the source's voices move to the target
	 * and the source is closed as merged. Its future CRM updates follow the survivor.
	 */
	public long merge(DossierId source, DossierId target, String actor, String reason) {
		return this.work.run(() -> {
			Dossier from = this.dossiers.get(source);
			Dossier into = this.dossiers.get(target);
			if (!into.acceptsVoices()) {
				throw new IllegalStateException(
						"dossier " + target + " is " + into.status() + " and accepts no voices");
			}
			DossierStatus previous = from.status();
			List<DossierVoiceLink> moved = this.links.linksOf(source.value());
			List<Long> added = new ArrayList<>();
			for (DossierVoiceLink link : moved) {
				Voice voice = voice(link.voiceId());
				this.membership.leave(from, voice);
				if (!this.links.isLinked(target.value(), link.voiceId())) {
					this.membership.join(into, voice, this.membership.features(voice),
							relinked(link, target.value(), actor));
					added.add(link.voiceId());
				}
			}
			from.mergeInto(target, this.membership.now());
			this.membership.retire(from);
			this.prioritisation.rescore(into);
			this.dossiers.save(from);
			this.dossiers.save(into);
			return record(OperationKind.MERGE, actor, reason, List.of(source.value(), target.value()),
					new UndoData(source.value(), target.value(), previous, moved, added, null, null, null), null);
		});
	}

	/**
	 * Moves some voices of a dossier to a new dossier.
	 * @return the operation id; the new dossier is its second dossier id
	 */
	public long split(DossierId dossierId, List<Long> voiceIds, String title, String actor, String reason) {
		return this.work.run(() -> {
			Dossier from = this.dossiers.get(dossierId);
			if (voiceIds == null || voiceIds.isEmpty()) {
				throw new IllegalArgumentException("a split needs at least one voice");
			}
			Set<Long> members = new LinkedHashSet<>(this.links.voiceIdsOf(dossierId.value()));
			for (Long voiceId : voiceIds) {
				if (!members.contains(voiceId)) {
					throw new IllegalArgumentException("voice " + voiceId + " is not in dossier " + dossierId);
				}
			}
			if (voiceIds.size() >= members.size()) {
				throw new IllegalArgumentException("a split must leave at least one voice in dossier " + dossierId);
			}
			Dossier into = this.dossiers
				.save(Dossier.open(title, from.primaryReason().orElse(null), this.membership.now()));
			List<DossierVoiceLink> removed = new ArrayList<>();
			for (Long voiceId : new LinkedHashSet<>(voiceIds)) {
				Voice voice = voice(voiceId);
				this.membership.leave(from, voice).ifPresent(removed::add);
				this.membership.join(into, voice, this.membership.features(voice),
						new DossierVoiceLink(into.id().value(), voiceId, true, null, null,
								voice.reasonCodes().stream().findFirst().orElse(null), actor, this.membership.now()));
			}
			this.prioritisation.rescore(from);
			this.prioritisation.rescore(into);
			this.dossiers.save(from);
			this.dossiers.save(into);
			return record(OperationKind.SPLIT, actor, reason, List.of(dossierId.value(), into.id().value()),
					new UndoData(dossierId.value(), into.id().value(), null, removed, List.copyOf(voiceIds), null, null,
							null),
					null);
		});
	}

	/**
	 * Moves a voice from one dossier to another.
	 */
	public long moveVoice(long voiceId, DossierId fromId, DossierId toId, String actor, String reason) {
		return this.work.run(() -> {
			Dossier from = this.dossiers.get(fromId);
			Dossier to = this.dossiers.get(toId);
			if (!to.acceptsVoices()) {
				throw new IllegalStateException("dossier " + toId + " is " + to.status() + " and accepts no voices");
			}
			Voice voice = voice(voiceId);
			DossierVoiceLink was = this.membership.leave(from, voice)
				.orElseThrow(() -> new IllegalArgumentException("voice " + voiceId + " is not in dossier " + fromId));
			List<Long> added = new ArrayList<>();
			if (!this.links.isLinked(toId.value(), voiceId)) {
				this.membership.join(to, voice, this.membership.features(voice), relinked(was, toId.value(), actor));
				added.add(voiceId);
			}
			this.prioritisation.rescore(from);
			this.prioritisation.rescore(to);
			this.dossiers.save(from);
			this.dossiers.save(to);
			return record(OperationKind.MOVE_VOICE, actor, reason, List.of(fromId.value(), toId.value()),
					new UndoData(fromId.value(), toId.value(), null, List.of(was), added, voiceId, null, null), null);
		});
	}

	/**
	 * Rejects a voice as not a voice: it leaves every dossier.
	 */
	public long rejectVoice(long voiceId, String actor, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("rejecting a voice needs a reason");
		}
		return this.work.run(() -> {
			Voice voice = voice(voiceId);
			List<DossierVoiceLink> removed = new ArrayList<>();
			List<Dossier> touched = new ArrayList<>();
			for (DossierVoiceLink link : this.links.linksOfVoice(voiceId)) {
				Dossier dossier = this.dossiers.get(new DossierId(link.dossierId()));
				this.membership.leave(dossier, voice).ifPresent(removed::add);
				touched.add(dossier);
			}
			voice.reject(actor, reason, this.membership.now());
			this.voices.save(voice);
			for (Dossier dossier : touched) {
				this.prioritisation.rescore(dossier);
				this.dossiers.save(dossier);
			}
			return record(OperationKind.REJECT_VOICE, actor, reason,
					removed.stream().map(DossierVoiceLink::dossierId).toList(),
					new UndoData(null, null, null, removed, List.of(), voiceId, null, null), null);
		});
	}

	public long rename(DossierId dossierId, String title, String actor, String reason) {
		return this.work.run(() -> {
			Dossier dossier = this.dossiers.get(dossierId);
			String previous = dossier.title();
			dossier.rename(title, this.membership.now());
			this.dossiers.save(dossier);
			return record(OperationKind.RENAME, actor, reason, List.of(dossierId.value()),
					new UndoData(dossierId.value(), null, null, List.of(), List.of(), null, previous, null), null);
		});
	}

	/**
	 * Gives a dossier another owner, who is notified.
	 */
	public long reassign(DossierId dossierId, String owner, String actor, String reason) {
		return this.work.run(() -> {
			Dossier dossier = this.dossiers.get(dossierId);
			DossierStatus previousStatus = dossier.status();
			String previousOwner = dossier.owner().orElse(null);
			this.assignment.assign(dossier, owner, actor);
			this.dossiers.save(dossier);
			return record(OperationKind.REASSIGN, actor, reason, List.of(dossierId.value()), new UndoData(
					dossierId.value(), null, previousStatus, List.of(), List.of(), null, null, previousOwner), null);
		});
	}

	/**
	 * Reverses an operation. Refused when it was already undone, or when a later
	 * operation that is still in force touched the same dossiers (undo that one first).
	 */
	public long undo(long operationId, String actor, String reason) {
		return this.work.run(() -> {
			StoredOperation op = load(operationId).orElseThrow(() -> new NoSuchOperationException(operationId));
			if (op.kind() == OperationKind.UNDO) {
				throw new IllegalStateException("operation " + operationId + " is an undo; redo the original instead");
			}
			if (op.undoneBy() != null) {
				throw new IllegalStateException(
						"operation " + operationId + " was already undone by operation " + op.undoneBy());
			}
			List<Long> later = laterOperationsOnSameDossiers(op);
			if (!later.isEmpty()) {
				throw new IllegalStateException("operation " + operationId
						+ " cannot be undone before later operation(s) " + later + " on the same dossiers");
			}
			UndoData data = op.data();
			switch (op.kind()) {
				case MERGE -> undoMerge(data);
				case SPLIT -> undoSplit(data, actor);
				case MOVE_VOICE -> undoMove(data);
				case REJECT_VOICE -> undoReject(data);
				case RENAME -> {
					Dossier dossier = this.dossiers.get(new DossierId(data.source()));
					dossier.rename(data.previousTitle(), this.membership.now());
					this.dossiers.save(dossier);
				}
				case REASSIGN -> {
					Dossier dossier = this.dossiers.get(new DossierId(data.source()));
					dossier.restoreAssignment(data.previousOwner(), data.previousStatus(), this.membership.now());
					this.dossiers.save(dossier);
				}
				default -> throw new IllegalStateException("operation " + operationId + " cannot be undone");
			}
			long undoId = record(OperationKind.UNDO, actor, reason, op.dossierIds(), data, operationId);
			this.jdbc.sql("update analyst_operation set undone_by = ? where id = ?")
				.params(undoId, operationId)
				.update();
			return undoId;
		});
	}

	private void undoMerge(UndoData data) {
		Dossier source = this.dossiers.get(new DossierId(data.source()));
		Dossier target = this.dossiers.get(new DossierId(data.target()));
		for (Long voiceId : data.addedVoiceIds()) {
			this.membership.leave(target, voice(voiceId));
		}
		source.unmerge(data.previousStatus(), this.membership.now());
		this.membership.reinstate(source);
		for (DossierVoiceLink link : data.removedLinks()) {
			Voice voice = voice(link.voiceId());
			this.membership.join(source, voice, this.membership.features(voice), link);
		}
		this.prioritisation.rescore(source);
		this.prioritisation.rescore(target);
		this.dossiers.save(source);
		this.dossiers.save(target);
	}

	private void undoSplit(UndoData data, String actor) {
		Dossier original = this.dossiers.get(new DossierId(data.source()));
		Dossier split = this.dossiers.get(new DossierId(data.target()));
		for (DossierVoiceLink link : data.removedLinks()) {
			Voice voice = voice(link.voiceId());
			this.membership.leave(split, voice);
			this.membership.join(original, voice, this.membership.features(voice), link);
		}
		split.mergeInto(original.id(), this.membership.now());
		this.membership.retire(split);
		this.prioritisation.rescore(original);
		this.dossiers.save(original);
		this.dossiers.save(split);
	}

	private void undoMove(UndoData data) {
		Dossier from = this.dossiers.get(new DossierId(data.source()));
		Dossier to = this.dossiers.get(new DossierId(data.target()));
		Voice voice = voice(data.voiceId());
		if (data.addedVoiceIds().contains(data.voiceId())) {
			this.membership.leave(to, voice);
		}
		this.membership.join(from, voice, this.membership.features(voice), data.removedLinks().get(0));
		this.prioritisation.rescore(from);
		this.prioritisation.rescore(to);
		this.dossiers.save(from);
		this.dossiers.save(to);
	}

	private void undoReject(UndoData data) {
		Voice voice = voice(data.voiceId());
		voice.restore();
		this.voices.save(voice);
		for (DossierVoiceLink link : data.removedLinks()) {
			Dossier dossier = this.dossiers.get(new DossierId(link.dossierId()));
			this.membership.join(dossier, voice, this.membership.features(voice), link);
			this.prioritisation.rescore(dossier);
			this.dossiers.save(dossier);
		}
	}

	/**
	 * The audit trail, newest first; of one dossier when {@code dossierId} is given.
	 */
	public List<AnalystOperation> history(Long dossierId, int limit) {
		String pattern = (dossierId != null) ? "%," + dossierId + ",%" : "%";
		return this.jdbc
			.sql("select id, kind, actor, reason, occurred_at, dossier_ids, undoes, undone_by from analyst_operation"
					+ " where (',' || dossier_ids || ',') like ? order by id desc fetch first ? rows only")
			.params(pattern, limit)
			.query((rs, row) -> new AnalystOperation(rs.getLong(1), OperationKind.valueOf(rs.getString(2)),
					rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getString(6),
					(Long) rs.getObject(7, Long.class), (Long) rs.getObject(8, Long.class)))
			.list();
	}

	private List<Long> laterOperationsOnSameDossiers(StoredOperation op) {
		Set<Long> later = new LinkedHashSet<>();
		for (Long dossierId : op.dossierIds()) {
			history(dossierId, 1000).stream()
				.filter((other) -> other.id() > op.id() && other.kind() != OperationKind.UNDO
						&& other.undoneBy() == null)
				.forEach((other) -> later.add(other.id()));
		}
		return List.copyOf(later);
	}

	private long record(OperationKind kind, String actor, String reason, List<Long> dossierIds, UndoData data,
			Long undoes) {
		String undoJson;
		try {
			undoJson = this.json.writeValueAsString(data);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("cannot record operation", ex);
		}
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc
			.sql("insert into analyst_operation (kind, actor, reason, occurred_at, dossier_ids, undo_data, undoes)"
					+ " values (?, ?, ?, ?, ?, ?, ?)")
			.params(kind.name(), actor, reason, Timestamp.from(this.membership.now()),
					dossierIds.stream().map(String::valueOf).collect(Collectors.joining(",")), undoJson, undoes)
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	private Optional<StoredOperation> load(long id) {
		return this.jdbc.sql("select id, kind, dossier_ids, undo_data, undone_by from analyst_operation where id = ?")
			.param(id)
			.query((rs, row) -> {
				try {
					return new StoredOperation(rs.getLong(1), OperationKind.valueOf(rs.getString(2)),
							ids(rs.getString(3)), this.json.readValue(rs.getString(4), UndoData.class),
							(Long) rs.getObject(5, Long.class));
				}
				catch (JsonProcessingException ex) {
					throw new IllegalStateException("operation " + id + " has unreadable undo data", ex);
				}
			})
			.optional();
	}

	private record StoredOperation(long id, OperationKind kind, List<Long> dossierIds, UndoData data, Long undoneBy) {

	}

	private static List<Long> ids(String csv) {
		if (csv == null || csv.isBlank()) {
			return List.of();
		}
		return Arrays.stream(csv.split(",")).map(String::trim).map(Long::valueOf).toList();
	}

	private Voice voice(long voiceId) {
		return this.voices.findById(voiceId).orElseThrow(() -> new IllegalArgumentException("no voice " + voiceId));
	}

	private DossierVoiceLink relinked(DossierVoiceLink link, long dossierId, String actor) {
		return new DossierVoiceLink(dossierId, link.voiceId(), link.primary(), link.similarity(), link.sharedTerms(),
				link.reasonCode(), actor, this.membership.now());
	}

}
