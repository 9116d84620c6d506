package io.wocas.bridge.voice.intake.salesforce;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.wocas.bridge.connector.RouteInstance;
import io.wocas.bridge.connector.RouteInstanceSource;
import io.wocas.bridge.salesforce.SalesforceSettings;
import io.wocas.bridge.salesforce.SalesforceSettings.PolledObject;

import org.springframework.stereotype.Component;

/**
 * One polling route per object of each enabled org, from the {@code salesforce-poll}
 * template.
 */
@Component
class SalesforceRoutes implements RouteInstanceSource {

	static final String TEMPLATE = "salesforce-poll";

	private final SalesforceSettings settings;

	SalesforceRoutes(SalesforceSettings settings) {
		this.settings = settings;
	}

	@Override
	public List<RouteInstance> routeInstances() {
		List<RouteInstance> routes = new ArrayList<>();
		this.settings.orgs().forEach((name, org) -> {
			if (!org.enabled()) {
				return;
			}
			for (PolledObject object : org.poll()) {
				routes.add(new RouteInstance(TEMPLATE, "salesforce-" + name + "-" + object.sobject(),
						Map.of("org", name, "object", object.name(), "period", org.pollInterval().toMillis())));
			}
		});
		return routes;
	}

}
