package io.wocas.bridge.voice.intake.mail;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.wocas.bridge.connector.RouteInstance;
import io.wocas.bridge.connector.RouteInstanceSource;

import org.springframework.stereotype.Component;

/**
 * One route per enabled mailbox, from the mailbox's route template (by default
 * {@code imap-mailbox} in {@code routes/mail-intake.yaml}). The route id names the
 * mailbox, which is how the intake and the quarantine find the mailbox a mail came from.
 */
@Component
class MailboxRoutes implements RouteInstanceSource {

	private static final String ROUTE_PREFIX = "mailbox-";

	private final MailSettings settings;

	MailboxRoutes(MailSettings settings) {
		this.settings = settings;
	}

	@Override
	public List<RouteInstance> routeInstances() {
		return this.settings.mailboxes()
			.entrySet()
			.stream()
			.filter((mailbox) -> mailbox.getValue().enabled())
			.map((mailbox) -> routeInstance(mailbox.getKey(), mailbox.getValue()))
			.toList();
	}

	static String routeId(String mailbox) {
		return ROUTE_PREFIX + mailbox;
	}

	/**
	 * The name of the mailbox a route reads, if the route is a mailbox route.
	 */
	Optional<String> mailboxOf(String routeId) {
		if (routeId == null || !routeId.startsWith(ROUTE_PREFIX)) {
			return Optional.empty();
		}
		String name = routeId.substring(ROUTE_PREFIX.length());
		return this.settings.mailboxes().containsKey(name) ? Optional.of(name) : Optional.empty();
	}

	MailSettings.Mailbox mailbox(String name) {
		return this.settings.mailboxes().get(name);
	}

	private static RouteInstance routeInstance(String name, MailSettings.Mailbox mailbox) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("protocol", mailbox.protocol());
		parameters.put("host", mailbox.host());
		parameters.put("port", mailbox.port());
		parameters.put("username", mailbox.username());
		parameters.put("password", mailbox.password());
		parameters.put("folderName", mailbox.folder());
		parameters.put("processedFolder", mailbox.processedFolder());
		parameters.put("delay", mailbox.pollInterval().toMillis());
		parameters.put("maxMessagesPerPoll", mailbox.maxMessagesPerPoll());
		return new RouteInstance(mailbox.routeTemplate(), routeId(name), parameters);
	}

}
