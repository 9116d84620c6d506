package io.wocas.bridge.security;

import java.util.HashSet;
import java.util.Set;

import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * HTTP Basic over the API with the WOCAS roles; users come from {@link SecuritySettings}
 * only.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
		String[] readers = { Role.ANALYST.name(), Role.OWNER.name(), Role.COMMITTEE.name(), Role.OPS.name() };
		http.authorizeHttpRequests((requests) -> requests.requestMatchers(EndpointRequest.to(HealthEndpoint.class))
			.permitAll()
			.requestMatchers(EndpointRequest.toAnyEndpoint())
			.hasRole(Role.OPS.name())
			.requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/api/voices")
			.hasAnyRole(Role.ADVISER.name(), Role.ANALYST.name(), Role.OPS.name())
			.requestMatchers(HttpMethod.POST, "/api/voices/*/move", "/api/voices/*/reject", "/api/dossiers/*/merge",
					"/api/dossiers/*/split", "/api/dossiers/*/rename", "/api/dossiers/*/owner",
					"/api/operations/*/undo")
			.hasRole(Role.ANALYST.name())
			.requestMatchers(HttpMethod.GET, "/api/dossiers/**", "/api/operations/**")
			.hasAnyRole(readers)
			.requestMatchers("/api/committee/**")
			.hasAnyRole(readers)
			.requestMatchers("/api/voices/**", "/api/voices")
			.authenticated()
			.requestMatchers("/api/**")
			.authenticated()
			.requestMatchers("/error")
			.permitAll()
			.anyRequest()
			.denyAll())
			.httpBasic(Customizer.withDefaults())
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	UserDetailsService users(SecuritySettings settings) {
		Set<UserDetails> users = new HashSet<>();
		for (SecuritySettings.User user : settings.users()) {
			users.add(User.withUsername(user.name())
				.password(user.password())
				.roles(user.roles().stream().map(Role::name).toArray(String[]::new))
				.build());
		}
		return new InMemoryUserDetailsManager(users);
	}

}
