package io.wocas.bridge.voice.intake.mail;

/**
 * A mail whose MIME structure cannot be read: an unparseable multipart, content that
 * cannot be decoded, a charset that does not exist. Such a mail is quarantined, never
 * retried. The reason names only the structural problem, never content of the mail, so
 * that it can be stored and logged.
 */
public class MalformedMailException extends Exception {

	public MalformedMailException(String reason) {
		super(reason);
	}

	public MalformedMailException(String reason, Throwable cause) {
		super(reason, cause);
	}

}
