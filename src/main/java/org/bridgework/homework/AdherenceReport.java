package org.bridgework.homework;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.bridgework.caseload.CareTeam;
import org.bridgework.caseload.ClientAccess;
import org.bridgework.identity.CurrentUser;
import org.bridgework.shared.FieldChecks;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adherence for a client over a range of their calendar days.
 */
@Service
public class AdherenceReport {

	static final int MAX_DAYS = 3660;

	private final CareTeam careTeam;

	private final AssignmentRepository assignments;

	private final EntryRepository entries;

	private final SkipRepository skips;

	private final Clock clock;

	AdherenceReport(CareTeam careTeam, AssignmentRepository assignments, EntryRepository entries, SkipRepository skips,
			Clock clock) {
		this.careTeam = careTeam;
		this.assignments = assignments;
		this.entries = entries;
		this.skips = skips;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Adherence between(CurrentUser actor, UUID clientId, LocalDate from, LocalDate to) {
		ClientAccess access = this.careTeam.require(actor, clientId, "view-adherence");
		new FieldChecks().check(from != null, "from", "validation.required")
			.check(to != null, "to", "validation.required")
			.check(from == null || to == null || !to.isBefore(from), "to", "validation.range.order")
			.check(from == null || to == null || ChronoUnit.DAYS.between(from, to) < MAX_DAYS, "to",
					"validation.range.tooLong", MAX_DAYS)
			.throwIfAny();
		return AdherenceCalculator.calculate(this.assignments.forClientOverlapping(access.clientId(), from, to),
				this.entries.daysByAssignment(access.clientId(), from, to),
				this.skips.daysByAssignment(access.clientId(), from, to), from, to);
	}

	/**
	 * The last {@code days} days up to and including the client's today.
	 */
	@Transactional(readOnly = true)
	public Adherence lastDays(CurrentUser actor, UUID clientId, int days) {
		ClientAccess access = this.careTeam.require(actor, clientId, "view-adherence");
		LocalDate today = LocalDate.now(this.clock.withZone(access.timezone()));
		return between(actor, clientId, today.minusDays(days - 1L), today);
	}

}
