package io.wocas.bridge.voice.intake.mail;

import java.time.Clock;
import java.util.Optional;

import io.wocas.bridge.connector.ConnectorStatus;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.apache.camel.spi.RouteIdAware;

import org.springframework.stereotype.Component;

/**
 * Reports each mailbox poll to {@link ConnectorStatus}: a poll that reached the folder is
 * a success, one that could not connect or log in is a failure with its error. A failed
 * poll is simply retried at the next interval (camel-mail logs it). Set on the mailbox
 * endpoint as its {@code pollStrategy}.
 */
@Component("mailPollStatus")
class MailPollStatus implements PollingConsumerPollStrategy {

	private final ConnectorStatus status;

	private final Clock clock;

	MailPollStatus(ConnectorStatus status, Optional<Clock> clock) {
		this.status = status;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@Override
	public boolean begin(Consumer consumer, Endpoint endpoint) {
		return true;
	}

	@Override
	public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
		this.status.succeeded(connector(consumer), this.clock.instant());
	}

	@Override
	public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) {
		String error = cause.getClass().getSimpleName() + ": " + cause.getMessage();
		this.status.failed(connector(consumer), this.clock.instant(), error);
		return false;
	}

	private static String connector(Consumer consumer) {
		return (consumer instanceof RouteIdAware route && route.getRouteId() != null) ? route.getRouteId()
				: consumer.getEndpoint().getEndpointKey();
	}

}
