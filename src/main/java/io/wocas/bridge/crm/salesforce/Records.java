package io.wocas.bridge.crm.salesforce;

import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Small helpers the record writers share: setting a configurable field, reading a
 * payload, fitting a text to a field's length.
 */
final class Records {

	private Records() {
	}

	/**
	 * Sets a field when the logical field is mapped; a null value clears it in
	 * Salesforce.
	 */
	static void put(ObjectNode record, Optional<String> field, String value) {
		field.ifPresent((name) -> {
			if (value != null) {
				record.put(name, value);
			}
			else {
				record.putNull(name);
			}
		});
	}

	/**
	 * An outbox payload as JSON; an unreadable one reads as empty, which its handler
	 * refuses.
	 */
	static JsonNode read(ObjectMapper json, String payload) {
		try {
			return json.readTree(payload);
		}
		catch (JsonProcessingException ex) {
			return json.createObjectNode();
		}
	}

	static String truncate(String value, int max) {
		if (value == null) {
			return null;
		}
		return (value.length() > max) ? value.substring(0, max - 1) + "…" : value;
	}

}
