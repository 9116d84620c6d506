package io.wocas.bridge.security;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * API users, from configuration. There is no default user: without configured users the
 * API refuses everyone. Passwords are stored encoded ({@code {bcrypt}...}) or come from
 * the environment.
 */
@Validated
@ConfigurationProperties("wocas.security")
public record SecuritySettings(List<@Valid User> users) {

	public SecuritySettings {
		users = (users != null) ? List.copyOf(users) : List.of();
	}

	/**
	 * One API user. {@code adviserId} links an adviser login to the CRM user id or mail
	 * address under which their voices are recorded.
	 */
	public record User(@NotBlank String name, @NotBlank String password, @NotEmpty Set<Role> roles, String adviserId) {

	}

}
