package io.wocas.bridge.connector;

import java.util.Map;
import java.util.Objects;

/**
 * One route to create from a YAML route template in {@code routes/}: one per configured
 * connector instance (a mailbox, a Salesforce object of an org).
 *
 * @param templateId the {@code routeTemplate} id
 * @param routeId the id of the created route
 * @param parameters template parameters, by name
 */
public record RouteInstance(String templateId, String routeId, Map<String, Object> parameters) {

	public RouteInstance {
		Objects.requireNonNull(templateId, "templateId");
		Objects.requireNonNull(routeId, "routeId");
		parameters = Map.copyOf(parameters);
	}

}
