package io.wocas.bridge.voice.intake.mail;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The mailboxes advisers forward voices to, from {@code connectors/mailboxes.yaml}. Each
 * mailbox becomes one route; its name is part of the key of every voice it delivers
 * ({@code mail:<name>}), so a mailbox must not be renamed once in use. Passwords are
 * never written in the file: it holds {@code ${ENV_VAR}} placeholders that Spring
 * resolves from the environment.
 *
 * @param mailboxes mailboxes by name (at most 90 characters: it becomes the source
 * system)
 * @param timeZone zone of the dates in forwarded-mail headers, which carry none
 */
@Validated
@ConfigurationProperties("wocas.mail")
public record MailSettings(Map<@Size(max = 90) String, @Valid Mailbox> mailboxes,
		@DefaultValue("Europe/Brussels") @NotNull ZoneId timeZone) {

	public MailSettings {
		mailboxes = (mailboxes != null) ? new TreeMap<>(mailboxes) : Map.of();
	}

	/**
	 * One mailbox and how to read it.
	 *
	 * @param protocol {@code imaps} (default) or {@code imap}
	 * @param host IMAP server
	 * @param port IMAP port (default 993)
	 * @param username login
	 * @param password login secret, from the environment
	 * ({@code ${WOCAS_MAIL_..._PASSWORD}})
	 * @param folder folder advisers forward to
	 * @param processedFolder where mails go once captured (or found not to be a voice)
	 * @param quarantineFolder where mails that could not be processed go
	 * @param pollInterval pause between two polls
	 * @param routeTemplate the route template in {@code routes/} that reads the mailbox
	 * @param maxMessagesPerPoll mails read per poll at most
	 * @param enabled whether to read the mailbox at all
	 */
	public record Mailbox(
			@DefaultValue("imaps") @Pattern(regexp = "imaps?", message = "must be imap or imaps") String protocol,
			@NotBlank String host, @DefaultValue("993") @Min(1) @Max(65535) int port, @NotBlank String username,
			@NotBlank String password, @DefaultValue("INBOX") @NotBlank String folder,
			@DefaultValue("Processed") @NotBlank String processedFolder,
			@DefaultValue("Quarantine") @NotBlank String quarantineFolder,
			@DefaultValue("30s") @NotNull Duration pollInterval,
			@DefaultValue("imap-mailbox") @NotBlank String routeTemplate,
			@DefaultValue("50") @Min(1) int maxMessagesPerPoll, @DefaultValue("true") boolean enabled) {

		@Override
		public String toString() {
			return "Mailbox[" + this.username + "@" + this.host + ":" + this.port + "/" + this.folder + "]";
		}

	}

}
