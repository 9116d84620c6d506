package io.wocas.bridge.voice.intake.mail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micrometer.core.instrument.MeterRegistry;
import io.wocas.bridge.WocasBridgeApplication;
import io.wocas.bridge.voice.SourceKind;
import io.wocas.bridge.voice.SourceRef;
import io.wocas.bridge.voice.Voice;
import io.wocas.bridge.voice.VoiceCapture;
import io.wocas.bridge.voice.Voices;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import org.apache.camel.CamelContext;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * The mailbox intake end to end: a GreenMail IMAP server, the routes of {@code routes/},
 * the real tagger and redactor, and an H2 database. Assertions read the IMAP folders and
 * the database.
 */
@SpringBootTest(
		properties = { "wocas.connectors-dir=" + MailIntakeIT.NO_FILES, "wocas.business-dir=" + MailIntakeIT.NO_FILES })
@DirtiesContext
class MailIntakeIT {

	/**
	 * Where no connector or business file lives, so that the files of the working tree
	 * stay out of the test. Set as a test property, not a dynamic one: dynamic properties
	 * come too late for {@code spring.config.import}.
	 */
	static final String NO_FILES = "none-for-tests";

	private static final String LOGIN = "wocas-test";

	private static final String PASSWORD = "s3cr&t+pw";

	private static final String MAILBOX = "test";

	private static final String SOURCE_SYSTEM = "mail:" + MAILBOX;

	private static final String ROUTE = "mailbox-" + MAILBOX;

	private static final String DATABASE = "jdbc:h2:mem:mail-intake-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

	@RegisterExtension
	static final GreenMailExtension greenMail = new GreenMailExtension(
			ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
		.withConfiguration(GreenMailConfiguration.aConfig().withUser("wocas-test@localhost", LOGIN, PASSWORD))
		.withPerMethodLifecycle(false);

	@Autowired
	Voices voices;

	@MockitoSpyBean
	VoiceCapture capture;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CamelContext camel;

	@Autowired
	MeterRegistry meters;

	@Autowired
	HealthIndicator connectorsHealthIndicator;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		properties().forEach((name, value) -> registry.add(name, () -> value));
	}

	private static Map<String, Object> properties() {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("spring.datasource.url", DATABASE);
		properties.put("wocas.connectors-dir", NO_FILES);
		properties.put("wocas.business-dir", NO_FILES);
		properties.put("camel.springboot.main-run-controller", "false");
		properties.put("camel.main.shutdown-timeout", "3");
		properties.put("wocas.intake.max-redeliveries", "1");
		properties.put("wocas.intake.redelivery-delay", "50");
		String mailbox = "wocas.mail.mailboxes." + MAILBOX + ".";
		properties.put(mailbox + "protocol", "imap");
		properties.put(mailbox + "host", greenMail.getImap().getBindTo());
		properties.put(mailbox + "port", greenMail.getImap().getPort());
		properties.put(mailbox + "username", LOGIN);
		properties.put(mailbox + "password", PASSWORD);
		properties.put(mailbox + "poll-interval", "300ms");
		String locked = "wocas.mail.mailboxes.locked.";
		properties.put(locked + "protocol", "imap");
		properties.put(locked + "host", greenMail.getImap().getBindTo());
		properties.put(locked + "port", greenMail.getImap().getPort());
		properties.put(locked + "username", LOGIN);
		properties.put(locked + "password", "not-the-password");
		properties.put(locked + "poll-interval", "5s");
		return properties;
	}

	/**
	 * The same settings as arguments, which win over {@code application.yaml} as they do
	 * for the test context.
	 */
	private static String[] commandLine() {
		Map<String, Object> arguments = new LinkedHashMap<>(properties());
		arguments.put("server.port", 0);
		arguments.put("spring.main.banner-mode", "off");
		arguments.put("wocas.mail.mailboxes.locked.enabled", false);
		return arguments.entrySet()
			.stream()
			.map((argument) -> "--" + argument.getKey() + "=" + argument.getValue())
			.toArray(String[]::new);
	}

	@BeforeAll
	static void waitLongerOnABusyMachine() {
		Awaitility.setDefaultTimeout(Duration.ofSeconds(60));
	}

	@AfterAll
	static void restoreAwaitility() {
		Awaitility.reset();
	}

	@BeforeEach
	void inboxIsDrained() {
		await().until(() -> folder("INBOX").isEmpty());
	}

