package io.wocas.bridge.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An in-process Salesforce org for tests and the demo: the OAuth token endpoint and the
 * subset of the REST API the product uses (query/queryMore, sObject rows, sObject
 * Collections, composite, Chatter feed elements, limits), with Salesforce's JSON shapes,
 * error codes, the {@code Sforce-Limit-Info} header and the daily API call count. Faults
 * are switched on through {@link #faults()}, calls are counted in {@link #stats()} and
 * records are read or added through {@link #store()}.
 *
 * <pre>
 * try (SalesforceSandbox sandbox = SalesforceSandbox.builder()
 *     .clientCredentials("clientId", "clientSecret")
 *     .user("0055g00000ABCDEAAA", "sofie@example.com", "secret")
 *     .build()
 *     .start()) {
 *     sandbox.baseUrl(); // loginUrl and instance_url
 * }
 * </pre>
 *
 * One visible difference with a real org: the JDK server sends header names as
 * {@code Sforce-limit-info} (HTTP header names are case-insensitive).
 */
public final class SalesforceSandbox implements AutoCloseable {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Pattern DATA_PATH = Pattern.compile("/services/data/v(\\d+\\.\\d+)(/.*)?");

	private static final List<String> VERSIONS = List.of("58.0", "59.0", "60.0", "61.0", "62.0", "63.0", "64.0",
			"65.0");

	private final Builder settings;

	private final SandboxStore store;

	private final SandboxAuth auth;

	private final SandboxFaults faults;

	private final SandboxStats stats;

	private final SandboxRestApi api;

	private HttpServer server;

	private ThreadPoolExecutor executor;

	private SalesforceSandbox(Builder settings) {
		this.settings = settings;
		this.store = new SandboxStore(settings.clock);
		try {
			if (settings.seed != null) {
				try (InputStream seed = settings.seed.open()) {
					this.store.load(seed);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the Salesforce sandbox seed", ex);
		}
		List<SandboxAuth.SandboxUser> users = new ArrayList<>(settings.users);
		for (SandboxAuth.SandboxUser user : users) {
			if (this.store.record("User", user.id()).isEmpty()) {
				Map<String, Object> record = new LinkedHashMap<>();
				record.put("Id", user.id());
				record.put("Name", user.username());
				record.put("Username", user.username());
				this.store.insert("User", record);
			}
		}
		String runAs = settings.runAsUserId != null ? settings.runAsUserId : users.isEmpty() ? null : users.get(0).id();
		if (runAs != null) {
			this.store.defaultUserId(runAs);
		}
		this.stats = new SandboxStats(settings.dailyApiLimit);
		this.auth = new SandboxAuth(settings.clock, settings.clients, users, settings.jwtKey, settings.sessionTimeout,
				this.store);
		this.faults = new SandboxFaults(settings.clock, this.auth::expireAll);
		this.api = new SandboxRestApi(this.store, this.faults, this.stats);
	}

	public static Builder builder() {
		return new Builder();
	}

	public synchronized SalesforceSandbox start() {
		try {
			this.server = HttpServer.create(new InetSocketAddress(this.settings.bindAddress, this.settings.port), 64);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot bind the Salesforce sandbox", ex);
		}
		this.executor = new ThreadPoolExecutor(this.settings.threads, this.settings.threads, 60, TimeUnit.SECONDS,
				new ArrayBlockingQueue<>(512), (runnable) -> {
					Thread thread = new Thread(runnable, "salesforce-sandbox");
					thread.setDaemon(true);
					return thread;
				});
		this.server.setExecutor(this.executor);
		this.server.createContext("/", this::serve);
		this.server.start();
		return this;
	}

	/**
	 * Deploys the custom objects of an SFDX package (such as
	 * {@code connectors/salesforce}).
	 */
	public SalesforceSandbox deploy(Path sfdxProject) {
		SandboxMetadata.deploy(this.store, sfdxProject);
		return this;
	}

	/**
	 * The login URL and instance URL, e.g. {@code http://127.0.0.1:41234}.
	 */
	public String baseUrl() {
		return "http://" + this.settings.bindAddress + ":" + this.server.getAddress().getPort();
	}

	public int port() {
		return this.server.getAddress().getPort();
	}

	public String orgId() {
		return this.store.orgId();
	}

	public SandboxFaults faults() {
		return this.faults;
	}

	public SandboxStats stats() {
		return this.stats;
	}

	public SandboxStore store() {
		return this.store;
	}

	@Override
	public synchronized void close() {
		if (this.server != null) {
			this.server.stop(0);
			this.executor.shutdownNow();
			this.server = null;
		}
	}

	private void serve(HttpExchange exchange) {
		try (exchange) {
			String path = exchange.getRequestURI().getRawPath();
			String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
			byte[] body = exchange.getRequestBody().readAllBytes();
			Map<String, String> query = parseQuery(exchange.getRequestURI().getRawQuery());
			if (path.equals("/services/oauth2/token") && method.equals("POST")) {
				Map<String, String> form = new LinkedHashMap<>(query);
				form.putAll(parseQuery(new String(body, StandardCharsets.UTF_8)));
				SandboxAuth.TokenResponse response = this.auth.token(form, baseUrl(), this.store::defaultUserId);
				send(exchange, response.status(), response.body(), Map.of());
			}
			else if (path.equals("/services/oauth2/revoke")) {
				Map<String, String> form = new LinkedHashMap<>(query);
				form.putAll(parseQuery(new String(body, StandardCharsets.UTF_8)));
				if (this.auth.revoke(form.get("token"))) {
					send(exchange, 200, null, Map.of());
				}
				else {
					send(exchange, 400, Map.of("error", "unsupported_token_type", "error_description",
							"this token type is not supported"), Map.of());
				}
			}
			else if (path.equals("/services/data") || path.equals("/services/data/")) {
				List<Map<String, Object>> versions = new ArrayList<>();
				for (String version : VERSIONS) {
					versions
						.add(Map.of("label", "v" + version, "url", "/services/data/v" + version, "version", version));
				}
				send(exchange, 200, versions, Map.of());
			}
			else if (path.startsWith("/services/data/v")) {
				serveData(exchange, method, path, query, body);
			}
			else if (path.startsWith("/id/")) {
				serveIdentity(exchange, path);
			}
			else if (path.startsWith("/__sandbox/")) {
				serveAdmin(exchange, method, path.substring("/__sandbox/".length()), body);
			}
			else {
				send(exchange, 404, SalesforceApiException.notFound().restBody(), Map.of());
			}
		}
		catch (IOException | RuntimeException ex) {
			try {
				send(exchange, 500,
						new SalesforceApiException(500, "UNKNOWN_EXCEPTION",
								"An unexpected error occurred. Please include this ErrorId if you contact support: "
										+ ex.getClass().getSimpleName())
							.restBody(),
						Map.of());
			}
			catch (IOException | RuntimeException ignored) {
				// the client went away
			}
		}
	}

	private void serveData(HttpExchange exchange, String method, String path, Map<String, String> query, byte[] body)
			throws IOException {
		Matcher matcher = DATA_PATH.matcher(path);
		if (!matcher.matches()) {
			send(exchange, 404, SalesforceApiException.notFound().restBody(), Map.of());
			return;
		}
		Duration latency = this.faults.latency();
		if (!latency.isZero()) {
			// Injected network latency: the server answers late, as a slow org would.
			java.util.concurrent.locks.LockSupport.parkNanos(latency.toNanos());
		}
		Optional<Integer> failure = this.faults.callFailure();
		if (failure.isPresent()) {
			int status = failure.get();
			SalesforceApiException error = status == 503
					? new SalesforceApiException(503, "SERVER_UNAVAILABLE", "Service Unavailable")
					: new SalesforceApiException(status, "UNKNOWN_EXCEPTION", "An unexpected error occurred.");
			send(exchange, status, error.restBody(), Map.of());
			return;
		}
		Map<String, List<String>> headers = new LinkedHashMap<>();
		exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
		Optional<SandboxAuth.Session> session = this.auth.session(headers.get("authorization"));
		if (session.isEmpty()) {
			send(exchange, 401,
					new SalesforceApiException(401, "INVALID_SESSION_ID", "Session expired or invalid").restBody(),
					Map.of());
			return;
		}
		if (this.stats.limitExceeded()) {
			send(exchange, 403,
					new SalesforceApiException(403, "REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded.")
						.restBody(),
					Map.of("Sforce-Limit-Info", this.stats.limitInfo()));
			return;
		}
		String resource = matcher.group(2) == null ? "" : matcher.group(2);
		this.stats.count(method, resource);
		SandboxRestApi.Response response = this.api.handle(new SandboxRestApi.Request(method, matcher.group(1),
				resource, query, headers, body, session.get().userId()));
		Map<String, String> responseHeaders = new LinkedHashMap<>(response.headers());
		responseHeaders.put("Sforce-Limit-Info", this.stats.limitInfo());
		send(exchange, response.status(), response.body(), responseHeaders);
	}

	private void serveIdentity(HttpExchange exchange, String path) throws IOException {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
		if (this.auth.session(headers.get("authorization")).isEmpty()) {
			send(exchange, 403, "Bad_OAuth_Token", Map.of());
			return;
		}
		String[] parts = path.split("/");
		String userId = parts[parts.length - 1];
		Map<String, Object> user = this.store.record("User", userId).orElse(Map.of());
		Map<String, Object> identity = new LinkedHashMap<>();
		identity.put("id", baseUrl() + path);
		identity.put("user_id", userId);
		identity.put("organization_id", this.store.orgId());
		identity.put("username", user.get("Username"));
		identity.put("display_name", user.get("Name"));
		send(exchange, 200, identity, Map.of());
	}

	private void serveAdmin(HttpExchange exchange, String method, String path, byte[] body) throws IOException {
		if (path.equals("stats") && method.equals("GET")) {
			Map<String, Object> stats = new LinkedHashMap<>();
			stats.put("apiCalls", this.stats.apiCalls());
			stats.put("apiUsage", this.stats.limitInfo());
			Map<String, Long> byResource = new LinkedHashMap<>();
			this.stats.calls()
				.forEach((call) -> byResource.merge(call.method() + " " + call.resource(), 1L, Long::sum));
			stats.put("byResource", byResource);
			send(exchange, 200, stats, Map.of());
		}
		else if (path.equals("stats") && method.equals("DELETE")) {
			this.stats.reset();
			send(exchange, 204, null, Map.of());
		}
		else if (path.equals("faults") && method.equals("DELETE")) {
			this.faults.clear();
			send(exchange, 204, null, Map.of());
		}
		else if (path.equals("faults") && method.equals("POST")) {
			Map<String, Object> request = JSON.readValue(body, new TypeReference<Map<String, Object>>() {
			});
			if (request.get("failNextCalls") instanceof Number calls) {
				int status = request.get("status") instanceof Number given ? given.intValue() : 503;
				this.faults.failNextCalls(calls.intValue(), status);
			}
			if (request.get("unavailableForSeconds") instanceof Number seconds) {
				this.faults.unavailableFor(Duration.ofSeconds(seconds.longValue()));
			}
			if (request.get("latencyMillis") instanceof Number millis) {
				this.faults.latency(Duration.ofMillis(millis.longValue()));
			}
			if (Boolean.TRUE.equals(request.get("expireSessions"))) {
				this.faults.expireSessions();
			}
			send(exchange, 204, null, Map.of());
		}
		else if (path.startsWith("records/") && method.equals("GET")) {
			send(exchange, 200, this.store.records(path.substring("records/".length())), Map.of());
		}
		else if (path.startsWith("records/") && method.equals("POST")) {
			Map<String, Object> record = JSON.readValue(body, new TypeReference<LinkedHashMap<String, Object>>() {
			});
			String id = this.store.insert(path.substring("records/".length()), record);
			send(exchange, 201, Map.of("id", id), Map.of());
		}
		else {
			send(exchange, 404, SalesforceApiException.notFound().restBody(), Map.of());
		}
	}

	private static void send(HttpExchange exchange, int status, Object body, Map<String, String> headers)
			throws IOException {
		headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
		if (body == null || status == 204) {
			exchange.sendResponseHeaders(status, -1);
			return;
		}
		byte[] bytes = JSON.writeValueAsBytes(body);
		exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	static Map<String, String> parseQuery(String raw) {
		Map<String, String> parameters = new LinkedHashMap<>();
		if (raw == null || raw.isEmpty()) {
			return parameters;
		}
		for (String pair : raw.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
			String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
			parameters.put(name, value);
		}
		return parameters;
	}

	/**
	 * Starts a sandbox for manual use: {@code <port> [seed.json]}. The connected app is
	 * {@code SANDBOX_CLIENT_ID} / {@code SANDBOX_CLIENT_SECRET} from the environment
	 * ({@code wocas-demo} / {@code wocas-demo-secret} if unset); every seeded user logs
	 * in with {@code SANDBOX_USER_PASSWORD} ({@code demo}).
	 */
	private interface SeedSource {

		InputStream open() throws IOException;

	}

	/**
	 * Settings of a sandbox; everything is optional.
	 */
	public static final class Builder {

		private String bindAddress = "127.0.0.1";

		private int port;

		private SeedSource seed;

		private final Map<String, String> clients = new LinkedHashMap<>();

		private final List<SandboxAuth.SandboxUser> users = new ArrayList<>();

		private String runAsUserId;

		private PublicKey jwtKey;

		private long dailyApiLimit = 100_000;

		private Duration sessionTimeout = Duration.ofHours(2);

		private Clock clock = Clock.systemUTC();

		private int threads = 16;

		private Builder() {
		}

		/**
		 * The port on 127.0.0.1; 0 (the default) picks a free one.
		 */
		public Builder port(int port) {
			this.port = port;
			return this;
		}

		public Builder bindAddress(String bindAddress) {
			this.bindAddress = bindAddress;
			return this;
		}

		public Builder seed(Path seed) {
			this.seed = () -> Files.newInputStream(seed);
			return this;
		}

		/**
		 * A seed read once, when the sandbox is built.
		 */
		public Builder seed(InputStream seed) {
			byte[] bytes;
			try (seed) {
				bytes = seed.readAllBytes();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			this.seed = () -> new java.io.ByteArrayInputStream(bytes);
			return this;
		}

		/**
		 * A connected app; may be called more than once.
		 */
		public Builder clientCredentials(String clientId, String clientSecret) {
			this.clients.put(clientId, clientSecret);
			return this;
		}

		/**
		 * A user for the password and JWT flows. The first user is also the run-as user
		 * of the client credentials flow unless {@link #runAsUser(String)} says
		 * otherwise.
		 */
		public Builder user(String userId, String username, String password) {
			this.users.add(new SandboxAuth.SandboxUser(SalesforceIds.to18(userId), username, password));
			return this;
		}

		public Builder runAsUser(String userId) {
			this.runAsUserId = userId;
			return this;
		}

		public Builder jwtCertificate(X509Certificate certificate) {
			this.jwtKey = certificate.getPublicKey();
			return this;
		}

		public Builder jwtPublicKey(PublicKey key) {
			this.jwtKey = key;
			return this;
		}

		public Builder dailyApiLimit(long dailyApiLimit) {
			this.dailyApiLimit = dailyApiLimit;
			return this;
		}

		public Builder sessionTimeout(Duration sessionTimeout) {
			this.sessionTimeout = sessionTimeout;
			return this;
		}

		public Builder clock(Clock clock) {
			this.clock = clock;
			return this;
		}

		public Builder threads(int threads) {
			this.threads = threads;
			return this;
		}

		public SalesforceSandbox build() {
			return new SalesforceSandbox(this);
		}

	}

}
