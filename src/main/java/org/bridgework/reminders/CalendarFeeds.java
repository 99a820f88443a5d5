package org.bridgework.reminders;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.bridgework.caseload.CareTeam;
import org.bridgework.caseload.ClientAccess;
import org.bridgework.identity.CurrentUser;
import org.bridgework.reminders.PlanningFacts.Remindable;
import org.bridgework.shared.Messages;
import org.bridgework.shared.Tokens;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's personal calendar feed: an iCalendar file at a secret address their phone's
 * calendar subscribes to, with each planned practice from a week back to eight weeks on
 * as an event with an alarm, at the same moment an email reminder would go out. Only the
 * token's SHA-256 is stored, so the address is shown once; a new one replaces it, and
 * revoking makes it answer 404. The words are the same for every practice.
 */
@Service
class CalendarFeeds {

	static final int DAYS_BACK = 7;

	static final int DAYS_AHEAD = 56;

	private final CareTeam careTeam;

	private final PlanningFacts facts;

	private final JdbcClient jdbc;

	private final Messages messages;

	private final Clock clock;

	CalendarFeeds(CareTeam careTeam, PlanningFacts facts, JdbcClient jdbc, Messages messages, Clock clock) {
		this.careTeam = careTeam;
		this.facts = facts;
		this.jdbc = jdbc;
		this.messages = messages;
		this.clock = clock;
	}

	/** Makes the client a new secret address (any earlier one stops working). */
	@Transactional
	NewFeed create(CurrentUser client) {
		ClientAccess access = this.careTeam.requireSelf(client, "create-calendar-feed");
		String token = Tokens.newSecret();
		Instant now = this.clock.instant();
		this.jdbc
			.sql("""
					insert into calendar_feed (client_id, token_hash, created_at) values (:client, :hash, :now)
					on conflict (client_id) do update set token_hash = excluded.token_hash, created_at = excluded.created_at""")
			.param("client", access.clientId())
			.param("hash", Tokens.sha256(token))
			.param("now", Timestamp.from(now))
			.update();
		return new NewFeed(token, now);
	}

	@Transactional
	void revoke(CurrentUser client) {
		ClientAccess access = this.careTeam.requireSelf(client, "revoke-calendar-feed");
		this.jdbc.sql("delete from calendar_feed where client_id = :client")
			.param("client", access.clientId())
			.update();
	}

	/** When the client's current address was made, or empty when they have none. */
	@Transactional(readOnly = true)
	Optional<Instant> since(ClientAccess access) {
		return this.jdbc.sql("select created_at from calendar_feed where client_id = :client")
			.param("client", access.clientId())
			.query((rs, row) -> rs.getTimestamp(1).toInstant())
			.optional();
	}

	/** The calendar behind a token, or empty for one that is unknown or revoked. */
	@Transactional(readOnly = true)
	Optional<String> calendar(String token) {
		return this.jdbc.sql("select client_id from calendar_feed where token_hash = :hash")
			.param("hash", Tokens.sha256(token))
			.query(UUID.class)
			.optional()
			.map(this::render);
	}

	private String render(UUID clientId) {
		Instant now = this.clock.instant();
		LocalDate utcToday = LocalDate.ofInstant(now, ZoneOffset.UTC);
		Ics ics = new Ics().line("BEGIN", "VCALENDAR")
			.line("VERSION", "2.0")
			.line("PRODID", "-//Bridgework//Reminders//EN")
			.line("CALSCALE", "GREGORIAN")
			.text("X-WR-CALNAME", "Bridgework");
		String summary = this.messages.get("reminders.calendar.summary");
		String alarm = this.messages.get("reminders.calendar.alarm");
		for (Remindable remindable : this.facts.running(utcToday.minusDays(DAYS_BACK + 1),
				utcToday.plusDays(DAYS_AHEAD + 1), clientId, false)) {
			LocalDate today = LocalDate.ofInstant(now, remindable.zone());
			for (PlannedReminder planned : remindable.schedule()
				.between(remindable.plan(), remindable.chosenTime(), today.minusDays(DAYS_BACK),
						today.plusDays(DAYS_AHEAD))) {
				ics.line("BEGIN", "VEVENT")
					.line("UID", planned.assignmentId() + "-" + planned.day() + "@bridgework")
					.time("DTSTAMP", now)
					.time("DTSTART", planned.dueAt())
					.line("DURATION", Duration.ofMinutes(remindable.minutes()).toString())
					.text("SUMMARY", summary)
					.line("BEGIN", "VALARM")
					.line("ACTION", "DISPLAY")
					.text("DESCRIPTION", alarm)
					.line("TRIGGER", "PT0S")
					.line("END", "VALARM")
					.line("END", "VEVENT");
			}
		}
		return ics.line("END", "VCALENDAR").toString();
	}

	/** A new secret token and when it was made. */
	record NewFeed(String token, Instant createdAt) {
	}

}
