package io.wocas.bridge.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.wocas.bridge.sandbox.SalesforceSandbox;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The demo data (mails and Salesforce notes full of customers' e-mail addresses, phone
 * numbers, IBANs and national numbers) goes through the product; none of the planted
 * values reaches the database or the logs.
 */
@SpringBootTest(properties = { "wocas.grouping.interval=300ms", "wocas.salesforce.first-poll-delay=100" })
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
@DirtiesContext
class CustomerDataNeverStoredIT {

	static final ServerSetup[] MAIL_SERVERS = ServerSetupTest.SMTP_IMAP;

	static final GreenMail mail = startMail();

	static final SalesforceSandbox sandbox = SalesforceSandbox.builder()
		.port(0)
		.seed(Path.of("src/test/resources/demo/salesforce-seed.json"))
		.clientCredentials("pii-client", "pii-secret")
		.build()
		.start()
		.deploy(Path.of("connectors/salesforce"));

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void connectors(DynamicPropertyRegistry registry) {
		registry.add("wocas.mail.mailboxes.pii.protocol", () -> "imap");
		registry.add("wocas.mail.mailboxes.pii.host", () -> "127.0.0.1");
		registry.add("wocas.mail.mailboxes.pii.port", () -> mail.getImap().getPort());
		registry.add("wocas.mail.mailboxes.pii.username", () -> "wocas@hydrobel.example");
		registry.add("wocas.mail.mailboxes.pii.password", () -> "pii");
		registry.add("wocas.mail.mailboxes.pii.poll-interval", () -> "500ms");
		registry.add("wocas.salesforce.orgs.pii.login-url", sandbox::baseUrl);
		registry.add("wocas.salesforce.orgs.pii.client-id", () -> "pii-client");
		registry.add("wocas.salesforce.orgs.pii.client-secret", () -> "pii-secret");
		registry.add("wocas.salesforce.orgs.pii.poll-interval", () -> "1s");
		registry.add("wocas.salesforce.orgs.pii.backfill", () -> "400d");
	}

	@AfterAll
	static void stopServers() {
		sandbox.close();
		mail.stop();
	}

	static GreenMail startMail() {
		GreenMail greenMail = new GreenMail(ServerSetup.dynamicPort(MAIL_SERVERS));
		greenMail.start();
		GreenMailUser user = greenMail.setUser("wocas@hydrobel.example", "wocas@hydrobel.example", "pii");
		Session session = Session.getInstance(new Properties());
		try (Stream<Path> files = Files.list(Path.of("src/test/resources/demo/mail"))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".eml")).sorted().toList()) {
				try (InputStream in = Files.newInputStream(file)) {
					user.deliver(new MimeMessage(session, in));
				}
			}
		}
		catch (IOException | jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
		return greenMail;
	}

	@Test
	void noPlantedCustomerDataReachesTheDatabaseOrTheLogs(CapturedOutput output) throws IOException {
		await().atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> count("mail:pii") >= 25 && count("salesforce:pii") >= 60 && ungrouped() == 0);

		List<String> planted = planted();
		String database = String
			.join("\n", this.jdbc
				.sql("select coalesce(text, '') || ' ' || coalesce(subject, '') || ' ' || coalesce(tag_warnings, '')"
						+ " from voice")
				.query(String.class)
				.list())
				+ String.join("\n", this.jdbc.sql("select reason from quarantined_item").query(String.class).list())
				+ String.join("\n", this.jdbc.sql("select title from dossier").query(String.class).list())
				+ String.join("\n", this.jdbc.sql("select payload from outbox").query(String.class).list());

		assertThat(planted).hasSizeGreaterThan(80);
		assertThat(planted).allSatisfy((value) -> {
			assertThat(database).as("database").doesNotContain(value);
			assertThat(output.getAll()).as("logs").doesNotContain(value);
		});
		assertThat(database).contains("[email]", "[phone]", "[iban]");
	}

	private long count(String source) {
		return this.jdbc.sql("select count(*) from voice where source_system = ?")
			.param(source)
			.query(Long.class)
			.single();
	}

	private long ungrouped() {
		return this.jdbc.sql("select count(*) from voice where grouped_at is null and rejected_at is null")
			.query(Long.class)
			.single();
	}

	private static List<String> planted() throws IOException {
		List<String> values = new ArrayList<>();
		for (String line : Files.readAllLines(Path.of("src/test/resources/demo/planted-customer-data.txt"))) {
			if (!line.isBlank() && !line.startsWith("#")) {
				values.add(line.strip());
			}
		}
		return values;
	}

}
