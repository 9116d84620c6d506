package io.wocas.bridge.committee;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored analyses and proposals.
 */
@Repository
public class Analyses {

	private static final String PROPOSAL_COLUMNS = "id, dossier_id, ordinal, description, one_off_cost, recurring_cost,"
			+ " expected_reduction, departments, created_at, retired_at";

	private final JdbcClient jdbc;

	Analyses(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Analysis> find(long dossierId) {
		return this.jdbc
			.sql("select dossier_id, root_cause, updated_by, updated_at, submitted_by, submitted_at"
					+ " from dossier_analysis where dossier_id = ?")
			.param(dossierId)
			.query((rs, row) -> new Analysis(rs.getLong(1), rs.getString(2), rs.getString(3), instant(rs, 4),
					rs.getString(5), instant(rs, 6)))
			.optional();
	}

	void saveRootCause(long dossierId, String rootCause, String by, Instant at) {
		int updated = this.jdbc
			.sql("update dossier_analysis set root_cause = ?, updated_by = ?, updated_at = ? where dossier_id = ?")
			.params(rootCause, by, Timestamp.from(at), dossierId)
			.update();
		if (updated == 0) {
			this.jdbc.sql(
					"insert into dossier_analysis (dossier_id, root_cause, updated_by, updated_at) values (?, ?, ?, ?)")
				.params(dossierId, rootCause, by, Timestamp.from(at))
				.update();
		}
	}

	void markSubmitted(long dossierId, String by, Instant at) {
		this.jdbc.sql("update dossier_analysis set submitted_by = ?, submitted_at = ? where dossier_id = ?")
			.params(by, Timestamp.from(at), dossierId)
			.update();
	}

	/**
	 * The proposals of the current round, in the owner's order.
	 */
	public List<Proposal> currentProposals(long dossierId) {
		return this.jdbc
			.sql("select " + PROPOSAL_COLUMNS
					+ " from proposal where dossier_id = ? and retired_at is null order by ordinal, id")
			.param(dossierId)
			.query(Analyses::proposal)
			.list();
	}

	public List<Proposal> allProposals(long dossierId) {
		return this.jdbc.sql("select " + PROPOSAL_COLUMNS + " from proposal where dossier_id = ? order by id")
			.param(dossierId)
			.query(Analyses::proposal)
			.list();
	}

	public Optional<Proposal> proposal(long proposalId) {
		return this.jdbc.sql("select " + PROPOSAL_COLUMNS + " from proposal where id = ?")
			.param(proposalId)
			.query(Analyses::proposal)
			.optional();
	}

	/**
	 * Replaces the current proposals: those the committee never decided on are deleted,
	 * the others retired.
	 */
	void replaceProposals(long dossierId, List<ProposalDraft> drafts, Instant at) {
		this.jdbc
			.sql("delete from proposal where dossier_id = ? and retired_at is null"
					+ " and not exists (select 1 from proposal_decision d where d.proposal_id = proposal.id)"
					+ " and not exists (select 1 from action_task t where t.proposal_id = proposal.id)")
			.param(dossierId)
			.update();
		this.jdbc.sql("update proposal set retired_at = ? where dossier_id = ? and retired_at is null")
			.params(Timestamp.from(at), dossierId)
			.update();
		int ordinal = 1;
		for (ProposalDraft draft : drafts) {
			this.jdbc
				.sql("insert into proposal (dossier_id, ordinal, description, one_off_cost, recurring_cost,"
						+ " expected_reduction, departments, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
				.params(dossierId, ordinal++, draft.description(), draft.oneOffCost(), draft.recurringCost(),
						draft.expectedReduction(), String.join(Proposal.DEPARTMENT_SEPARATOR, draft.departments()),
						Timestamp.from(at))
				.update();
		}
	}

	private static Proposal proposal(ResultSet rs, int row) throws SQLException {
		return new Proposal(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getBigDecimal(5),
				rs.getBigDecimal(6), rs.getBigDecimal(7),
				Arrays.asList(rs.getString(8).split(java.util.regex.Pattern.quote(Proposal.DEPARTMENT_SEPARATOR))),
				instant(rs, 9), instant(rs, 10));
	}

	static Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
