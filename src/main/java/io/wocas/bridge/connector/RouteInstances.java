package io.wocas.bridge.connector;

import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.apache.camel.model.Model;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Creates the connector routes from the route templates once Camel has loaded
 * {@code routes/}. A template id that does not exist fails start-up with the id and the
 * connector that asked for it.
 */
@Component
class RouteInstances implements CamelContextConfiguration {

	private static final Logger log = LoggerFactory.getLogger(RouteInstances.class);

	private final List<RouteInstanceSource> sources;

	RouteInstances(List<RouteInstanceSource> sources) {
		this.sources = sources;
	}

	@Override
	public void beforeApplicationStart(CamelContext camelContext) {
	}

	@Override
	public void afterApplicationStart(CamelContext camelContext) {
		for (RouteInstanceSource source : this.sources) {
			for (RouteInstance instance : source.routeInstances()) {
				add(camelContext, instance);
			}
		}
	}

	private void add(CamelContext camelContext, RouteInstance instance) {
		Model model = camelContext.getCamelContextExtension().getContextPlugin(Model.class);
		if (model.getRouteTemplateDefinition(instance.templateId()) == null) {
			throw new IllegalStateException("route template '" + instance.templateId()
					+ "' is not defined in routes/*.yaml (needed by route " + instance.routeId() + ")");
		}
		TemplatedRouteBuilder builder = TemplatedRouteBuilder.builder(camelContext, instance.templateId())
			.routeId(instance.routeId());
		instance.parameters().forEach(builder::parameter);
		builder.add();
		log.info("Started route {} from template {}", instance.routeId(), instance.templateId());
	}

}
