package io.wocas.bridge.connector;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.validation.MessageInterpolatorFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.validation.annotation.Validated;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Validates the entries of connector files (a mailbox, an org) where they are bound, so
 * that a bad entry stops start-up with the file, line and full key of the bad value
 * ({@code wocas.mail.mailboxes.support.port}, origin {@code connectors/mailboxes.yaml -
 * 6:13}). Spring Boot validates a {@code @Validated} settings record only as a whole: an
 * error inside a map entry then comes without its origin. This validator takes the
 * records nested in {@code @Validated @ConfigurationProperties} types, which Spring Boot
 * asks at every level of binding.
 */
@Configuration(proxyBeanMethods = false)
class SettingsValidation {

	@Bean(EnableConfigurationProperties.VALIDATOR_BEAN_NAME)
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static Validator nestedSettingsValidator() {
		return new NestedSettingsValidator();
	}

	static final class NestedSettingsValidator implements Validator {

		private final SpringValidatorAdapter delegate;

		NestedSettingsValidator() {
			ValidatorFactory factory = Validation.byDefaultProvider()
				.configure()
				.messageInterpolator(new MessageInterpolatorFactory().getObject())
				.buildValidatorFactory();
			this.delegate = new SpringValidatorAdapter(factory.getValidator());
		}

		@Override
		public boolean supports(Class<?> type) {
			Class<?> enclosing = type.getEnclosingClass();
			return enclosing != null && enclosing.isAnnotationPresent(ConfigurationProperties.class)
					&& enclosing.isAnnotationPresent(Validated.class);
		}

		@Override
		public void validate(Object target, Errors errors) {
			this.delegate.validate(target, errors);
		}

	}

}
