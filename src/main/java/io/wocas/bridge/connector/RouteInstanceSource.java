package io.wocas.bridge.connector;

import java.util.List;

/**
 * Implemented by each connector kind: the routes its configured instances need. Adding a
 * mailbox or an org to {@code connectors/} adds routes without touching Java or
 * {@code routes/}.
 */
public interface RouteInstanceSource {

	List<RouteInstance> routeInstances();

}