	@Test
	void forwardedMailWithAdviserNoteBecomesOneVoiceWithTheForwarderAsAdviser() throws Exception {
		MailTestData mail = MailTestData.aForward().inDutch();

		deliver(mail.bytes());

		await().untilAsserted(() -> assertThat(folder("Processed")).contains(mail.messageId()));
		await().untilAsserted(() -> assertThat(folder("INBOX")).isEmpty());
		assertThat(voiceCount(mail.messageId())).isEqualTo(1);
		Voice voice = this.voices.findBySource(new SourceRef(SOURCE_SYSTEM, mail.messageId())).orElseThrow();
		assertThat(voice.adviser()).isEqualTo("anne.lambert@wocas-utility.be");
		assertThat(voice.sourceKind()).isEqualTo(SourceKind.MAILBOX_EMAIL);
		assertThat(voice.subject()).contains("Jaarafrekening onbegrijpelijk");
		assertThat(voice.text()).contains("Ik begrijp het bedrag van mijn jaarafrekening niet.");
		assertThat(voice.sourceCreatedAt()).contains(java.time.Instant.parse("2025-03-03T13:05:00Z"));
		assertThat(voice.severity()).hasValueSatisfying((severity) -> assertThat(severity.level()).isEqualTo(3));
	}

	@Test
	void deliveringTheSameMailTwiceCreatesNoSecondVoice() throws Exception {
		MailTestData mail = MailTestData.aForward().inFrench();
		deliver(mail.bytes());
		await().untilAsserted(() -> assertThat(folder("Processed")).containsOnlyOnce(mail.messageId()));

		deliver(mail.bytes());

		await().untilAsserted(() -> assertThat(folder("Processed")).filteredOn(mail.messageId()::equals).hasSize(2));
		assertThat(folder("INBOX")).isEmpty();
		assertThat(voiceCount(mail.messageId())).isEqualTo(1);
	}

