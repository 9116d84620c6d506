package io.wocas.bridge.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who is calling, in WOCAS terms: roles, and the adviser id their voices are recorded
 * under.
 */
@Component
public class CurrentUser {

	private final SecuritySettings settings;

	public CurrentUser(SecuritySettings settings) {
		this.settings = settings;
	}

	public boolean hasRole(Authentication authentication, Role role) {
		return authentication.getAuthorities()
			.stream()
			.anyMatch((authority) -> authority.getAuthority().equals("ROLE_" + role.name()));
	}

	/**
	 * The adviser id of a login: its configured {@code adviser-id}, else its login name.
	 */
	public String adviserId(Authentication authentication) {
		return findUser(authentication.getName()).map(SecuritySettings.User::adviserId)
			.filter((id) -> !id.isBlank())
			.orElse(authentication.getName());
	}

	private Optional<SecuritySettings.User> findUser(String name) {
		return this.settings.users().stream().filter((user) -> user.name().equals(name)).findFirst();
	}

}
