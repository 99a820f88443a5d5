package org.bridgework.reminders;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.bridgework.reminders.OccurrenceStore.Claimed;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Just before sending, for a batch of claimed reminders at once: where each goes, and
 * whether it is still wanted (the practice not yet recorded or skipped that day, the
 * reminder still on, the client still signed up, and for its channel email still on or a
 * device still there). Read-only use of homework's and caseload's tables, as in
 * {@link PlanningFacts}.
 */
@Component
class Recipients {

	private final JdbcClient jdbc;

	Recipients(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<UUID, Recipient> of(Collection<Claimed> claimed) {
		Map<UUID, Recipient> found = new HashMap<>();
		if (claimed.isEmpty()) {
			return found;
		}
		this.jdbc.sql("""
				select o.id, acc.email,
				       exists(select 1 from entry e where e.assignment_id = o.assignment_id
				              and e.occurred_on = o.local_date) as done,
				       exists(select 1 from skip s where s.assignment_id = o.assignment_id
				              and s.occurred_on = o.local_date) as skipped,
				       acc.password_hash is not null and c.erased_at is null and coalesce(r.enabled, true) as wanted,
				       coalesce(p.email_enabled, true) as email_on,
				       exists(select 1 from push_subscription s where s.client_id = o.client_id) as has_device
				from reminder_occurrence o
				join client c on c.id = o.client_id
				join account acc on acc.id = c.account_id
				left join reminder_preference p on p.client_id = o.client_id
				left join assignment_reminder r on r.assignment_id = o.assignment_id
				where o.id in (:ids)""")
			.param("ids", claimed.stream().map(Claimed::id).toList())
			.query((rs, row) -> new Recipient(rs.getObject("id", UUID.class), rs.getString("email"),
					rs.getBoolean("done"), rs.getBoolean("skipped"), rs.getBoolean("wanted"), rs.getBoolean("email_on"),
					rs.getBoolean("has_device")))
			.list()
			.forEach((recipient) -> found.put(recipient.occurrenceId(), recipient));
		return found;
	}

	/** Where a reminder goes, and whether it still should. */
	record Recipient(UUID occurrenceId, String email, boolean done, boolean skipped, boolean wanted, boolean emailOn,
			boolean hasDevice) {

		/** Why it is not sent on {@code channel}, or null when it should be. */
		String notNeeded(Channel channel) {
			if (this.done) {
				return "done";
			}
			if (this.skipped) {
				return "skipped";
			}
			boolean reachable = switch (channel) {
				case EMAIL -> this.emailOn && this.email != null;
				case PUSH -> this.hasDevice;
			};
			return (!this.wanted || !reachable) ? "turned-off" : null;
		}

	}

}
