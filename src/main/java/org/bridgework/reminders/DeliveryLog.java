package org.bridgework.reminders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * needed, on which channel (email, push) and when. For the client's clinicians, and for
 * admins (who look after the mail server), with the installation's counts for admins; it
 * holds no clinical content, not even a practice's title.
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
	 * How many attempts ended each way since {@code since}, across the installation, for
	 * each kind of message: the clients' reminders by channel ({@code EMAIL},
	 * {@code PUSH}) and the clinicians' emails by kind ({@code DAILY_DIGEST},
	 * {@code SESSIONS_TOMORROW}). Admins only.
	 */
	@Transactional(readOnly = true)
	List<Counts> countsSince(CurrentUser admin, Instant since) {
		admin.require(Role.ADMIN);
		Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
		List<String> kinds = new ArrayList<>();
		for (Channel channel : Channel.values()) {
			kinds.add(channel.name());
		}
		for (ClinicianEmailKind kind : ClinicianEmailKind.values()) {
			kinds.add(kind.name());
		}
		for (String kind : kinds) {
			Map<String, Integer> outcomes = new LinkedHashMap<>();
			OUTCOMES.forEach((outcome) -> outcomes.put(outcome, 0));
			counts.put(kind, outcomes);
		}
		this.jdbc
			.sql("""
					select channel, outcome, count(*) from reminder_delivery where at >= :since group by channel, outcome
					union all
					select kind, outcome, count(*) from clinician_email_delivery where at >= :since group by kind, outcome""")
			.param("since", java.sql.Timestamp.from(since))
			.query((rs, row) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) })
			.list()
			.forEach((count) -> counts.computeIfAbsent(count[0], (kind) -> new LinkedHashMap<>())
				.put(count[1], Integer.parseInt(count[2])));
		return counts.entrySet().stream().map((entry) -> new Counts(entry.getKey(), entry.getValue())).toList();
	}

	static final List<String> OUTCOMES = List.of("SENT", "RETRYING", "FAILED", "NOT_NEEDED");

	/**
	 * One kind of message ({@code EMAIL}, {@code PUSH}, {@code DAILY_DIGEST},
	 * {@code SESSIONS_TOMORROW}) and how many tries ended each way.
	 */
	record Counts(String kind, Map<String, Integer> outcomes) {
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
