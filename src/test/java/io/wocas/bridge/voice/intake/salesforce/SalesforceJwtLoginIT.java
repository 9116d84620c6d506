package io.wocas.bridge.voice.intake.salesforce;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.wocas.bridge.sandbox.SalesforceSandbox;
import io.wocas.bridge.voice.SourceRef;
import io.wocas.bridge.voice.Voices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The product logs in with the OAuth JWT bearer flow, signing with a key from a PKCS12
 * keystore named in the org's settings, and polls notes as with client credentials.
 */
@SpringBootTest
@ActiveProfiles("test")
@DirtiesContext
class SalesforceJwtLoginIT {

	static final String INTEGRATION_USER = "0055g00000INT01AAA";

	static final Path KEYSTORE = keystore();

	static final SalesforceSandbox sandbox = SalesforceSandbox.builder()
		.port(0)
		.clientCredentials("jwt-client", "unused-secret")
		.user(INTEGRATION_USER, "wocas-integration@hydrobel.example", "unused-password")
		.jwtCertificate(certificate())
		.build()
		.start();

	@Autowired
	Voices voices;

	@DynamicPropertySource
	static void org(DynamicPropertyRegistry registry) {
		String prefix = "wocas.salesforce.orgs.jwt.";
		registry.add(prefix + "login-url", sandbox::baseUrl);
		registry.add(prefix + "authentication", () -> "JWT");
		registry.add(prefix + "client-id", () -> "jwt-client");
		registry.add(prefix + "username", () -> "wocas-integration@hydrobel.example");
		registry.add(prefix + "jwt-keystore", KEYSTORE::toString);
		registry.add(prefix + "jwt-keystore-password", () -> "changeit");
		registry.add(prefix + "poll", () -> "CASE_COMMENT");
		registry.add(prefix + "poll-interval", () -> "1s");
		registry.add("wocas.salesforce.first-poll-delay", () -> "100");
	}

	@AfterAll
	static void stopSandbox() {
		sandbox.close();
	}

	@Test
	void aNoteIsReadAfterAJwtBearerLogin() {
		String caseId = sandbox.store().insert("Case", Map.of("Subject", "Domiciliëring", "Status", "New"));
		String comment = sandbox.store()
			.insert("CaseComment", Map.of("ParentId", caseId, "CommentBody",
					"#WOCAS domiciliëring stopgezet na bankwissel", "CreatedById", INTEGRATION_USER));

		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.voices.findBySource(new SourceRef("salesforce:jwt", comment)).isPresent());

		assertThat(this.voices.findBySource(new SourceRef("salesforce:jwt", comment)).orElseThrow().caseId())
			.contains(caseId);
	}

	private static Path keystore() {
		try {
			Path file = Files.createTempDirectory("wocas-jwt").resolve("jwt.p12");
			Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
					"-genkeypair", "-alias", "jwt", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=wocas-bridge",
					"-validity", "2", "-storetype", "PKCS12", "-keystore", file.toString(), "-storepass", "changeit",
					"-keypass", "changeit")
				.redirectErrorStream(true)
				.start();
			if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
				throw new IllegalStateException(
						"keytool failed: " + new String(keytool.getInputStream().readAllBytes()));
			}
			return file;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static X509Certificate certificate() {
		try (InputStream in = Files.newInputStream(KEYSTORE)) {
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(in, "changeit".toCharArray());
			return (X509Certificate) store.getCertificate("jwt");
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
