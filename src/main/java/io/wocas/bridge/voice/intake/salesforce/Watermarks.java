package io.wocas.bridge.voice.intake.salesforce;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * How far each Salesforce object of each org has been read. Advanced in the same
 * transaction as the voices read up to it, so a crash never skips an item.
 */
@Repository
class Watermarks {

	private final JdbcClient jdbc;

	Watermarks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Watermark> find(String org, String sobject) {
		return this.jdbc
			.sql("select last_modstamp, last_record_id from salesforce_watermark where org_name = ? and sobject = ?")
			.params(org, sobject)
			.query((rs, row) -> new Watermark(rs.getTimestamp(1).toInstant(), rs.getString(2)))
			.optional();
	}

	/**
	 * Moves the watermark forward to the given point; never moves it back.
	 */
	void advance(String org, String sobject, Watermark to, Instant now) {
		Optional<Watermark> current = find(org, sobject);
		if (current.isEmpty()) {
			this.jdbc
				.sql("insert into salesforce_watermark (org_name, sobject, last_modstamp, last_record_id, updated_at)"
						+ " values (?, ?, ?, ?, ?)")
				.params(org, sobject, Timestamp.from(to.modstamp()), to.recordId(), Timestamp.from(now))
				.update();
		}
		else if (to.isAfter(current.get())) {
			this.jdbc
				.sql("update salesforce_watermark set last_modstamp = ?, last_record_id = ?, updated_at = ?"
						+ " where org_name = ? and sobject = ?")
				.params(Timestamp.from(to.modstamp()), to.recordId(), Timestamp.from(now), org, sobject)
				.update();
		}
	}

	/**
	 * A point in an object's change stream: {@code SystemModstamp}, then record id for
	 * ties.
	 */
	record Watermark(Instant modstamp, String recordId) {

		boolean isAfter(Watermark other) {
			int byTime = this.modstamp.compareTo(other.modstamp);
			return byTime > 0 || (byTime == 0 && this.recordId.compareTo(other.recordId) > 0);
		}

	}

}
