package io.wocas.bridge.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read side of dossiers for the API: filtered, sorted and paged lists.
 */
@Component
public class DossierQueries {

	private final JdbcClient jdbc;

	DossierQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A dossier as listed.
	 */
	public record Summary(long id, String title, DossierStatus status, String primaryReason, String owner,
			boolean priority, double priorityScore, long voices, Instant lastVoiceAt, Long mergedInto) {

	}

	/**
	 * Filters; null means any.
	 */
	public record Filter(DossierStatus status, String reasonCode, Boolean priority, boolean includeMerged) {

	}

	public record Page(List<Summary> content, long total) {

	}

	public Page list(Filter filter, String sort, int page, int size) {
		StringBuilder where = new StringBuilder(" where 1 = 1");
		List<Object> params = new ArrayList<>();
		if (filter.status() != null) {
			where.append(" and d.status = ?");
			params.add(filter.status().name());
		}
		else if (!filter.includeMerged()) {
			where.append(" and d.status <> 'MERGED'");
		}
		if (filter.priority() != null) {
			where.append(" and d.priority = ?");
			params.add(filter.priority());
		}
		if (filter.reasonCode() != null) {
			where.append(" and (d.primary_reason = ? or exists (select 1 from dossier_voice dv"
					+ " join voice_reason vr on vr.voice_id = dv.voice_id where dv.dossier_id = d.id and vr.code = ?))");
			params.add(filter.reasonCode());
			params.add(filter.reasonCode());
		}
		String order = switch ((sort != null) ? sort : "score") {
			case "score" -> " order by d.priority_score desc, d.id desc";
			case "recent" -> " order by d.last_voice_at desc nulls last, d.id desc";
			case "voices" -> " order by voices desc, d.id desc";
			case "id" -> " order by d.id";
			default -> throw new IllegalArgumentException("sort must be one of score, recent, voices, id");
		};
		long total = this.jdbc.sql("select count(*) from dossier d" + where).params(params).query(Long.class).single();
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add((long) page * size);
		pageParams.add(size);
		List<Summary> content = this.jdbc
			.sql("select d.id, d.title, d.status, d.primary_reason, d.owner, d.priority, d.priority_score,"
					+ " (select count(*) from dossier_voice dv where dv.dossier_id = d.id) as voices, d.last_voice_at,"
					+ " d.merged_into from dossier d" + where + order + " offset ? rows fetch next ? rows only")
			.params(pageParams)
			.query(DossierQueries::summary)
			.list();
		return new Page(content, total);
	}

	private static Summary summary(ResultSet rs, int row) throws SQLException {
		java.sql.Timestamp last = rs.getTimestamp(9);
		return new Summary(rs.getLong(1), rs.getString(2), DossierStatus.valueOf(rs.getString(3)), rs.getString(4),
				rs.getString(5), rs.getBoolean(6), rs.getDouble(7), rs.getLong(8),
				(last != null) ? last.toInstant() : null, (Long) rs.getObject(10, Long.class));
	}

}
