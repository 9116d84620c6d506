package io.wocas.bridge.outbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes outbox rows in the caller's transaction, so an update to another system exists
 * exactly when the change that causes it is committed.
 */
@Component
public class Outbox {

	private final JdbcClient jdbc;

	private final Clock clock;

	public Outbox(JdbcClient jdbc, Optional<Clock> clock) {
		this.jdbc = jdbc;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * Enqueues a message unless one with the same idempotency key exists.
	 * @return whether a row was written
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean enqueue(OutboxMessage message) {
		Timestamp now = Timestamp.from(this.clock.instant());
		int rows = this.jdbc
			.sql("insert into outbox (kind, idempotency_key, target, payload, status, attempts, next_attempt_at,"
					+ " created_at) select ?, ?, ?, ?, 'PENDING', 0, ?, ? from (values (1)) as one (x)"
					+ " where not exists (select 1 from outbox where idempotency_key = ?)")
			.params(message.kind(), message.idempotencyKey(), message.target(), message.payload(), now, now,
					message.idempotencyKey())
			.update();
		return rows > 0;
	}

	/**
	 * Enqueues a message unless an undelivered message of the same kind, target and
	 * payload is already waiting: for updates whose handler reads the current state when
	 * it delivers (a record kept current), one waiting row is enough however many changes
	 * caused it.
	 * @return whether a row was written
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean enqueueCoalesced(String kind, String target, String payload) {
		Timestamp now = Timestamp.from(this.clock.instant());
		String key = kind + ":" + UUID.randomUUID();
		int rows = this.jdbc
			.sql("insert into outbox (kind, idempotency_key, target, payload, status, attempts, next_attempt_at,"
					+ " created_at) select ?, ?, ?, ?, 'PENDING', 0, ?, ? from (values (1)) as one (x)"
					+ " where not exists (select 1 from outbox where kind = ? and target = ? and payload = ?"
					+ " and status = 'PENDING')")
			.params(kind, key, target, payload, now, now, kind, target, payload)
			.update();
		return rows > 0;
	}

}