	@Test
	void restartingTheProductCreatesNoSecondVoice() throws Exception {
		MailTestData mail = MailTestData.aForward().fromGmail();
		deliver(mail.bytes());
		await().untilAsserted(() -> assertThat(folder("Processed")).containsOnlyOnce(mail.messageId()));
		this.camel.getRouteController().stopRoute(ROUTE);
		try {
			deliver(mail.bytes());
			try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(WocasBridgeApplication.class)
				.run(commandLine())) {

				await().untilAsserted(
						() -> assertThat(folder("Processed")).filteredOn(mail.messageId()::equals).hasSize(2));
				assertThat(folder("INBOX")).isEmpty();
			}
		}
		finally {
			this.camel.getRouteController().startRoute(ROUTE);
		}
		assertThat(voiceCount(mail.messageId())).isEqualTo(1);
	}

	@Test
	void malformedMimeGoesToQuarantineAndTheNextMailStillFlows() throws Exception {
		String brokenId = "<broken-" + UUID.randomUUID() + "@hydrobel.example>";
		byte[] broken = sample("/mail/broken/broken-multipart.eml")
			.replaceFirst("Message-ID: [^\r\n]*", "Message-ID: " + brokenId)
			.getBytes(StandardCharsets.ISO_8859_1);
		MailTestData good = MailTestData.aForward().inEnglish();
		double quarantinedBefore = quarantinedCount();

		deliver(broken);
		deliver(good.bytes());

		await().untilAsserted(() -> {
			assertThat(folder("Quarantine")).containsOnlyOnce(brokenId);
			assertThat(folder("Processed")).contains(good.messageId()).doesNotContain(brokenId);
		});
		assertThat(folder("INBOX")).isEmpty();
		assertThat(voiceCount(good.messageId())).isEqualTo(1);
		assertThat(voiceCount(brokenId)).isZero();
		assertThat(quarantinedRows(brokenId)).singleElement().satisfies((row) -> {
			assertThat(row.get("SOURCE_SYSTEM")).isEqualTo(SOURCE_SYSTEM);
			assertThat(row.get("SOURCE_KIND")).isEqualTo("MAILBOX_EMAIL");
			assertThat((String) row.get("REASON")).startsWith(MalformedMailException.class.getName())
				.doesNotContain("Sofie", "0470", "jaarafrekening");
		});
		assertThat(quarantinedCount()).isEqualTo(quarantinedBefore + 1);
	}

	@Test
	void databaseOutageIsRetriedAndTheMailIsCapturedOnceTheDatabaseIsBack() throws Exception {
		MailTestData mail = MailTestData.aForward().inFrench();
		doThrow(new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
				new SQLTransientConnectionException("connection is not available",
						new ConnectException("Connection refused"))))
			.doCallRealMethod()
			.when(this.capture)
			.capture(argThat((command) -> command.source().recordId().equals(mail.messageId())));

		deliver(mail.bytes());

		await().untilAsserted(() -> assertThat(folder("Processed")).contains(mail.messageId()));
		assertThat(voiceCount(mail.messageId())).isEqualTo(1);
		assertThat(quarantinedRows(mail.messageId())).isEmpty();
		verify(this.capture, times(2))
			.capture(argThat((command) -> command.source().recordId().equals(mail.messageId())));
	}

	@Test
	void databaseOutageOutlastingTheRetriesEndsInQuarantine() throws Exception {
		MailTestData mail = MailTestData.aForward().inEnglish();
		doThrow(new TransientDataAccessResourceException("database unavailable")).when(this.capture)
			.capture(argThat((command) -> command.source().recordId().equals(mail.messageId())));

		deliver(mail.bytes());

		await().untilAsserted(() -> assertThat(folder("Quarantine")).contains(mail.messageId()));
		assertThat(voiceCount(mail.messageId())).isZero();
		assertThat(quarantinedRows(mail.messageId())).singleElement()
			.satisfies((row) -> assertThat((String) row.get("REASON"))
				.isEqualTo(TransientDataAccessResourceException.class.getName() + ": database unavailable"));
		verify(this.capture, times(2))
			.capture(argThat((command) -> command.source().recordId().equals(mail.messageId())));
	}

	@Test
	void customerDataFromTheMailIsNotStored() throws Exception {
		MailTestData mail = MailTestData.aForward().withCustomerDetails();

		deliver(mail.bytes());

		await().untilAsserted(() -> assertThat(folder("Processed")).contains(mail.messageId()));
		Voice voice = this.voices.findBySource(new SourceRef(SOURCE_SYSTEM, mail.messageId())).orElseThrow();
		assertThat(voice.text()).contains("je ne comprends pas ma facture annuelle");
		for (String customerData : List.of(MailTestData.CUSTOMER_EMAIL, MailTestData.CUSTOMER_PHONE,
				MailTestData.CUSTOMER_IBAN, MailTestData.CUSTOMER_IBAN.replace(" ", ""))) {
			assertThat(this.jdbc.sql("select count(*) from voice where text like ? or subject like ?")
				.param("%" + customerData + "%")
				.param("%" + customerData + "%")
				.query(Long.class)
				.single()).as(customerData).isZero();
		}
	}

	@Test
	void mailboxPollsAreReportedInConnectorHealth() {
		await().untilAsserted(() -> {
			Health health = this.connectorsHealthIndicator.health();
			assertThat(health.getDetails()).containsKeys(ROUTE, "mailbox-locked");
			assertThat(health.getDetails().get(ROUTE).toString()).contains("state=ok");
			assertThat(health.getDetails().get("mailbox-locked").toString()).contains("state=failing")
				.contains("AuthenticationFailedException")
				.doesNotContain("not-the-password");
		});
	}

	private long voiceCount(String messageId) {
		return this.jdbc.sql("select count(*) from voice where source_system = ? and source_record_id = ?")
			.param(SOURCE_SYSTEM)
			.param(messageId)
			.query(Long.class)
			.single();
	}

	private List<Map<String, Object>> quarantinedRows(String messageId) {
		return this.jdbc
			.sql("select source_system, source_kind, reason from quarantined_item where source_record_id = ?")
			.param(messageId)
			.query()
			.listOfRows();
	}

	private double quarantinedCount() {
		var counter = this.meters.find("wocas.mail.quarantined").tag("mailbox", MAILBOX).counter();
		return (counter != null) ? counter.count() : 0;
	}

	private static String sample(String resource) throws IOException {
		try (InputStream in = MailIntakeIT.class.getResourceAsStream(resource)) {
			return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).replaceAll("\r?\n", "\r\n");
		}
	}

	private static void deliver(byte[] raw) throws MessagingException {
		greenMail.getUserManager()
			.getUser(LOGIN)
			.deliver(new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw)));
	}

	/**
	 * Message-IDs of the mails in a folder, as an IMAP client sees them; mails flagged
	 * deleted but not yet expunged are not there any more for a mail user.
	 */
	private static List<String> folder(String name) throws MessagingException {
		Store store = Session.getInstance(new Properties()).getStore("imap");
		store.connect(greenMail.getImap().getBindTo(), greenMail.getImap().getPort(), LOGIN, PASSWORD);
		try {
			Folder folder = store.getFolder(name);
			if (!folder.exists()) {
				return List.of();
			}
			folder.open(Folder.READ_ONLY);
			try {
				List<String> ids = new ArrayList<>();
				for (Message message : folder.getMessages()) {
					if (!message.isSet(Flags.Flag.DELETED)) {
						String[] id = message.getHeader("Message-ID");
						ids.add((id != null) ? id[0] : "(none)");
					}
				}
				return ids;
			}
			finally {
				folder.close(false);
			}
		}
		finally {
			store.close();
		}
	}

}
