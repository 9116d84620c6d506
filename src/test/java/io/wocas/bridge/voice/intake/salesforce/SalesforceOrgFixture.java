package io.wocas.bridge.voice.intake.salesforce;

import java.util.Map;

import io.wocas.bridge.sandbox.SalesforceSandbox;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A sandbox org with a few advisers, contacts and Cases, wired into the product as org
 * {@code test}.
 */
final class SalesforceOrgFixture {

	static final String ORG = "test";

	static final String ADVISER = "0055g00000ADV01AAA";

	static final String CASE_ID = "5005g00000CAS01AAA";

	static final String CONTACT_ID = "0035g00000CON01AAA";

	static final String CLIENT_ID = "wocas-it-client";

	static final String CLIENT_SECRET = "it-secret";

	private SalesforceOrgFixture() {
	}

	static SalesforceSandbox startSandbox() {
		SalesforceSandbox sandbox = SalesforceSandbox.builder()
			.port(0)
			.clientCredentials(CLIENT_ID, CLIENT_SECRET)
			.build()
			.start();
		sandbox.store()
			.insert("User", Map.of("Id", ADVISER, "Name", "Sofie Peeters", "Username", "sofie@hydrobel.example",
					"LanguageLocaleKey", "nl_NL"));
		sandbox.store().insert("Contact", Map.of("Id", CONTACT_ID, "FirstName", "Jan", "LastName", "Janssens"));
		sandbox.store()
			.insert("Case", Map.of("Id", CASE_ID, "CaseNumber", "00012001", "Subject", "Jaarafrekening", "Status",
					"New", "ContactId", CONTACT_ID, "OwnerId", ADVISER));
		return sandbox;
	}

	static void register(DynamicPropertyRegistry registry, SalesforceSandbox sandbox, String pollInterval,
			String poll) {
		String prefix = "wocas.salesforce.orgs." + ORG + ".";
		registry.add(prefix + "login-url", sandbox::baseUrl);
		registry.add(prefix + "client-id", () -> CLIENT_ID);
		registry.add(prefix + "client-secret", () -> CLIENT_SECRET);
		registry.add(prefix + "poll-interval", () -> pollInterval);
		registry.add(prefix + "page-size", () -> "200");
		registry.add(prefix + "backfill", () -> "3650d");
		registry.add(prefix + "lookback", () -> "0s");
		registry.add(prefix + "poll", () -> poll);
		registry.add("wocas.salesforce.first-poll-delay", () -> "100");
	}

	static Map<String, Object> comment(String body) {
		return Map.of("ParentId", CASE_ID, "CommentBody", body, "IsPublished", false, "CreatedById", ADVISER);
	}

}
