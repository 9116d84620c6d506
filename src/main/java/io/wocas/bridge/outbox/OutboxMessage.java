package io.wocas.bridge.outbox;

import java.util.Objects;

/**
 * An update for another system, to be delivered after the change that causes it commits.
 *
 * @param kind which handler delivers it (for example {@code OWNER_MAIL}, {@code SF_TASK})
 * @param idempotencyKey identifies the update: enqueuing the same key twice delivers it
 * once
 * @param target the system instance (an org name, {@code smtp})
 * @param payload JSON the handler understands
 */
public record OutboxMessage(String kind, String idempotencyKey, String target, String payload) {

	public OutboxMessage {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(idempotencyKey, "idempotencyKey");
		Objects.requireNonNull(target, "target");
		Objects.requireNonNull(payload, "payload");
		if (idempotencyKey.length() > 300) {
			throw new IllegalArgumentException("idempotency key longer than 300 characters");
		}
	}

}
