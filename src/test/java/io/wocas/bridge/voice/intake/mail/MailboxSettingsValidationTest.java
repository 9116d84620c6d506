package io.wocas.bridge.voice.intake.mail;

import java.nio.file.Files;
import java.nio.file.Path;

import io.wocas.bridge.WocasBridgeApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

@ExtendWith(OutputCaptureExtension.class)
class MailboxSettingsValidationTest {

	@TempDir
	Path connectors;

	@Test
	void invalidMailboxFileStopsStartUpNamingTheFileAndTheKey(CapturedOutput output) throws Exception {
		Files.writeString(this.connectors.resolve("mailboxes.yaml"), """
				wocas:
				  mail:
				    mailboxes:
				      support:
				        host: imap.example.be
				        port: 99999
				        username: support@example.be
				        password: not-a-real-secret
				""");

		assertThatException().isThrownBy(() -> new SpringApplicationBuilder(WocasBridgeApplication.class).run(
				"--wocas.connectors-dir=" + this.connectors, "--server.port=0", "--spring.main.banner-mode=off",
				"--camel.springboot.main-run-controller=false",
				"--spring.datasource.url=jdbc:h2:mem:mailbox-validation;DB_CLOSE_DELAY=-1"));

		assertThat(output).contains("wocas.mail.mailboxes.support.port")
			.contains(this.connectors.resolve("mailboxes.yaml").toString())
			.contains("99999")
			.doesNotContain("not-a-real-secret");
	}

}
