package io.wocas.bridge.persistence;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;

/**
 * Spring Data JDBC quotes identifiers by default, which makes lower-case table names case
 * sensitive: H2 folds unquoted names to upper case, PostgreSQL to lower case. Unquoted
 * names let the same Flyway migrations and repositories run on both.
 */
@Configuration(proxyBeanMethods = false)
public class PersistenceConfiguration {

	@Bean
	static BeanPostProcessor unquotedIdentifiers() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof RelationalMappingContext context) {
					context.setForceQuote(false);
				}
				return bean;
			}
		};
	}

}
