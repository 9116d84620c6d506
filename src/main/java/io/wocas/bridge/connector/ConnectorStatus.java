package io.wocas.bridge.connector;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * The last successful poll and the last error of each connector (a mailbox, a Salesforce
 * object), for health and for ops. Error texts must not hold customer data.
 */
@Component
public class ConnectorStatus {

	private final Map<String, State> states = new ConcurrentHashMap<>();

	public void succeeded(String connector, Instant at) {
		this.states.merge(connector, new State(at, null, null, true),
				(old, now) -> new State(at, old.lastErrorAt(), old.lastError(), true));
	}

	public void failed(String connector, Instant at, String error) {
		this.states.merge(connector, new State(null, at, error, false),
				(old, now) -> new State(old.lastSuccessAt(), at, error, false));
	}

	public Optional<State> of(String connector) {
		return Optional.ofNullable(this.states.get(connector));
	}

	public Map<String, State> snapshot() {
		return new TreeMap<>(this.states);
	}

	/**
	 * One connector's state; {@code up} tells whether its latest attempt succeeded.
	 */
	public record State(Instant lastSuccessAt, Instant lastErrorAt, String lastError, boolean up) {

	}

}
