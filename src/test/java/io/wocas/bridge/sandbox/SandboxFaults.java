package io.wocas.bridge.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Faults a test (or the demo, through {@code /__sandbox/faults}) switches on: failing
 * data API calls, expiring every session, adding latency and refusing writes of chosen
 * records. Faults apply to the data API ({@code /services/data/...}); the OAuth endpoints
 * keep working.
 */
public final class SandboxFaults {

	private final Clock clock;

	private final Runnable sessionExpiry;

	private final AtomicInteger failNext = new AtomicInteger();

	private volatile int failStatus = 503;

	private volatile Instant unavailableUntil = Instant.MIN;

	private volatile Duration latency = Duration.ZERO;

	private final List<RecordFault> recordFaults = new CopyOnWriteArrayList<>();

	record RecordFault(String sObjectType, Predicate<Map<String, Object>> matches, String statusCode, String message) {
	}

	SandboxFaults(Clock clock, Runnable sessionExpiry) {
		this.clock = clock;
		this.sessionExpiry = sessionExpiry;
	}

	/**
	 * The next {@code calls} data API calls fail with the given status (503 answers
	 * {@code SERVER_UNAVAILABLE}, 500 {@code UNKNOWN_EXCEPTION}).
	 */
	public SandboxFaults failNextCalls(int calls, int status) {
		this.failStatus = status;
		this.failNext.set(calls);
		return this;
	}

	public SandboxFaults unavailableFor(Duration duration) {
		this.unavailableUntil = this.clock.instant().plus(duration);
		return this;
	}

	/**
	 * Every access token stops working: the next calls get 401 {@code INVALID_SESSION_ID}
	 * until the client logs in again.
	 */
	public SandboxFaults expireSessions() {
		this.sessionExpiry.run();
		return this;
	}

	public SandboxFaults latency(Duration latency) {
		this.latency = latency;
		return this;
	}

	/**
	 * Writes (single, collection or composite) of records of the type whose fields match
	 * fail with the given status code, e.g. {@code FIELD_CUSTOM_VALIDATION_EXCEPTION}.
	 */
	public SandboxFaults failRecordWrites(String sObjectType, Predicate<Map<String, Object>> matches, String statusCode,
			String message) {
		this.recordFaults.add(new RecordFault(sObjectType, matches, statusCode, message));
		return this;
	}

	public SandboxFaults clear() {
		this.failNext.set(0);
		this.unavailableUntil = Instant.MIN;
		this.latency = Duration.ZERO;
		this.recordFaults.clear();
		return this;
	}

	/**
	 * The status the current call must fail with, if any; consumes one "fail next" call.
	 */
	Optional<Integer> callFailure() {
		if (this.clock.instant().isBefore(this.unavailableUntil)) {
			return Optional.of(503);
		}
		int remaining = this.failNext.getAndUpdate((count) -> Math.max(0, count - 1));
		return remaining > 0 ? Optional.of(this.failStatus) : Optional.empty();
	}

	Duration latency() {
		return this.latency;
	}

	void checkWrite(String sObjectType, Map<String, Object> fields) {
		for (RecordFault fault : this.recordFaults) {
			if (fault.sObjectType().equalsIgnoreCase(sObjectType) && fault.matches().test(fields)) {
				throw new SalesforceApiException(400, fault.statusCode(), fault.message());
			}
		}
	}

}
