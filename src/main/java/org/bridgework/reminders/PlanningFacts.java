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
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.bridgework.homework.WeeklySchedule;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What planning reads, in one query for many clients: each running assignment of a client
 * who has signed up, with the client's zone, quiet hours, the assignment's reminder
 * settings and the channels that reach the client (email on with an address; a device
 * with notifications on). Read-only use of homework's and caseload's tables (ADR 0013
 * says why a query, not a call per client).
 */
@Component
class PlanningFacts {

	private final JdbcClient jdbc;

	PlanningFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Assignments running some time between the two days, of one client or (null) all,
	 * with reminders on; for {@code sending}, only of signed-up clients some channel
	 * reaches.
	 */
	List<Remindable> running(LocalDate from, LocalDate to, UUID clientId, boolean sending) {
		return this.jdbc.sql("""
				select * from (
				    select a.id, a.client_id, a.days_of_week, a.time_of_day, a.start_date, a.end_date,
				           a.duration_minutes, c.timezone, p.quiet_start, p.quiet_end, r.reminder_time,
				           acc.password_hash is not null and acc.email is not null and coalesce(p.email_enabled, true)
				               as by_email,
				           acc.password_hash is not null
				               and exists(select 1 from push_subscription s where s.client_id = c.id) as by_push
				    from assignment a
				    join client c on c.id = a.client_id
				    join account acc on acc.id = c.account_id
				    left join reminder_preference p on p.client_id = c.id
				    left join assignment_reminder r on r.assignment_id = a.id
				    where coalesce(r.enabled, true) and c.erased_at is null
				      and a.start_date <= :to and (a.end_date is null or a.end_date >= :from)
				      and (cast(:client as uuid) is null or a.client_id = :client)) running
				where not :sending or by_email or by_push
				order by client_id""")
			.param("from", from)
			.param("to", to)
			.param("client", clientId)
			.param("sending", sending)
			.query(PlanningFacts::remindable)
			.list();
	}

	private static Remindable remindable(ResultSet rs, int row) throws SQLException {
		PracticePlan plan = new PracticePlan(rs.getObject("id", UUID.class),
				new WeeklySchedule(days((String[]) rs.getArray("days_of_week").getArray()), time(rs, "time_of_day")),
				rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class));
		LocalTime quietStart = time(rs, "quiet_start");
		QuietHours quiet = (quietStart != null) ? new QuietHours(quietStart, time(rs, "quiet_end")) : null;
		EnumSet<Channel> channels = EnumSet.noneOf(Channel.class);
		if (rs.getBoolean("by_email")) {
			channels.add(Channel.EMAIL);
		}
		if (rs.getBoolean("by_push")) {
			channels.add(Channel.PUSH);
		}
		return new Remindable(rs.getObject("client_id", UUID.class), ZoneId.of(rs.getString("timezone")), quiet, plan,
				time(rs, "reminder_time"), (Integer) rs.getObject("duration_minutes"), channels);
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

	/**
	 * An assignment to remind of, with what its reminders depend on and the channels that
	 * reach its client.
	 */
	record Remindable(UUID clientId, ZoneId zone, QuietHours quietHours, PracticePlan plan, LocalTime chosenTime,
			Integer durationMinutes, Set<Channel> channels) {

		/** How long the practice takes, for a calendar event: its minutes, else 10. */
		int minutes() {
			return (this.durationMinutes != null) ? this.durationMinutes : 10;
		}

		ReminderSchedule schedule() {
			return new ReminderSchedule(this.zone, this.quietHours);
		}

	}

}
