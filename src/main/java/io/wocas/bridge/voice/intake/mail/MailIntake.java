package io.wocas.bridge.voice.intake.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import io.wocas.bridge.voice.CaptureOutcome;
import io.wocas.bridge.voice.CaptureVoice;
import io.wocas.bridge.voice.VoiceCapture;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import org.apache.camel.Exchange;
import org.apache.camel.component.mail.MailMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Where a mailbox route hands each mail: reads the mail off the exchange, translates it
 * with {@link MailToVoice} and captures it. Captured, already captured and not-a-voice
 * mails all complete normally, so camel-mail moves them to the processed folder once the
 * voice is committed. Anything thrown goes to the route's error policy
 * ({@code routes/error-policy.yaml}).
 */
@Component("mailIntake")
public class MailIntake {

	/**
	 * Exchange property holding the mail key, set before the mail is parsed so that a
	 * failure can be quarantined under it.
	 */
	public static final String MAIL_KEY = "wocasMailKey";

	private static final Logger log = LoggerFactory.getLogger(MailIntake.class);

	private final MailboxRoutes routes;

	private final MailToVoice translator;

	private final VoiceCapture capture;

	MailIntake(MailboxRoutes routes, MailSettings settings, VoiceCapture capture) {
		this.routes = routes;
		this.translator = new MailToVoice(settings.timeZone());
		this.capture = capture;
	}

	public void capture(Exchange exchange) throws MalformedMailException, MessagingException, IOException {
		String routeId = exchange.getFromRouteId();
		String mailbox = this.routes.mailboxOf(routeId)
			.orElseThrow(() -> new IllegalStateException("route " + routeId + " does not read a configured mailbox"));
		byte[] raw = rawBytes(exchange);
		String key = MailToVoice.keyOf(raw);
		exchange.setProperty(MAIL_KEY, key);
		CaptureVoice command = this.translator.translate(MailToVoice.sourceSystem(mailbox), raw);
		CaptureOutcome outcome = this.capture.capture(command);
		if (outcome instanceof CaptureOutcome.Captured captured) {
			log.info("Route {}: mail {} captured as voice {}", routeId, key, captured.voice().id());
		}
		else if (outcome instanceof CaptureOutcome.AlreadyCaptured already) {
			log.info("Route {}: mail {} was already captured as voice {}", routeId, key, already.voice().id());
		}
		else if (outcome instanceof CaptureOutcome.NotAVoice notAVoice) {
			log.info("Route {}: mail {} is not a voice ({})", routeId, key, notAVoice.reason());
		}
	}

	/**
	 * The mail exactly as the server holds it. With {@code peek=true} reading it does not
	 * flag it as seen.
	 */
	static byte[] rawBytes(Exchange exchange) throws MessagingException, IOException {
		Message mail = (exchange.getIn() instanceof MailMessage mailMessage) ? mailMessage.getOriginalMessage()
				: exchange.getIn().getBody(Message.class);
		if (mail == null) {
			throw new IllegalStateException("exchange carries no mail");
		}
		ByteArrayOutputStream raw = new ByteArrayOutputStream();
		mail.writeTo(raw);
		return raw.toByteArray();
	}

}
