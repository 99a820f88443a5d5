package org.bridgework.reminders;

import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A client's reminder settings and those of each of their assignments. */
@Repository
class SettingsStore {

	private final JdbcClient jdbc;

	SettingsStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	ClientSettings client(UUID clientId) {
		return this.jdbc
			.sql("select email_enabled, quiet_start, quiet_end from reminder_preference where client_id = :id")
			.param("id", clientId)
			.query((rs, row) -> {
				LocalTime start = PlanningFacts.time(rs, "quiet_start");
				return new ClientSettings(rs.getBoolean("email_enabled"),
						(start != null) ? new QuietHours(start, PlanningFacts.time(rs, "quiet_end")) : null);
			})
			.optional()
			.orElse(ClientSettings.DEFAULT);
	}

	void saveClient(UUID clientId, ClientSettings settings, Instant now) {
		QuietHours quiet = settings.quietHours();
		this.jdbc
			.sql("""
					insert into reminder_preference (client_id, email_enabled, quiet_start, quiet_end, updated_at)
					values (:id, :email, :start, :end, :now)
					on conflict (client_id) do update set email_enabled = excluded.email_enabled,
					    quiet_start = excluded.quiet_start, quiet_end = excluded.quiet_end, updated_at = excluded.updated_at""")
			.param("id", clientId)
			.param("email", settings.emailEnabled())
			.param("start", (quiet != null) ? Time.valueOf(quiet.start()) : null, java.sql.Types.TIME)
			.param("end", (quiet != null) ? Time.valueOf(quiet.end()) : null, java.sql.Types.TIME)
			.param("now", Timestamp.from(now))
			.update();
	}

	Map<UUID, AssignmentSettings> assignments(UUID clientId) {
		Map<UUID, AssignmentSettings> found = new HashMap<>();
		this.jdbc.sql("""
				select r.assignment_id, r.enabled, r.reminder_time from assignment_reminder r
				join assignment a on a.id = r.assignment_id where a.client_id = :id""")
			.param("id", clientId)
			.query((rs, row) -> Map.entry(rs.getObject("assignment_id", UUID.class),
					new AssignmentSettings(rs.getBoolean("enabled"), PlanningFacts.time(rs, "reminder_time"))))
			.list()
			.forEach((entry) -> found.put(entry.getKey(), entry.getValue()));
		return found;
	}

	void saveAssignment(UUID assignmentId, AssignmentSettings settings, Instant now) {
		this.jdbc.sql("""
				insert into assignment_reminder (assignment_id, enabled, reminder_time, updated_at)
				values (:id, :enabled, :time, :now)
				on conflict (assignment_id) do update set enabled = excluded.enabled,
				    reminder_time = excluded.reminder_time, updated_at = excluded.updated_at""")
			.param("id", assignmentId)
			.param("enabled", settings.enabled())
			.param("time", (settings.reminderTime() != null) ? Time.valueOf(settings.reminderTime()) : null,
					java.sql.Types.TIME)
			.param("now", Timestamp.from(now))
			.update();
	}

	/** Email on or off and quiet hours (null: none). */
	record ClientSettings(boolean emailEnabled, QuietHours quietHours) {

		static final ClientSettings DEFAULT = new ClientSettings(true, null);

	}

	/** On or off, and the time the client chose (null: the practice's own time). */
	record AssignmentSettings(boolean enabled, LocalTime reminderTime) {

		static final AssignmentSettings DEFAULT = new AssignmentSettings(true, null);

	}

}
