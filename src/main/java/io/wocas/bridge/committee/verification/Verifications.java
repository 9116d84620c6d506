package io.wocas.bridge.committee.verification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The figures of each resolution's check, one row per resolution, overwritten by each
 * check until the dossier is verified or reopened.
 */
@Repository
public class Verifications {

	private static final String COLUMNS = "resolution_id, dossier_id, resolved_at, window_seconds, before_count,"
			+ " after_count, before_per_day, after_per_day, observed_days, outcome, checked_at";

	private final JdbcClient jdbc;

	Verifications(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Resolved dossiers with their latest resolution.
	 */
	List<Watched> watched() {
		return this.jdbc
			.sql("select d.id, r.id, r.resolved_at from dossier d join dossier_resolution r on r.dossier_id = d.id"
					+ " where d.status = 'RESOLVED' and r.id = (select max(r2.id) from dossier_resolution r2"
					+ " where r2.dossier_id = d.id) order by r.resolved_at")
			.query((rs, row) -> new Watched(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant()))
			.list();
	}

	public void save(VerificationFigures figures) {
		int updated = this.jdbc
			.sql("update dossier_verification set before_count = ?, after_count = ?, before_per_day = ?,"
					+ " after_per_day = ?, observed_days = ?, outcome = ?, checked_at = ?, window_seconds = ?"
					+ " where resolution_id = ?")
			.params(figures.beforeCount(), figures.afterCount(), figures.beforePerDay(), figures.afterPerDay(),
					figures.observedDays(), figures.outcome().name(), Timestamp.from(figures.checkedAt()),
					figures.window().toSeconds(), figures.resolutionId())
			.update();
		if (updated == 0) {
			this.jdbc.sql("insert into dossier_verification (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(figures.resolutionId(), figures.dossierId(), Timestamp.from(figures.resolvedAt()),
						figures.window().toSeconds(), figures.beforeCount(), figures.afterCount(),
						figures.beforePerDay(), figures.afterPerDay(), figures.observedDays(), figures.outcome().name(),
						Timestamp.from(figures.checkedAt()))
				.update();
		}
	}

	public List<VerificationFigures> of(long dossierId) {
		return this.jdbc
			.sql("select " + COLUMNS + " from dossier_verification where dossier_id = ? order by resolution_id")
			.param(dossierId)
			.query(Verifications::figures)
			.list();
	}

	public Optional<VerificationFigures> latest(long dossierId) {
		List<VerificationFigures> all = of(dossierId);
		return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
	}

	private static VerificationFigures figures(ResultSet rs, int row) throws SQLException {
		return new VerificationFigures(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant(),
				Duration.ofSeconds(rs.getLong(4)), rs.getInt(5), rs.getInt(6), rs.getBigDecimal(7), rs.getBigDecimal(8),
				rs.getBigDecimal(9), VerificationOutcome.valueOf(rs.getString(10)), rs.getTimestamp(11).toInstant());
	}

	record Watched(long dossierId, long resolutionId, Instant resolvedAt) {

	}

}
