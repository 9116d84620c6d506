package io.wocas.bridge.salesforce;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.salesforce.SalesforceComponent;

import org.springframework.stereotype.Component;

/**
 * Calls an org through its camel-salesforce component and hands back plain JSON. Every
 * response's {@code Sforce-Limit-Info} is recorded in {@link ApiUsage}.
 */
@Component
public class SalesforceClient {

	static final String QUERY_OPTIONS = "Sforce-Query-Options";

	static final String LIMIT_INFO = "Sforce-Limit-Info";

	private final CamelContext camelContext;

	private final ProducerTemplate producer;

	private final ObjectMapper json;

	private final ApiUsage apiUsage;

	private final SalesforceSettings settings;

	public SalesforceClient(CamelContext camelContext, ProducerTemplate producer, ObjectMapper json, ApiUsage apiUsage,
			SalesforceSettings settings) {
		this.camelContext = camelContext;
		this.producer = producer;
		this.json = json;
		this.apiUsage = apiUsage;
		this.settings = settings;
	}

	/**
	 * Runs a SOQL query and returns its first page.
	 */
	public QueryPage query(String org, String soql, int batchSize) {
		return page(org, call(org, "query", soql, Map.of(QUERY_OPTIONS, "batchSize=" + batchSize)));
	}

	/**
	 * Follows a {@code nextRecordsUrl}.
	 */
	public QueryPage queryMore(String org, String nextRecordsUrl, int batchSize) {
		return page(org, call(org, "queryMore", nextRecordsUrl, Map.of(QUERY_OPTIONS, "batchSize=" + batchSize)));
	}

	/**
	 * Calls a REST resource of the org's API version, e.g. {@code composite/sobjects},
	 * with a JSON body, and returns the JSON answer ({@code null} for an empty answer).
	 */
	public JsonNode rest(String org, String method, String resource, JsonNode body) {
		String path = "/services/data/v" + orgSettings(org).apiVersion() + "/" + resource;
		String json;
		try {
			json = (body != null) ? this.json.writeValueAsString(body) : null;
		}
		catch (IOException ex) {
			throw new SalesforceCallException(org, method + " " + resource, ex);
		}
		Endpoint endpoint = endpoint(org, "raw", Map.of("format", "JSON"));
		Exchange result = this.producer.request(endpoint, (exchange) -> {
			exchange.getIn().setHeader("rawMethod", method);
			exchange.getIn().setHeader("rawPath", path);
			exchange.getIn()
				.setBody((json != null) ? new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))
						: null);
		});
		this.apiUsage.record(org, result.getMessage().getHeader(LIMIT_INFO, String.class));
		if (result.getException() != null) {
			throw new SalesforceCallException(org, method + " " + resource, result.getException());
		}
		try (InputStream in = result.getMessage().getBody(InputStream.class)) {
			if (in == null) {
				return null;
			}
			byte[] bytes = in.readAllBytes();
			return (bytes.length == 0) ? null : this.json.readTree(bytes);
		}
		catch (IOException ex) {
			throw new SalesforceCallException(org, method + " " + resource, ex);
		}
	}

	/**
	 * The instance URL of the org's current session, for links back to records.
	 */
	public String instanceUrl(String org) {
		SalesforceComponent component = this.camelContext.getComponent(SalesforceConnections.componentName(org),
				SalesforceComponent.class);
		String instanceUrl = (component.getSession() != null) ? component.getSession().getInstanceUrl() : null;
		return (instanceUrl != null) ? instanceUrl : component.getLoginUrl();
	}

	private JsonNode call(String org, String operation, Object body, Map<String, Object> headers) {
		Endpoint endpoint = endpoint(org, operation, Map.of("rawPayload", true));
		Exchange result = this.producer.request(endpoint, (exchange) -> {
			exchange.getIn().setBody(body);
			exchange.getIn().getHeaders().putAll(headers);
		});
		this.apiUsage.record(org, result.getMessage().getHeader(LIMIT_INFO, String.class));
		if (result.getException() != null) {
			throw new SalesforceCallException(org, operation, result.getException());
		}
		try (InputStream in = result.getMessage().getMandatoryBody(InputStream.class)) {
			return this.json.readTree(in);
		}
		catch (IOException | org.apache.camel.InvalidPayloadException ex) {
			throw new SalesforceCallException(org, operation, ex);
		}
	}

	private SalesforceSettings.Org orgSettings(String org) {
		SalesforceSettings.Org settings = this.settings.orgs().get(org);
		if (settings == null) {
			throw new IllegalArgumentException("no Salesforce org '" + org + "' in connectors");
		}
		return settings;
	}

	/**
	 * Endpoints are cached by Camel per URI: options that change from call to call go in
	 * headers, never here.
	 */
	private Endpoint endpoint(String org, String operation, Map<String, Object> options) {
		Map<String, Object> parameters = new java.util.HashMap<>(options);
		parameters.put("apiVersion", orgSettings(org).apiVersion());
		try {
			return this.camelContext.getEndpoint(SalesforceConnections.componentName(org) + ":" + operation,
					parameters);
		}
		catch (RuntimeException ex) {
			throw new SalesforceCallException(org, operation, ex);
		}
	}

	private QueryPage page(String org, JsonNode response) {
		List<JsonNode> records = new ArrayList<>();
		response.path("records").forEach(records::add);
		JsonNode next = response.get("nextRecordsUrl");
		return new QueryPage(records, (next != null && !next.isNull()) ? next.asText() : null,
				response.path("done").asBoolean(true), response.path("totalSize").asInt(records.size()));
	}

	/**
	 * One page of a query.
	 */
	public record QueryPage(List<JsonNode> records, String nextRecordsUrl, boolean done, int totalSize) {

		public boolean hasMore() {
			return !this.done && this.nextRecordsUrl != null;
		}

	}

}
