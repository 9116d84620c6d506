package io.wocas.bridge.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The OAuth 2.0 token endpoint of a Salesforce org: client credentials, JWT bearer and
 * username-password flows, token revocation and access token checks. Errors use the OAuth
 * shape {@code {"error","error_description"}} with HTTP 400.
 */
final class SandboxAuth {

	private static final String JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";

	private static final ObjectMapper JSON = new ObjectMapper();

	private final Clock clock;

	private final Map<String, String> clients;

	private final Map<String, SandboxUser> usersByName;

	private final PublicKey jwtKey;

	private final Duration sessionTimeout;

	private final SandboxStore store;

	private final SecureRandom random = new SecureRandom();

	private final Map<String, Session> sessions = new ConcurrentHashMap<>();

	record SandboxUser(String id, String username, String password) {
	}

	record Session(String userId, String clientId, Instant expiresAt) {
	}

	record TokenResponse(int status, Map<String, Object> body) {
	}

	SandboxAuth(Clock clock, Map<String, String> clients, List<SandboxUser> users, PublicKey jwtKey,
			Duration sessionTimeout, SandboxStore store) {
		this.clock = clock;
		this.clients = Map.copyOf(clients);
		Map<String, SandboxUser> byName = new LinkedHashMap<>();
		users.forEach((user) -> byName.put(user.username().toLowerCase(Locale.ROOT), user));
		this.usersByName = byName;
		this.jwtKey = jwtKey;
		this.sessionTimeout = sessionTimeout;
		this.store = store;
	}

	TokenResponse token(Map<String, String> form, String baseUrl, Supplier<String> runAsUserId) {
		String grantType = form.get("grant_type");
		if (grantType == null) {
			return error("unsupported_grant_type", "grant type not supported");
		}
		return switch (grantType) {
			case "client_credentials" -> clientCredentials(form, baseUrl, runAsUserId);
			case "password" -> password(form, baseUrl);
			case JWT_BEARER -> jwtBearer(form, baseUrl);
			default -> error("unsupported_grant_type", "grant type not supported");
		};
	}

	private TokenResponse clientCredentials(Map<String, String> form, String baseUrl, Supplier<String> runAsUserId) {
		String clientId = form.get("client_id");
		if (clientId == null || !this.clients.containsKey(clientId)) {
			return error("invalid_client_id", "client identifier invalid");
		}
		if (!this.clients.get(clientId).equals(form.get("client_secret"))) {
			return error("invalid_client", "invalid client credentials");
		}
		return issue(clientId, runAsUserId.get(), baseUrl, true);
	}

	private TokenResponse password(Map<String, String> form, String baseUrl) {
		String clientId = form.get("client_id");
		if (clientId == null || !this.clients.containsKey(clientId)) {
			return error("invalid_client_id", "client identifier invalid");
		}
		if (!this.clients.get(clientId).equals(form.get("client_secret"))) {
			return error("invalid_client", "invalid client credentials");
		}
		String username = form.getOrDefault("username", "");
		SandboxUser user = this.usersByName.get(username.toLowerCase(Locale.ROOT));
		if (user == null || !user.password().equals(form.get("password"))) {
			return error("invalid_grant", "authentication failure");
		}
		return issue(clientId, user.id(), baseUrl, false);
	}

	private TokenResponse jwtBearer(Map<String, String> form, String baseUrl) {
		String assertion = form.get("assertion");
		String[] parts = assertion == null ? new String[0] : assertion.split("\\.");
		if (parts.length != 3) {
			return error("invalid_grant", "invalid assertion");
		}
		Map<String, Object> header;
		Map<String, Object> claims;
		try {
			header = JSON.readValue(Base64.getUrlDecoder().decode(parts[0]), new TypeReference<>() {
			});
			claims = JSON.readValue(Base64.getUrlDecoder().decode(parts[1]), new TypeReference<>() {
			});
		}
		catch (Exception ex) {
			return error("invalid_grant", "invalid assertion");
		}
		if (!"RS256".equals(header.get("alg"))) {
			return error("invalid_grant", "invalid assertion");
		}
		String clientId = String.valueOf(claims.get("iss"));
		if (!this.clients.containsKey(clientId)) {
			return error("invalid_client_id", "client identifier invalid");
		}
		if (!validSignature(parts)) {
			return error("invalid_grant", "invalid assertion");
		}
		String audience = String.valueOf(claims.get("aud"));
		if (!List.of(stripSlash(baseUrl), "https://login.salesforce.com", "https://test.salesforce.com")
			.contains(stripSlash(audience))) {
			return error("invalid_grant", "audience is invalid");
		}
		long expiry;
		try {
			expiry = Long.parseLong(String.valueOf(claims.get("exp")));
		}
		catch (NumberFormatException ex) {
			return error("invalid_grant", "invalid assertion");
		}
		if (Instant.ofEpochSecond(expiry).isBefore(this.clock.instant())) {
			return error("invalid_grant", "expired authorization code");
		}
		SandboxUser user = this.usersByName.get(String.valueOf(claims.get("sub")).toLowerCase(Locale.ROOT));
		if (user == null) {
			return error("invalid_grant", "user hasn't approved this consumer");
		}
		return issue(clientId, user.id(), baseUrl, true);
	}

	private boolean validSignature(String[] parts) {
		if (this.jwtKey == null) {
			return false;
		}
		try {
			Signature verifier = Signature.getInstance("SHA256withRSA");
			verifier.initVerify(this.jwtKey);
			verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
			return verifier.verify(Base64.getUrlDecoder().decode(parts[2]));
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			return false;
		}
	}

	private TokenResponse issue(String clientId, String userId, String baseUrl, boolean scoped) {
		byte[] secret = new byte[36];
		this.random.nextBytes(secret);
		String orgId = this.store.orgId();
		String token = orgId.substring(0, 15) + "!" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Instant now = this.clock.instant();
		this.sessions.put(token, new Session(userId, clientId, now.plus(this.sessionTimeout)));
		String id = stripSlash(baseUrl) + "/id/" + orgId + "/" + userId;
		String issuedAt = String.valueOf(now.toEpochMilli());
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("access_token", token);
		body.put("signature", sign(id + issuedAt, this.clients.get(clientId)));
		if (scoped) {
			body.put("scope", "api");
		}
		body.put("instance_url", stripSlash(baseUrl));
		body.put("id", id);
		body.put("token_type", "Bearer");
		body.put("issued_at", issuedAt);
		return new TokenResponse(200, body);
	}

	/**
	 * The session of an {@code Authorization: Bearer} (or legacy {@code OAuth}) header.
	 */
	Optional<Session> session(List<String> authorizationHeaders) {
		if (authorizationHeaders == null) {
			return Optional.empty();
		}
		for (String header : authorizationHeaders) {
			String value = header.trim();
			String token = null;
			if (value.regionMatches(true, 0, "Bearer ", 0, 7)) {
				token = value.substring(7).trim();
			}
			else if (value.regionMatches(true, 0, "OAuth ", 0, 6)) {
				token = value.substring(6).trim();
			}
			Session session = token == null ? null : this.sessions.get(token);
			if (session != null && session.expiresAt().isAfter(this.clock.instant())) {
				return Optional.of(session);
			}
		}
		return Optional.empty();
	}

	boolean revoke(String token) {
		return token != null && this.sessions.remove(token) != null;
	}

	void expireAll() {
		this.sessions.clear();
	}

	private static String sign(String data, String secret) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return Base64.getEncoder().encodeToString(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String stripSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	private static TokenResponse error(String error, String description) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", error);
		body.put("error_description", description);
		return new TokenResponse(400, body);
	}

}
