package org.bridgework.reminders;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.bridgework.homework.WeeklySchedule;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What planning reads, in one query for many clients: each running assignment of a client
 * who has signed up with an email, with the client's zone, quiet hours and the
 * assignment's reminder settings. Read-only use of homework's and caseload's tables (ADR
 * 0013 says why a query, not a call per client).
 */
@Component
class PlanningFacts {

	private final JdbcClient jdbc;

	PlanningFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Assignments running some time between the two days, of one client or (null) all,
	 * with reminders on; for {@code email}, only of clients who have email reminders on
	 * and an address to send them to.
	 */
	List<Remindable> running(LocalDate from, LocalDate to, UUID clientId, boolean email) {
		return this.jdbc.sql("""
				select a.id, a.client_id, a.days_of_week, a.time_of_day, a.start_date, a.end_date, a.duration_minutes,
				       c.timezone, p.quiet_start, p.quiet_end, r.reminder_time
				from assignment a
				join client c on c.id = a.client_id
				join account acc on acc.id = c.account_id
				left join reminder_preference p on p.client_id = c.id
				left join assignment_reminder r on r.assignment_id = a.id
				where coalesce(r.enabled, true) and c.erased_at is null
				  and (not :email or (acc.email is not null and acc.password_hash is not null
				                      and coalesce(p.email_enabled, true)))
				  and a.start_date <= :to and (a.end_date is null or a.end_date >= :from)
				  and (cast(:client as uuid) is null or a.client_id = :client)
				order by a.client_id""")
			.param("from", from)
			.param("to", to)
			.param("client", clientId)
			.param("email", email)
			.query(PlanningFacts::remindable)
			.list();
	}

	private static Remindable remindable(ResultSet rs, int row) throws SQLException {
		PracticePlan plan = new PracticePlan(rs.getObject("id", UUID.class),
				new WeeklySchedule(days((String[]) rs.getArray("days_of_week").getArray()), time(rs, "time_of_day")),
				rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class));
		LocalTime quietStart = time(rs, "quiet_start");
		QuietHours quiet = (quietStart != null) ? new QuietHours(quietStart, time(rs, "quiet_end")) : null;
		return new Remindable(rs.getObject("client_id", UUID.class), ZoneId.of(rs.getString("timezone")), quiet, plan,
				time(rs, "reminder_time"), (Integer) rs.getObject("duration_minutes"));
	}

	private static EnumSet<DayOfWeek> days(String[] names) {
		return Arrays.stream(names)
			.map(DayOfWeek::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
	}

	static LocalTime time(ResultSet rs, String column) throws SQLException {
		Time time = rs.getTime(column);
		return (time != null) ? time.toLocalTime() : null;
	}

	/** An assignment to remind of, with what its reminders depend on. */
	record Remindable(UUID clientId, ZoneId zone, QuietHours quietHours, PracticePlan plan, LocalTime chosenTime,
			Integer durationMinutes) {

		/** How long the practice takes, for a calendar event: its minutes, else 10. */
		int minutes() {
			return (this.durationMinutes != null) ? this.durationMinutes : 10;
		}

		ReminderSchedule schedule() {
			return new ReminderSchedule(this.zone, this.quietHours);
		}

	}

}
