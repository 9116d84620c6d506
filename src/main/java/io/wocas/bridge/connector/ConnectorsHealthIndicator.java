package io.wocas.bridge.connector;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Shows under {@code connectors} in health when each connector last succeeded and what
 * its last error was. A failing connector does not make the application DOWN: the product
 * keeps serving the other sources and the API, and a restart would not bring a mail
 * server back.
 */
@Component
class ConnectorsHealthIndicator implements HealthIndicator {

	private final ConnectorStatus status;

	ConnectorsHealthIndicator(ConnectorStatus status) {
		this.status = status;
	}

	@Override
	public Health health() {
		Health.Builder health = Health.up();
		this.status.snapshot().forEach((connector, state) -> health.withDetail(connector, details(state)));
		return health.build();
	}

	private static Map<String, Object> details(ConnectorStatus.State state) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("state", state.up() ? "ok" : "failing");
		details.put("lastSuccess", state.lastSuccessAt());
		details.put("lastErrorAt", state.lastErrorAt());
		details.put("lastError", state.lastError());
		return details;
	}

}
