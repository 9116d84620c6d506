package io.wocas.bridge.committee;

import java.time.LocalDate;

/**
 * A partial change to a task: null fields stay as they are.
 */
public record TaskChange(String title, String assignee, LocalDate dueOn, TaskStatus status) {

	public TaskChange {
		if (title != null && title.isBlank()) {
			throw new IllegalArgumentException("title must not be blank");
		}
		if (assignee != null && assignee.isBlank()) {
			throw new IllegalArgumentException("assignee must not be blank");
		}
	}

}
