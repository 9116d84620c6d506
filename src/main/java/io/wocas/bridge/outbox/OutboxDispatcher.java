package io.wocas.bridge.outbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Delivers due outbox entries kind by kind, in batches. A failed entry is retried with an
 * exponential back-off capped at {@link #MAX_BACKOFF}; it is never dropped. Only an entry
 * its handler calls permanently refused is parked as FAILED, for ops to look at. Called
 * by the {@code outbox} route; one dispatch at a time.
 */
@Component("outboxDispatcher")
public class OutboxDispatcher {

	static final Duration FIRST_BACKOFF = Duration.ofSeconds(2);

	static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

	static final Duration CLAIM_LEASE = Duration.ofMinutes(10);

	private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

	private final JdbcClient jdbc;

	private final Map<String, OutboxHandler> handlers;

	private final MeterRegistry meters;

	private final Clock clock;

	public OutboxDispatcher(JdbcClient jdbc, List<OutboxHandler> handlers, MeterRegistry meters,
			Optional<Clock> clock) {
		this.jdbc = jdbc;
		this.handlers = handlers.stream().collect(Collectors.toMap(OutboxHandler::kind, Function.identity()));
		this.meters = meters;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * Delivers what is due now.
	 * @return the number of entries delivered
	 */
	public synchronized int dispatch() {
		int delivered = 0;
		for (OutboxHandler handler : this.handlers.values()) {
			delivered += dispatch(handler);
		}
		return delivered;
	}

	private int dispatch(OutboxHandler handler) {
		releaseExpiredClaims(handler.kind());
		List<OutboxEntry> due = due(handler.kind(), handler.batchSize());
		if (due.isEmpty()) {
			return 0;
		}
		claim(due);
		List<Delivery> deliveries;
		try {
			deliveries = handler.deliver(due);
		}
		catch (RuntimeException ex) {
			log.warn("Outbox {}: batch of {} not delivered: {}", handler.kind(), due.size(), ex.getMessage());
			deliveries = due.stream().map((entry) -> Delivery.retryLater(entry.id(), ex.getMessage())).toList();
		}
		Set<Long> answered = new HashSet<>();
		int delivered = 0;
		Map<Long, OutboxEntry> byId = due.stream().collect(Collectors.toMap(OutboxEntry::id, Function.identity()));
		for (Delivery delivery : deliveries) {
			OutboxEntry entry = byId.get(delivery.entryId());
			if (entry == null || !answered.add(entry.id())) {
				continue;
			}
			record(handler.kind(), entry, delivery);
			delivered += delivery.delivered() ? 1 : 0;
		}
		for (OutboxEntry entry : due) {
			if (!answered.contains(entry.id())) {
				record(handler.kind(), entry, Delivery.retryLater(entry.id(), "no answer from handler"));
			}
		}
		return delivered;
	}

	private List<OutboxEntry> due(String kind, int limit) {
		return this.jdbc
			.sql("select id, kind, idempotency_key, target, payload, attempts, created_at from outbox"
					+ " where kind = ? and status = 'PENDING' and next_attempt_at <= ? order by id"
					+ " fetch first ? rows only")
			.params(kind, Timestamp.from(this.clock.instant()), limit)
			.query((rs, row) -> new OutboxEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getInt(6), rs.getTimestamp(7).toInstant()))
			.list();
	}

	/**
	 * Marks entries as being sent, so that a change made meanwhile queues a new entry
	 * instead of coalescing into one whose record was already read. The claim is a lease:
	 * an entry left SENDING by a crash becomes due again when the lease ends.
	 */
	private void claim(List<OutboxEntry> entries) {
		Timestamp leaseEnd = Timestamp.from(this.clock.instant().plus(CLAIM_LEASE));
		for (OutboxEntry entry : entries) {
			this.jdbc
				.sql("update outbox set status = 'SENDING', next_attempt_at = ? where id = ? and status = 'PENDING'")
				.params(leaseEnd, entry.id())
				.update();
		}
	}

	private void releaseExpiredClaims(String kind) {
		this.jdbc
			.sql("update outbox set status = 'PENDING' where kind = ? and status = 'SENDING' and next_attempt_at <= ?")
			.params(kind, Timestamp.from(this.clock.instant()))
			.update();
	}

	private void record(String kind, OutboxEntry entry, Delivery delivery) {
		Instant now = this.clock.instant();
		if (delivery.delivered()) {
			this.jdbc
				.sql("update outbox set status = 'SENT', attempts = attempts + 1, sent_at = ?, external_id = ?,"
						+ " last_error = null where id = ?")
				.params(Timestamp.from(now), delivery.externalId(), entry.id())
				.update();
			this.meters.counter("wocas.outbox.delivered", "kind", kind).increment();
			return;
		}
		String error = truncate(delivery.error());
		if (delivery.permanent()) {
			log.warn("Outbox {} entry {} refused: {}", kind, entry.id(), error);
			this.jdbc.sql("update outbox set status = 'FAILED', attempts = attempts + 1, last_error = ? where id = ?")
				.params(error, entry.id())
				.update();
			this.meters.counter("wocas.outbox.failed", "kind", kind).increment();
			return;
		}
		Duration backoff = backoff(entry.attempts() + 1);
		this.jdbc.sql("update outbox set attempts = attempts + 1, last_error = ?, next_attempt_at = ? where id = ?")
			.params(error, Timestamp.from(now.plus(backoff)), entry.id())
			.update();
		this.meters.counter("wocas.outbox.retried", "kind", kind).increment();
	}

	static Duration backoff(int attempts) {
		long factor = 1L << Math.min(attempts - 1, 20);
		Duration backoff = FIRST_BACKOFF.multipliedBy(factor);
		return (backoff.compareTo(MAX_BACKOFF) > 0) ? MAX_BACKOFF : backoff;
	}

	private static String truncate(String error) {
		if (error == null) {
			return "unknown error";
		}
		return (error.length() > 2000) ? error.substring(0, 1997) + "..." : error;
	}

}
