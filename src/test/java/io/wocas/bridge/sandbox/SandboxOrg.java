package io.wocas.bridge.sandbox;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * An org of the product backed by a sandbox with the WOCAS metadata package deployed, as
 * the write-back tests use it.
 */
public final class SandboxOrg {

	private SandboxOrg() {
	}

	/**
	 * A sandbox on a free port, with the package of {@code connectors/salesforce}
	 * deployed and one connected app.
	 */
	public static SalesforceSandbox start(String clientId, String clientSecret) {
		return SalesforceSandbox.builder()
			.port(0)
			.clientCredentials(clientId, clientSecret)
			.build()
			.start()
			.deploy(Path.of("connectors/salesforce"));
	}

	/**
	 * Connects the product's org {@code org} to the sandbox, polling the given objects
	 * (none when empty).
	 */
	public static void register(DynamicPropertyRegistry registry, String org, SalesforceSandbox sandbox,
			String clientId, String clientSecret, String poll) {
		String prefix = "wocas.salesforce.orgs." + org + ".";
		registry.add(prefix + "login-url", sandbox::baseUrl);
		registry.add(prefix + "client-id", () -> clientId);
		registry.add(prefix + "client-secret", () -> clientSecret);
		registry.add(prefix + "poll", () -> poll);
	}

	/**
	 * The dossier record the product upserted for a dossier, if any.
	 */
	public static Optional<Map<String, Object>> dossierRecord(SalesforceSandbox sandbox, long dossierId) {
		return sandbox.store()
			.records("WOCAS_Dossier__c")
			.stream()
			.filter((r) -> ("WOCAS-" + dossierId).equals(r.get("WOCAS_External_Id__c")))
			.findFirst();
	}

	/**
	 * Whether every Salesforce update of the outbox has been delivered or refused.
	 */
	public static boolean salesforceUpdatesDrained(JdbcClient jdbc) {
		return jdbc.sql("select count(*) from outbox where status in ('PENDING', 'SENDING') and kind like 'SF_%'")
			.query(Long.class)
			.single() == 0;
	}

}
