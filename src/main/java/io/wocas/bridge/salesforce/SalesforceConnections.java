package io.wocas.bridge.salesforce;

import java.util.Locale;

import org.apache.camel.CamelContext;
import org.apache.camel.component.salesforce.AuthenticationType;
import org.apache.camel.component.salesforce.SalesforceComponent;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.apache.camel.support.jsse.KeyStoreParameters;

import org.springframework.stereotype.Component;

/**
 * Registers one camel-salesforce component per configured org, named {@code sf-<org>}, so
 * that every org has its own session and login flow. Login is lazy: an unreachable org
 * does not stop the product from starting; its connector reports the failure in health
 * instead.
 */
@Component
public class SalesforceConnections implements CamelContextConfiguration {

	private final SalesforceSettings settings;

	public SalesforceConnections(SalesforceSettings settings) {
		this.settings = settings;
	}

	public static String componentName(String org) {
		return "sf-" + org.toLowerCase(Locale.ROOT);
	}

	@Override
	public void beforeApplicationStart(CamelContext camelContext) {
		this.settings.orgs().forEach((name, org) -> {
			if (org.enabled()) {
				camelContext.addComponent(componentName(name), component(camelContext, org));
			}
		});
	}

	@Override
	public void afterApplicationStart(CamelContext camelContext) {
	}

	private SalesforceComponent component(CamelContext camelContext, SalesforceSettings.Org org) {
		SalesforceComponent component = new SalesforceComponent(camelContext);
		component.setLoginUrl(org.loginUrl());
		component.setClientId(org.clientId());
		component.setLazyLogin(true);
		switch (org.authentication()) {
			case CLIENT_CREDENTIALS -> {
				component.setAuthenticationType(AuthenticationType.CLIENT_CREDENTIALS);
				component.setClientSecret(org.clientSecret());
			}
			case USERNAME_PASSWORD -> {
				component.setAuthenticationType(AuthenticationType.USERNAME_PASSWORD);
				component.setClientSecret(org.clientSecret());
				component.setUserName(org.username());
				component.setPassword(org.password());
			}
			case JWT -> {
				component.setAuthenticationType(AuthenticationType.JWT);
				component.setUserName(org.username());
				KeyStoreParameters keystore = new KeyStoreParameters();
				keystore.setCamelContext(camelContext);
				keystore.setResource("file:" + org.jwtKeystore().toAbsolutePath());
				keystore.setPassword(org.jwtKeystorePassword());
				keystore.setType("PKCS12");
				component.setKeystore(keystore);
			}
		}
		return component;
	}

}
