package io.wocas.bridge.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import io.wocas.bridge.voice.Frequency;
import io.wocas.bridge.voice.SourceKind;
import io.wocas.bridge.voice.VoiceMemberships;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Links between dossiers and voices. Kept apart from the {@link Dossier} aggregate
 * because a dossier can gather thousands of voices and a link changes without touching
 * the dossier.
 */
@Repository
public class DossierVoices implements VoiceMemberships {

	private static final String LINK_COLUMNS = "dossier_id, voice_id, is_primary, similarity, shared_terms, reason_code,"
			+ " assigned_by, assigned_at";

	private final JdbcClient jdbc;

	DossierVoices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void link(DossierVoiceLink link) {
		this.jdbc.sql("insert into dossier_voice (" + LINK_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(link.dossierId(), link.voiceId(), link.primary(), link.similarity(), link.sharedTerms(),
					link.reasonCode(), link.assignedBy(), Timestamp.from(link.assignedAt()))
			.update();
	}

	public void unlink(long dossierId, long voiceId) {
		this.jdbc.sql("delete from dossier_voice where dossier_id = ? and voice_id = ?")
			.params(dossierId, voiceId)
			.update();
	}

	public boolean isLinked(long dossierId, long voiceId) {
		return this.jdbc.sql("select count(*) from dossier_voice where dossier_id = ? and voice_id = ?")
			.params(dossierId, voiceId)
			.query(Long.class)
			.single() > 0;
	}

	public List<DossierVoiceLink> linksOf(long dossierId) {
		return this.jdbc.sql("select " + LINK_COLUMNS + " from dossier_voice where dossier_id = ? order by voice_id")
			.param(dossierId)
			.query(DossierVoices::link)
			.list();
	}

	public List<DossierVoiceLink> linksOfVoice(long voiceId) {
		return this.jdbc
			.sql("select " + LINK_COLUMNS
					+ " from dossier_voice where voice_id = ? order by is_primary desc, dossier_id")
			.param(voiceId)
			.query(DossierVoices::link)
			.list();
	}

	public List<Long> voiceIdsOf(long dossierId) {
		return this.jdbc.sql("select voice_id from dossier_voice where dossier_id = ? order by voice_id")
			.param(dossierId)
			.query(Long.class)
			.list();
	}

	@Override
	public List<Long> dossierIdsOf(long voiceId) {
		return this.jdbc
			.sql("select dossier_id from dossier_voice where voice_id = ? order by is_primary desc, dossier_id")
			.param(voiceId)
			.query(Long.class)
			.list();
	}

	public long countOf(long dossierId) {
		return this.jdbc.sql("select count(*) from dossier_voice where dossier_id = ?")
			.param(dossierId)
			.query(Long.class)
			.single();
	}

	/**
	 * Voices waiting to be grouped: not in any dossier and not rejected, oldest first.
	 */
	public List<Long> ungroupedVoiceIds(int limit) {
		return this.jdbc.sql("select v.id from voice v where v.rejected_at is null and not exists"
				+ " (select 1 from dossier_voice dv where dv.voice_id = v.id) order by v.id fetch first ? rows only")
			.param(limit)
			.query(Long.class)
			.list();
	}

	public void markGrouped(long voiceId, Instant at) {
		this.jdbc.sql("update voice set grouped_at = ? where id = ?").params(Timestamp.from(at), voiceId).update();
	}

	/**
	 * What the priority score needs to know about each voice of a dossier.
	 */
	public List<VoiceFacts> factsOf(long dossierId) {
		return this.jdbc
			.sql("select v.id, v.customer_ref, v.case_id, v.adviser, v.severity, v.frequency, v.source_kind,"
					+ " coalesce(v.source_created_at, v.captured_at) as raised_at from voice v"
					+ " join dossier_voice dv on dv.voice_id = v.id where dv.dossier_id = ? and v.rejected_at is null")
			.param(dossierId)
			.query((rs, row) -> new VoiceFacts(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					(Integer) rs.getObject(5, Integer.class),
					(rs.getString(6) != null) ? Frequency.valueOf(rs.getString(6)) : null,
					SourceKind.valueOf(rs.getString(7)), rs.getTimestamp(8).toInstant()))
			.list();
	}

	private static DossierVoiceLink link(ResultSet rs, int row) throws SQLException {
		Object similarity = rs.getObject(4);
		return new DossierVoiceLink(rs.getLong(1), rs.getLong(2), rs.getBoolean(3),
				(similarity != null) ? ((Number) similarity).doubleValue() : null, rs.getString(5), rs.getString(6),
				rs.getString(7), rs.getTimestamp(8).toInstant());
	}

	/**
	 * One voice as the priority score sees it.
	 */
	public record VoiceFacts(long voiceId, String customerRef, String caseId, String adviser, Integer severity,
			Frequency frequency, SourceKind sourceKind, Instant raisedAt) {

		/**
		 * The same customer (or, without one, the same case) counts once.
		 */
		public String distinctKey() {
			if (this.customerRef != null) {
				return "customer:" + this.customerRef;
			}
			if (this.caseId != null) {
				return "case:" + this.caseId;
			}
			return "voice:" + this.voiceId;
		}

	}

}
