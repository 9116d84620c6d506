package io.wocas.bridge.sandbox;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox's HTTP contract, checked with a plain HTTP client against Salesforce's
 * documented shapes.
 */
class SalesforceSandboxTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String USER_ID = "0055g00000ABCDEAAA";

	private final HttpClient http = HttpClient.newHttpClient();

	private SalesforceSandbox sandbox;

	private String token;

	private String caseId;

	@BeforeEach
	void start() throws Exception {
		this.sandbox = SalesforceSandbox.builder()
			.clientCredentials("app", "secret")
			.user(USER_ID, "sofie@example.com", "pw")
			.dailyApiLimit(500)
			.build()
			.start();
		this.sandbox.store().insert("User", Map.of("Id", "0055g00000ABCDFAAA", "Name", "Jan Janssens"));
		this.caseId = this.sandbox.store().insert("Case", Map.of("Subject", "Meterstand"));
		HttpResponse<String> login = form("/services/oauth2/token",
				Map.of("grant_type", "client_credentials", "client_id", "app", "client_secret", "secret"));
		assertThat(login.statusCode()).isEqualTo(200);
		Map<String, Object> body = map(login.body());
		assertThat(body).containsKeys("access_token", "instance_url", "id", "issued_at", "signature")
			.containsEntry("token_type", "Bearer")
			.containsEntry("instance_url", this.sandbox.baseUrl());
		assertThat((String) body.get("id")).matches(".*/id/00D[0-9A-Za-z]{15}/005[0-9A-Za-z]{15}");
		this.token = (String) body.get("access_token");
	}

	@AfterEach
	void stop() {
		this.sandbox.close();
	}

	@Test
	void loginErrorsUseTheOAuthErrorShape() throws Exception {
		HttpResponse<String> badSecret = form("/services/oauth2/token",
				Map.of("grant_type", "client_credentials", "client_id", "app", "client_secret", "nope"));
		HttpResponse<String> unknownClient = form("/services/oauth2/token",
				Map.of("grant_type", "client_credentials", "client_id", "other", "client_secret", "secret"));
		HttpResponse<String> badPassword = form("/services/oauth2/token", Map.of("grant_type", "password", "client_id",
				"app", "client_secret", "secret", "username", "sofie@example.com", "password", "wrong"));

		assertThat(badSecret.statusCode()).isEqualTo(400);
		assertThat(map(badSecret.body())).containsEntry("error", "invalid_client");
		assertThat(map(unknownClient.body())).containsEntry("error", "invalid_client_id");
		assertThat(map(badPassword.body())).containsEntry("error", "invalid_grant")
			.containsEntry("error_description", "authentication failure");
	}

	@Test
	void unknownOrExpiredTokensGetInvalidSessionId() throws Exception {
		this.sandbox.faults().expireSessions();

		HttpResponse<String> response = call("GET", "/services/data/v62.0/limits", null);

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(list(response.body())).singleElement()
			.isEqualTo(Map.of("message", "Session expired or invalid", "errorCode", "INVALID_SESSION_ID"));
	}

	@Test
	void everyDataCallCountsAgainstTheDailyLimit() throws Exception {
		call("GET", "/services/data/v62.0/limits", null);
		HttpResponse<String> second = call("GET",
				"/services/data/v62.0/query?q=" + URLEncoder.encode("SELECT Id FROM Case", StandardCharsets.UTF_8),
				null);

		assertThat(second.headers().firstValue("Sforce-Limit-Info")).hasValue("api-usage=2/500");
		assertThat(this.sandbox.stats().apiCalls("limits")).isEqualTo(1);
		assertThat(this.sandbox.stats().apiCalls("GET", "query")).isEqualTo(1);
	}

	@Test
	void upsertAnswersCreatedThenUpdated() throws Exception {
		String url = "/services/data/v62.0/sobjects/Case/SuppliedEmail/" + "a%40b.example";

		HttpResponse<String> created = call("PATCH", url, "{\"Subject\":\"Nieuw\"}");
		HttpResponse<String> updated = call("PATCH", url, "{\"Subject\":\"Bijgewerkt\"}");
		HttpResponse<String> old = call("PATCH", url.replace("v62.0", "v45.0"), "{\"Subject\":\"Oud\"}");

		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(map(created.body())).containsEntry("created", true).containsEntry("success", true);
		assertThat(updated.statusCode()).isEqualTo(200);
		assertThat(map(updated.body())).containsEntry("created", false);
		assertThat(old.statusCode()).isEqualTo(204);
		HttpResponse<String> missing = call("GET", "/services/data/v62.0/sobjects/Case/500000000000000AAA", null);
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(list(missing.body())).singleElement()
			.isEqualTo(Map.of("errorCode", "NOT_FOUND", "message", "The requested resource does not exist"));
	}

	@Test
	void compositeResolvesReferencesAndCountsAsOneCall() throws Exception {
		this.sandbox.stats().reset();
		String body = """
				{"allOrNone":true,"compositeRequest":[
				 {"method":"POST","url":"/services/data/v62.0/sobjects/CaseComment","referenceId":"comment",
				  "body":{"ParentId":"%s","CommentBody":"Doorgestuurd"}},
				 {"method":"GET","url":"/services/data/v62.0/sobjects/CaseComment/@{comment.id}","referenceId":"read"}]}
				""".formatted(this.caseId);

		Map<String, Object> response = map(call("POST", "/services/data/v62.0/composite", body).body());

		List<Map<String, Object>> results = cast(response.get("compositeResponse"));
		assertThat(results).extracting((result) -> result.get("httpStatusCode")).containsExactly(201, 200);
		assertThat(cast(List.of(results.get(1).get("body"))).get(0)).containsEntry("CommentBody", "Doorgestuurd");
		assertThat(this.sandbox.stats().apiCalls()).isEqualTo(1);
	}

	@Test
	void compositeAllOrNoneRollsBackEverySubrequest() throws Exception {
		String body = """
				{"allOrNone":true,"compositeRequest":[
				 {"method":"POST","url":"/services/data/v62.0/sobjects/CaseComment","referenceId":"ok",
				  "body":{"ParentId":"%s","CommentBody":"een"}},
				 {"method":"PATCH","url":"/services/data/v62.0/sobjects/Case/500000000000000AAA","referenceId":"bad",
				  "body":{"Subject":"x"}}]}
				""".formatted(this.caseId);

		Map<String, Object> response = map(call("POST", "/services/data/v62.0/composite", body).body());

		List<Map<String, Object>> results = cast(response.get("compositeResponse"));
		assertThat(results).extracting((result) -> result.get("httpStatusCode")).containsExactly(400, 404);
		assertThat(this.sandbox.store().records("CaseComment")).isEmpty();
	}

	@Test
	void collectionsRefuseMoreThanTwoHundredRecords() throws Exception {
		List<Map<String, Object>> records = new ArrayList<>();
		for (int i = 0; i < 201; i++) {
			records.add(Map.of("attributes", Map.of("type", "CaseComment"), "ParentId", this.caseId));
		}

		HttpResponse<String> response = call("POST", "/services/data/v62.0/composite/sobjects",
				JSON.writeValueAsString(Map.of("allOrNone", false, "records", records)));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(list(response.body())).singleElement()
			.satisfies((error) -> assertThat(error).containsEntry("errorCode", "EXCEEDED_ID_LIMIT"));
	}

	@Test
	void chatterPostBecomesAQueryableFeedItemWithMentions() throws Exception {
		String body = """
				{"body":{"messageSegments":[{"type":"Text","text":"Opgevolgd door "},{"type":"Mention","id":"0055g00000ABCDFAAA"}]},
				 "feedElementType":"FeedItem","subjectId":"%s"}
				"""
			.formatted(this.caseId);

		HttpResponse<String> response = call("POST", "/services/data/v62.0/chatter/feed-elements", body);

		assertThat(response.statusCode()).isEqualTo(201);
		Map<String, Object> element = map(response.body());
		assertThat((String) element.get("id")).startsWith("0D5");
		assertThat(cast(List.of(element.get("body"))).get(0)).containsEntry("text", "Opgevolgd door @Jan Janssens");
		Map<String, Object> page = map(call("GET",
				"/services/data/v62.0/query/?q=" + URLEncoder.encode(
						"SELECT Id, Body, Type FROM FeedItem WHERE ParentId = '" + this.caseId + "'",
						StandardCharsets.UTF_8),
				null)
			.body());
		assertThat(cast(page.get("records"))).singleElement()
			.satisfies((record) -> assertThat(record).containsEntry("Body", "Opgevolgd door @Jan Janssens")
				.containsEntry("Type", "TextPost"));
	}

	@Test
	void malformedQueriesAnswerMalformedQuery() throws Exception {
		HttpResponse<String> response = call("GET", "/services/data/v62.0/query?q="
				+ URLEncoder.encode("SELECT Id FROM Case WHERE", StandardCharsets.UTF_8), null);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(list(response.body())).singleElement()
			.satisfies((error) -> assertThat(error).containsEntry("errorCode", "MALFORMED_QUERY"));
	}

	private HttpResponse<String> form(String path, Map<String, String> fields) throws Exception {
		StringBuilder body = new StringBuilder();
		fields.forEach((name, value) -> body.append(body.length() == 0 ? "" : "&")
			.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
		return this.http.send(HttpRequest.newBuilder(URI.create(this.sandbox.baseUrl() + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> call(String method, String path, String json) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.sandbox.baseUrl() + path))
			.header("Authorization", "Bearer " + this.token)
			.header("Content-Type", "application/json");
		request.method(method,
				json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static Map<String, Object> map(String json) throws Exception {
		return JSON.readValue(json, LinkedHashMap.class);
	}

	private static List<Map<String, Object>> list(String json) throws Exception {
		return JSON.readValue(json, List.class);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> cast(Object value) {
		return (List<Map<String, Object>>) value;
	}

}
