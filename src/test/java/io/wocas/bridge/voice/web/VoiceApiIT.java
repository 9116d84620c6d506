package io.wocas.bridge.voice.web;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.wocas.bridge.voice.Voices;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class VoiceApiIT {

	@Autowired
	TestRestTemplate http;

	@Autowired
	Voices voices;

	@Test
	void postingAVoiceReturns201AndStoresItRedacted() {
		ResponseEntity<JsonNode> response = post("analyst",
				Map.of("text",
						"Klant begrijpt de jaarafrekening niet, bel hem op 0470 12 34 56 of jan.peeters@telenet.be",
						"adviser", "0055g00000ADV01AAA", "source", "web-form", "sourceId", "form-1001", "severity", 3,
						"frequency", "weekly", "reasonCode", "BILL-ANNUAL", "language", "nl"));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		JsonNode body = response.getBody();
		assertThat(body.get("severity").asInt()).isEqualTo(3);
		assertThat(body.get("frequency").asText()).isEqualTo("weekly");
		assertThat(body.get("language").asText()).isEqualTo("nl");
		assertThat(body.get("reasonCodes").toString()).contains("BILL-ANNUAL");
		assertThat(response.getHeaders().getLocation()).hasPath("/api/voices/" + body.get("id").asLong());
		String stored = this.voices.findById(body.get("id").asLong()).orElseThrow().text();
		assertThat(stored).contains("jaarafrekening").doesNotContain("0470 12 34 56").doesNotContain("telenet.be");
	}

	@Test
	void postingTheSameSourceTwiceReturnsTheExistingVoiceAndCreatesNothing() {
		Map<String, Object> voice = Map.of("text", "Facture d'acompte beaucoup trop élevée après la fuite", "adviser",
				"0055g00000ADV01AAA", "source", "web-form", "sourceId", "form-2002");
		ResponseEntity<JsonNode> first = post("analyst", voice);
		long countAfterFirst = this.voices.count();

		ResponseEntity<JsonNode> second = post("analyst", voice);

		assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(second.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(second.getBody().get("id").asLong()).isEqualTo(first.getBody().get("id").asLong());
		assertThat(this.voices.count()).isEqualTo(countAfterFirst);
	}

	@Test
	void invalidFieldGets400NamingTheField() {
		ResponseEntity<JsonNode> response = post("analyst",
				Map.of("text", "x", "adviser", "a", "source", "s", "sourceId", "form-3003", "severity", 9));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody().get("detail").asText()).contains("severity");
	}

	@Test
	void missingFieldGets400NamingTheField() {
		ResponseEntity<JsonNode> response = post("analyst", Map.of("text", "x", "adviser", "a", "source", "s"));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody().get("detail").asText()).contains("sourceId");
	}

	@Test
	void malformedJsonGets400() {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		ResponseEntity<JsonNode> response = this.http.withBasicAuth("analyst", "analyst-pw")
			.exchange("/api/voices", HttpMethod.POST, new HttpEntity<>("{\"text\": \"unterminated", headers),
					JsonNode.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody().get("detail").asText()).contains("malformed JSON");
	}

	@Test
	void wrongTypeGets400NamingTheField() {
		ResponseEntity<JsonNode> response = post("analyst",
				Map.of("text", "x", "adviser", "a", "source", "s", "sourceId", "form-4004", "severity", "high"));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody().get("detail").asText()).contains("severity");
	}

	@Test
	void anonymousCallsAreRefused() {
		ResponseEntity<String> response = this.http.getForEntity("/api/voices", String.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void anAdviserListsOnlyTheirOwnVoices() {
		post("adviser", Map.of("text", "Herinnering ontvangen terwijl afbetalingsplan loopt", "source", "web-form",
				"sourceId", "form-5005"));
		post("adviser2", Map.of("text", "Mise en demeure reçue malgré plan de paiement", "source", "web-form",
				"sourceId", "form-5006"));

		JsonNode page = this.http.withBasicAuth("adviser", "adviser-pw")
			.getForObject("/api/voices?size=200", JsonNode.class);

		List<String> advisers = page.get("content").findValuesAsText("adviser");
		assertThat(advisers).isNotEmpty().containsOnly("0055g00000ADV01AAA");
	}

	@Test
	void anAdviserCannotCaptureInSomeoneElsesName() {
		ResponseEntity<JsonNode> response = post("adviser", Map.of("text", "Domiciliation refusée", "adviser",
				"0055g00000ADV02AAA", "source", "web-form", "sourceId", "form-6006"));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void listingIsPagedAndAVoiceIsReadById() {
		ResponseEntity<JsonNode> created = post("analyst", Map.of("text", "Sociaal tarief niet toegepast", "adviser",
				"0055g00000ADV01AAA", "source", "web-form", "sourceId", "form-7007"));
		long id = created.getBody().get("id").asLong();

		JsonNode page = this.http.withBasicAuth("analyst", "analyst-pw")
			.getForObject("/api/voices?page=0&size=1", JsonNode.class);
		ResponseEntity<JsonNode> one = this.http.withBasicAuth("analyst", "analyst-pw")
			.getForEntity("/api/voices/" + id, JsonNode.class);
		ResponseEntity<JsonNode> missing = this.http.withBasicAuth("analyst", "analyst-pw")
			.getForEntity("/api/voices/999999", JsonNode.class);

		assertThat(page.get("content")).hasSize(1);
		assertThat(page.get("totalElements").asLong()).isGreaterThanOrEqualTo(1);
		assertThat(one.getBody().get("sourceId").asText()).isEqualTo("form-7007");
		assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void theOpenApiDescriptionIsServed() {
		ResponseEntity<JsonNode> response = this.http.getForEntity("/v3/api-docs", JsonNode.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getBody().get("paths").has("/api/voices")).isTrue();
		assertThat(response.getBody().get("paths").has("/api/dossiers")).isTrue();
		assertThat(response.getBody().get("paths").has("/api/committee/sessions/{id}/pack")).isTrue();
	}

	private ResponseEntity<JsonNode> post(String user, Map<String, Object> body) {
		return this.http.withBasicAuth(user, user + "-pw").postForEntity("/api/voices", body, JsonNode.class);
	}

}
