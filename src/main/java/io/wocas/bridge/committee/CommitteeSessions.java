package io.wocas.bridge.committee;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.wocas.bridge.dossier.DossierStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The stored committee sessions, their agendas and decisions.
 */
@Repository
public class CommitteeSessions {

	private static final String DECISION_COLUMNS = "id, session_id, proposal_id, dossier_id, decision, rationale,"
			+ " approved_budget, decided_by, decided_at";

	private final JdbcClient jdbc;

	CommitteeSessions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long create(LocalDate heldOn, String title, List<String> members, String by, Instant at) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("insert into committee_session (held_on, title, created_by, created_at) values (?, ?, ?, ?)")
			.params(Date.valueOf(heldOn), title, by, Timestamp.from(at))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		for (String member : members) {
			this.jdbc.sql("insert into committee_member (session_id, login) values (?, ?)").params(id, member).update();
		}
		return id;
	}

	public CommitteeSession get(long id) {
		return find(id).orElseThrow(() -> new NoSuchSessionException(id));
	}

	public Optional<CommitteeSession> find(long id) {
		List<String> members = this.jdbc.sql("select login from committee_member where session_id = ? order by login")
			.param(id)
			.query(String.class)
			.list();
		List<CommitteeSession.AgendaItem> agenda = this.jdbc
			.sql("select session_id, dossier_id, ordinal, added_by, added_at, outcome, decided_at"
					+ " from committee_agenda_item where session_id = ? order by ordinal")
			.param(id)
			.query((rs, row) -> new CommitteeSession.AgendaItem(rs.getLong(1), rs.getLong(2), rs.getInt(3),
					rs.getString(4), Analyses.instant(rs, 5),
					(rs.getString(6) != null) ? DossierStatus.valueOf(rs.getString(6)) : null, Analyses.instant(rs, 7)))
			.list();
		return this.jdbc
			.sql("select id, held_on, title, minutes_text, minutes_by, minutes_at, created_by, created_at"
					+ " from committee_session where id = ?")
			.param(id)
			.query((rs, row) -> new CommitteeSession(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getString(3),
					members, rs.getString(4), rs.getString(5), Analyses.instant(rs, 6), rs.getString(7),
					Analyses.instant(rs, 8), agenda))
			.optional();
	}

	public List<CommitteeSession> recent(int limit) {
		return this.jdbc.sql("select id from committee_session order by held_on desc, id desc fetch first ? rows only")
			.param(limit)
			.query(Long.class)
			.list()
			.stream()
			.map(this::get)
			.toList();
	}

	void addToAgenda(long sessionId, long dossierId, String by, Instant at) {
		this.jdbc.sql("insert into committee_agenda_item (session_id, dossier_id, ordinal, added_by, added_at)"
				+ " select ?, ?, coalesce(max(ordinal), 0) + 1, ?, ? from committee_agenda_item where session_id = ?")
			.params(sessionId, dossierId, by, Timestamp.from(at), sessionId)
			.update();
	}

	void decided(long sessionId, long dossierId, DossierStatus outcome, Instant at) {
		this.jdbc
			.sql("update committee_agenda_item set outcome = ?, decided_at = ? where session_id = ? and dossier_id = ?")
			.params(outcome.name(), Timestamp.from(at), sessionId, dossierId)
			.update();
	}

	void saveMinutes(long sessionId, String minutes, String by, Instant at) {
		this.jdbc.sql("update committee_session set minutes_text = ?, minutes_by = ?, minutes_at = ? where id = ?")
			.params(minutes, by, Timestamp.from(at), sessionId)
			.update();
	}

	void saveDecision(long sessionId, Proposal proposal, DecisionCommand command, String by, Instant at) {
		this.jdbc
			.sql("insert into proposal_decision (session_id, proposal_id, dossier_id, decision, rationale,"
					+ " approved_budget, decided_by, decided_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(sessionId, proposal.id(), proposal.dossierId(), command.decision().name(), command.rationale(),
					command.approvedBudget(), by, Timestamp.from(at))
			.update();
	}

	public List<ProposalDecision> decisionsOfSession(long sessionId) {
		return this.jdbc.sql("select " + DECISION_COLUMNS + " from proposal_decision where session_id = ? order by id")
			.param(sessionId)
			.query(CommitteeSessions::decision)
			.list();
	}

	public List<ProposalDecision> decisionsOfDossier(long dossierId) {
		return this.jdbc.sql("select " + DECISION_COLUMNS + " from proposal_decision where dossier_id = ? order by id")
			.param(dossierId)
			.query(CommitteeSessions::decision)
			.list();
	}

	private static ProposalDecision decision(ResultSet rs, int row) throws SQLException {
		return new ProposalDecision(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
				Decision.valueOf(rs.getString(5)), rs.getString(6), rs.getBigDecimal(7), rs.getString(8),
				Analyses.instant(rs, 9));
	}

}
