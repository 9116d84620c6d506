package io.wocas.bridge.voice.intake.mail;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import io.wocas.bridge.voice.SourceKind;
import org.apache.camel.Exchange;
import org.apache.camel.component.mail.MailConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Parks a mail that could not be captured: records why in {@code quarantined_item} and
 * has camel-mail move it to the mailbox's quarantine folder instead of the processed one
 * (camel-mail reads the {@code moveTo} header of the exchange when it commits). Called by
 * the error policy in {@code routes/error-policy.yaml} once the exchange is handled. The
 * row is written first: if it cannot be written the exchange fails and the mail stays in
 * the inbox for the next poll, so no mail is parked without its reason. The reason holds
 * the exception, never the mail.
 */
@Component("quarantine")
public class Quarantine {

	private static final Logger log = LoggerFactory.getLogger(Quarantine.class);

	private static final int MAX_REASON_LENGTH = 1000;

	private final MailboxRoutes routes;

	private final JdbcClient jdbc;

	private final MeterRegistry meters;

	private final Clock clock;

	Quarantine(MailboxRoutes routes, JdbcClient jdbc, MeterRegistry meters, Optional<Clock> clock) {
		this.routes = routes;
		this.jdbc = jdbc;
		this.meters = meters;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	public void quarantine(Exchange exchange) throws Exception {
		String routeId = exchange.getFromRouteId();
		String mailbox = this.routes.mailboxOf(routeId)
			.orElseThrow(() -> new IllegalStateException("route " + routeId + " does not read a configured mailbox"));
		String key = mailKey(exchange);
		String reason = reason(exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class));
		this.jdbc
			.sql("insert into quarantined_item (source_system, source_record_id, source_kind, reason, quarantined_at)"
					+ " values (:system, :recordId, :kind, :reason, :at)")
			.param("system", MailToVoice.sourceSystem(mailbox))
			.param("recordId", key)
			.param("kind", SourceKind.MAILBOX_EMAIL.name())
			.param("reason", reason)
			.param("at", OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
			.update();
		exchange.getIn().setHeader(MailConstants.MAIL_MOVE_TO, this.routes.mailbox(mailbox).quarantineFolder());
		this.meters.counter("wocas.mail.quarantined", "mailbox", mailbox).increment();
		log.warn("Route {}: mail {} quarantined: {}", routeId, key, reason);
	}

	private static String mailKey(Exchange exchange) throws Exception {
		String key = exchange.getProperty(MailIntake.MAIL_KEY, String.class);
		return (key != null) ? key : MailToVoice.keyOf(MailIntake.rawBytes(exchange));
	}

	private static String reason(Throwable failure) {
		if (failure == null) {
			return "unknown failure";
		}
		String reason = failure.getClass().getName()
				+ ((failure.getMessage() != null) ? ": " + failure.getMessage() : "");
		return (reason.length() <= MAX_REASON_LENGTH) ? reason : reason.substring(0, MAX_REASON_LENGTH);
	}

}
