package io.wocas.bridge.outbox;

import java.time.Instant;

/**
 * A stored outbox row, as handed to its handler.
 */
public record OutboxEntry(long id, String kind, String idempotencyKey, String target, String payload, int attempts,
		Instant createdAt) {

}
