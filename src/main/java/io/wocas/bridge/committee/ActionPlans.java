package io.wocas.bridge.committee;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The stored action plans: tasks, progress updates and resolutions of dossiers.
 */
@Repository
public class ActionPlans {

	private static final String TASK_COLUMNS = "id, dossier_id, proposal_id, title, assignee, due_on, status,"
			+ " created_by, created_at, updated_by, updated_at";

	private final JdbcClient jdbc;

	ActionPlans(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long addTask(long dossierId, Long proposalId, String title, String assignee, LocalDate dueOn, String by,
			Instant at) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("insert into action_task (dossier_id, proposal_id, title, assignee, due_on, status, created_by,"
					+ " created_at, updated_by, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(dossierId, proposalId, title, assignee, (dueOn != null) ? Date.valueOf(dueOn) : null,
					TaskStatus.TODO.name(), by, Timestamp.from(at), by, Timestamp.from(at))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	void updateTask(ActionTask task) {
		this.jdbc
			.sql("update action_task set title = ?, assignee = ?, due_on = ?, status = ?, updated_by = ?,"
					+ " updated_at = ? where id = ?")
			.params(task.title(), task.assignee(), (task.dueOn() != null) ? Date.valueOf(task.dueOn()) : null,
					task.status().name(), task.updatedBy(), Timestamp.from(task.updatedAt()), task.id())
			.update();
	}

	public Optional<ActionTask> task(long taskId) {
		return this.jdbc.sql("select " + TASK_COLUMNS + " from action_task where id = ?")
			.param(taskId)
			.query(ActionPlans::task)
			.optional();
	}

	public List<ActionTask> tasksOf(long dossierId) {
		return this.jdbc.sql("select " + TASK_COLUMNS + " from action_task where dossier_id = ? order by id")
			.param(dossierId)
			.query(ActionPlans::task)
			.list();
	}

	long addProgress(long dossierId, String text, int percent, String by, Instant at) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("insert into progress_update (dossier_id, body, percent_done, posted_by, posted_at)"
					+ " values (?, ?, ?, ?, ?)")
			.params(dossierId, text, percent, by, Timestamp.from(at))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	public List<ProgressUpdate> progressOf(long dossierId) {
		return this.jdbc
			.sql("select id, dossier_id, body, percent_done, posted_by, posted_at from progress_update"
					+ " where dossier_id = ? order by posted_at, id")
			.param(dossierId)
			.query((rs, row) -> new ProgressUpdate(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4),
					rs.getString(5), Analyses.instant(rs, 6)))
			.list();
	}

	long addResolution(long dossierId, String summary, String by, Instant at) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("insert into dossier_resolution (dossier_id, summary, resolved_by, resolved_at) values (?, ?, ?, ?)")
			.params(dossierId, summary, by, Timestamp.from(at))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	public List<Resolution> resolutionsOf(long dossierId) {
		return this.jdbc
			.sql("select id, dossier_id, summary, resolved_by, resolved_at from dossier_resolution"
					+ " where dossier_id = ? order by resolved_at, id")
			.param(dossierId)
			.query((rs, row) -> new Resolution(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					Analyses.instant(rs, 5)))
			.list();
	}

	private static ActionTask task(ResultSet rs, int row) throws SQLException {
		Date due = rs.getDate(6);
		return new ActionTask(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3, Long.class), rs.getString(4),
				rs.getString(5), (due != null) ? due.toLocalDate() : null, TaskStatus.valueOf(rs.getString(7)),
				rs.getString(8), Analyses.instant(rs, 9), rs.getString(10), Analyses.instant(rs, 11));
	}

}
