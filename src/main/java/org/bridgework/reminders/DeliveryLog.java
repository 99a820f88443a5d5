package org.bridgework.reminders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bridgework.caseload.CareTeam;
import org.bridgework.identity.CurrentUser;
import org.bridgework.identity.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happened to a client's reminders, newest first: sent, tried again, failed, or not
 * needed, on which channel and when. For the client's clinicians, and for admins (who
 * look after the mail server); it holds no clinical content, not even a practice's title.
 */
@Service
class DeliveryLog {

	static final int LIMIT = 200;

	private final CareTeam careTeam;

	private final JdbcClient jdbc;

	DeliveryLog(CareTeam careTeam, JdbcClient jdbc) {
		this.careTeam = careTeam;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	List<Delivery> forClient(CurrentUser actor, UUID clientId) {
		boolean clinician = this.careTeam.requireClinicianOrAdmin(actor, clientId, "view-reminder-deliveries")
			.isClinician();
		return this.jdbc.sql("""
				select d.id, d.occurrence_id, o.assignment_id, o.local_date, d.channel, d.outcome, d.attempt, d.at,
				       d.detail
				from reminder_delivery d join reminder_occurrence o on o.id = d.occurrence_id
				where d.client_id = :client order by d.at desc, d.attempt desc limit :limit""")
			.param("client", clientId)
			.param("limit", LIMIT)
			.query((rs, row) -> new Delivery(rs.getObject("id", UUID.class), rs.getObject("occurrence_id", UUID.class),
					rs.getObject("assignment_id", UUID.class), rs.getObject("local_date", LocalDate.class),
					rs.getString("channel"), rs.getString("outcome"), rs.getInt("attempt"),
					rs.getTimestamp("at").toInstant(), rs.getString("detail")))
			.list()
			.stream()
			.map((delivery) -> clinician ? delivery : delivery.withoutPractice())
			.toList();
	}

	/**
	 * How many attempts ended each way since {@code since}, across the installation:
	 * admins only.
	 */
	@Transactional(readOnly = true)
	Map<String, Integer> countsSince(CurrentUser admin, Instant since) {
		admin.require(Role.ADMIN);
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String outcome : List.of("SENT", "RETRYING", "FAILED", "NOT_NEEDED")) {
			counts.put(outcome, 0);
		}
		this.jdbc.sql("select outcome, count(*) from reminder_delivery where at >= :since group by outcome")
			.param("since", java.sql.Timestamp.from(since))
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getInt(2)))
			.list()
			.forEach((entry) -> counts.put(entry.getKey(), entry.getValue()));
		return counts;
	}

	/** One attempt: {@code day} is the client's day the reminder was for. */
	record Delivery(UUID id, UUID reminderId, UUID assignmentId, LocalDate day, String channel, String outcome,
			int attempt, Instant at, String detail) {

		/** As an admin sees it: not which practice, nor which reminder. */
		Delivery withoutPractice() {
			return new Delivery(this.id, null, null, this.day, this.channel, this.outcome, this.attempt, this.at,
					this.detail);
		}

	}

}
