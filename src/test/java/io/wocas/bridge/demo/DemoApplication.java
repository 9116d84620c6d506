package io.wocas.bridge.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.wocas.bridge.WocasBridgeApplication;
import io.wocas.bridge.sandbox.SalesforceSandbox;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;

/**
 * The demo: the product on its embedded defaults (H2 file database), with an in-JVM
 * IMAP/SMTP server holding the sample mails of {@code src/test/resources/demo/mail} and
 * the Salesforce sandbox seeded with
 * {@code src/test/resources/demo/salesforce-seed.json}. Started by
 * {@code ./mvnw spring-boot:test-run}; lives in test sources so that neither server ships
 * in the production jar.
 */
public final class DemoApplication {

	private static final Logger log = LoggerFactory.getLogger(DemoApplication.class);

	static final int IMAP_PORT = 3143;

	static final int SMTP_PORT = 3025;

	static final int SANDBOX_PORT = 8089;

	static final String MAILBOX = "wocas@hydrobel.example";

	private DemoApplication() {
	}

	public static void main(String[] args) throws Exception {
		System.setProperty("wocas.connectors-dir", "connectors/demo");
		GreenMail mail = startMail(Path.of("src/test/resources/demo/mail"));
		SalesforceSandbox sandbox = startSandbox(Path.of("src/test/resources/demo/salesforce-seed.json"));
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			sandbox.close();
			mail.stop();
		}));
		String[] demoArgs = Stream
			.concat(Stream.of(args), Stream.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + SMTP_PORT))
			.toArray(String[]::new);
		SpringApplication.run(WocasBridgeApplication.class, demoArgs);
	}

	static GreenMail startMail(Path mails) throws IOException, MessagingException {
		GreenMail greenMail = new GreenMail(new ServerSetup[] { new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"),
				new ServerSetup(IMAP_PORT, "127.0.0.1", "imap") });
		greenMail.start();
		GreenMailUser user = greenMail.setUser(MAILBOX, MAILBOX, "demo");
		Session session = Session.getInstance(new Properties());
		List<Path> files;
		try (Stream<Path> listing = Files.list(mails)) {
			files = listing.filter((file) -> file.toString().endsWith(".eml")).sorted().toList();
		}
		for (Path file : files) {
			try (InputStream in = Files.newInputStream(file)) {
				user.deliver(new MimeMessage(session, in));
			}
		}
		log.info("Demo mailbox {} on imap://127.0.0.1:{} holds {} mails", MAILBOX, IMAP_PORT, files.size());
		return greenMail;
	}

	static SalesforceSandbox startSandbox(Path seed) {
		SalesforceSandbox sandbox = SalesforceSandbox.builder()
			.port(SANDBOX_PORT)
			.seed(seed)
			.clientCredentials("wocas-demo-client", "demo-secret")
			.build()
			.start()
			.deploy(Path.of("connectors/salesforce"));
		log.info("Salesforce sandbox on {}", sandbox.baseUrl());
		return sandbox;
	}

}
