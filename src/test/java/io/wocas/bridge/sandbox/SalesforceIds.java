package io.wocas.bridge.sandbox;

import java.util.Locale;
import java.util.Map;

/**
 * Salesforce record ids: a 3-character key prefix naming the object, a 12-character body
 * and the 3-character case-safe suffix that turns the case-sensitive 15-character id into
 * the 18-character id the REST API returns.
 */
final class SalesforceIds {

	private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

	private static final String SUFFIX_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";

	private static final Map<String, String> KEY_PREFIXES = Map.ofEntries(Map.entry("Account", "001"),
			Map.entry("Contact", "003"), Map.entry("User", "005"), Map.entry("Case", "500"),
			Map.entry("CaseComment", "00a"), Map.entry("Task", "00T"), Map.entry("Event", "00U"),
			Map.entry("Group", "00G"), Map.entry("FeedItem", "0D5"), Map.entry("FeedComment", "0D7"),
			Map.entry("EmailMessage", "02s"), Map.entry("Attachment", "00P"), Map.entry("ContentVersion", "068"),
			Map.entry("Problem", "0Xd"), Map.entry("CaseRelatedIssue", "1CR"), Map.entry("Organization", "00D"));

	private SalesforceIds() {
	}

	static String keyPrefix(String sObjectType) {
		String prefix = KEY_PREFIXES.get(sObjectType);
		if (prefix != null) {
			return prefix;
		}
		if (sObjectType.toLowerCase(Locale.ROOT).endsWith("__c")) {
			int hash = Math.floorMod(sObjectType.toLowerCase(Locale.ROOT).hashCode(), 62 * 62);
			return "a" + BASE62.charAt(hash / 62) + BASE62.charAt(hash % 62);
		}
		int hash = Math.floorMod(sObjectType.hashCode(), 62 * 62);
		return "0" + BASE62.charAt(hash / 62) + BASE62.charAt(hash % 62);
	}

	/**
	 * Builds an 18-character id with the given prefix and sequence number.
	 */
	static String newId(String keyPrefix, long sequence) {
		StringBuilder body = new StringBuilder();
		long value = sequence;
		for (int i = 0; i < 5; i++) {
			body.insert(0, BASE62.charAt((int) (value % 62)));
			value /= 62;
		}
		return to18(keyPrefix + "5g00000" + body);
	}

	static String to18(String id15) {
		if (id15.length() != 15) {
			return id15;
		}
		StringBuilder suffix = new StringBuilder(3);
		for (int chunk = 0; chunk < 3; chunk++) {
			int bits = 0;
			for (int i = 0; i < 5; i++) {
				char c = id15.charAt(chunk * 5 + i);
				if (c >= 'A' && c <= 'Z') {
					bits |= 1 << i;
				}
			}
			suffix.append(SUFFIX_CHARS.charAt(bits));
		}
		return id15 + suffix;
	}

	static boolean looksLikeId(String value) {
		return value != null && (value.length() == 15 || value.length() == 18) && value.chars()
			.allMatch((c) -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
	}

}
