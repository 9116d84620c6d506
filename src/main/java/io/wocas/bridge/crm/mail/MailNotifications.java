package io.wocas.bridge.crm.mail;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wocas.bridge.outbox.Delivery;
import io.wocas.bridge.outbox.OutboxEntry;
import io.wocas.bridge.outbox.OutboxHandler;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Delivers {@code MAIL} entries over SMTP ({@code spring.mail.*}): notifications to
 * dossier owners, and news to advisers whose voices came from a mailbox. Without an SMTP
 * server configured, mails wait in the outbox.
 */
@Component
class MailNotifications implements OutboxHandler {

	static final String KIND = "MAIL";

	private final ObjectProvider<JavaMailSender> sender;

	private final ObjectMapper json;

	private final String from;

	MailNotifications(ObjectProvider<JavaMailSender> sender, ObjectMapper json,
			@Value("${wocas.notifications.mail-from:wocas-bridge@localhost}") String from) {
		this.sender = sender;
		this.json = json;
		this.from = from;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public int batchSize() {
		return 50;
	}

	@Override
	public List<Delivery> deliver(List<OutboxEntry> entries) {
		JavaMailSender mailSender = this.sender.getIfAvailable();
		List<Delivery> deliveries = new ArrayList<>();
		for (OutboxEntry entry : entries) {
			if (mailSender == null) {
				deliveries.add(Delivery.retryLater(entry.id(), "no SMTP server configured (spring.mail.host)"));
				continue;
			}
			try {
				JsonNode payload = this.json.readTree(entry.payload());
				SimpleMailMessage message = new SimpleMailMessage();
				message.setFrom(this.from);
				message.setTo(payload.path("to").asText());
				message.setSubject(payload.path("subject").asText());
				message.setText(payload.path("body").asText());
				mailSender.send(message);
				deliveries.add(Delivery.delivered(entry.id(), null));
			}
			catch (MailException ex) {
				deliveries.add(Delivery.retryLater(entry.id(), ex.getClass().getSimpleName() + ": " + ex.getMessage()));
			}
			catch (java.io.IOException ex) {
				deliveries.add(Delivery.refused(entry.id(), "unreadable mail payload"));
			}
		}
		return deliveries;
	}

}
