package io.wocas.bridge.salesforce;

/**
 * A call to an org failed (login, transport, or an error answered by Salesforce).
 */
public class SalesforceCallException extends RuntimeException {

	public SalesforceCallException(String org, String operation, Throwable cause) {
		super("Salesforce org '" + org + "': " + operation + " failed: " + cause.getMessage(), cause);
	}

}
