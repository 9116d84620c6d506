package io.wocas.bridge.sandbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An error the sandbox answers the way Salesforce does: an HTTP status and a list of
 * {@code {"message","errorCode"}} objects for REST calls, or one
 * {@code {"statusCode","message","fields"}} entry in a per-record result.
 */
final class SalesforceApiException extends RuntimeException {

	private final int status;

	private final String errorCode;

	private final List<String> fields;

	SalesforceApiException(int status, String errorCode, String message) {
		this(status, errorCode, message, List.of());
	}

	SalesforceApiException(int status, String errorCode, String message, List<String> fields) {
		super(message);
		this.status = status;
		this.errorCode = errorCode;
		this.fields = List.copyOf(fields);
	}

	int status() {
		return this.status;
	}

	String errorCode() {
		return this.errorCode;
	}

	List<String> fields() {
		return this.fields;
	}

	List<Map<String, Object>> restBody() {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("message", getMessage());
		error.put("errorCode", this.errorCode);
		if (!this.fields.isEmpty()) {
			error.put("fields", this.fields);
		}
		return List.of(error);
	}

	Map<String, Object> recordError() {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("statusCode", this.errorCode);
		error.put("message", getMessage());
		error.put("fields", this.fields);
		return error;
	}

	static SalesforceApiException notFound() {
		return new SalesforceApiException(404, "NOT_FOUND", "The requested resource does not exist");
	}

}
