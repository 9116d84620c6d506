package io.wocas.bridge.dossier;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern.Flag;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The owner routing table of {@code connectors/owners.yaml}: which business expert owns
 * the dossiers of which reason codes, and how to reach them. Routes are tried in order; a
 * route's {@code reason} is a reason code or a pattern with {@code *} ({@code BILL-*},
 * {@code *}).
 */
@Validated
@ConfigurationProperties("wocas.owners")
public record OwnerSettings(List<@Valid Route> routes, Map<String, @Valid Person> people) {

	public OwnerSettings {
		routes = (routes != null) ? List.copyOf(routes) : List.of();
		people = (people != null) ? Map.copyOf(people) : Map.of();
	}

	/**
	 * The owner for a reason code, from the first matching route.
	 */
	public Optional<String> ownerFor(String reasonCode) {
		String code = (reasonCode != null) ? reasonCode.toUpperCase(Locale.ROOT) : "";
		return this.routes.stream().filter((route) -> route.matches(code)).map(Route::owner).findFirst();
	}

	public Optional<Person> person(String owner) {
		return Optional.ofNullable(this.people.get(owner));
	}

	/**
	 * One line of the routing table.
	 */
	public record Route(@NotBlank @jakarta.validation.constraints.Pattern(regexp = "[A-Z0-9*_-]+",
			flags = Flag.CASE_INSENSITIVE, message = "must be a reason code or a pattern like BILL-*") String reason,
			@NotBlank String owner) {

		boolean matches(String code) {
			String regex = Pattern.quote(this.reason.toUpperCase(Locale.ROOT)).replace("*", "\\E.*\\Q");
			return code.matches(regex);
		}

	}

	/**
	 * How to reach an owner.
	 *
	 * @param name display name
	 * @param email where notifications are mailed
	 * @param language fr, nl or en, for messages
	 * @param salesforceOrg the org of their Salesforce user (optional when there is one
	 * org)
	 * @param salesforceUserId their Salesforce user id, to assign them a Task
	 */
	public record Person(@NotBlank String name, @NotBlank @Email String email,
			@jakarta.validation.constraints.Pattern(regexp = "fr|nl|en") String language, String salesforceOrg,
			@jakarta.validation.constraints.Pattern(regexp = "005[A-Za-z0-9]{12}([A-Za-z0-9]{3})?",
					message = "must be a Salesforce user id (005...)") String salesforceUserId) {

	}

	@jakarta.validation.constraints.AssertTrue(message = "every route's owner must be listed under wocas.owners.people")
	public boolean isEveryOwnerKnown() {
		return this.routes.stream().allMatch((route) -> this.people.containsKey(route.owner()));
	}

}
