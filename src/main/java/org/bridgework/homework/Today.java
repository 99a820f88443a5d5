package org.bridgework.homework;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.bridgework.caseload.CareTeam;
import org.bridgework.caseload.ClientAccess;
import org.bridgework.identity.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client's list for today, in their own time zone.
 */
@Service
public class Today {

	private final CareTeam careTeam;

	private final AssignmentRepository assignments;

	private final EntryRepository entries;

	private final SkipRepository skips;

	private final Clock clock;

	Today(CareTeam careTeam, AssignmentRepository assignments, EntryRepository entries, SkipRepository skips,
			Clock clock) {
		this.careTeam = careTeam;
		this.assignments = assignments;
		this.entries = entries;
		this.skips = skips;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<TodayItem> forClient(CurrentUser client) {
		ClientAccess access = this.careTeam.requireSelf(client, "view-today");
		LocalDate today = LocalDate.now(this.clock.withZone(access.timezone()));
		Map<UUID, Set<LocalDate>> done = this.entries.daysByAssignment(access.clientId(), today, today);
		Map<UUID, Set<LocalDate>> skipped = this.skips.daysByAssignment(access.clientId(), today, today);
		return this.assignments.forClientOverlapping(access.clientId(), today, today)
			.stream()
			.filter((assignment) -> assignment.isOccurrence(today))
			.sorted(Comparator.comparing(Today::timeOrEndOfDay).thenComparing(Assignment::title))
			.map((assignment) -> new TodayItem(assignment.id(), assignment.title(), today,
					status(done.containsKey(assignment.id()), skipped.containsKey(assignment.id())), assignment))
			.toList();
	}

	@Transactional(readOnly = true)
	public LocalDate todayFor(CurrentUser client) {
		return LocalDate.now(this.clock.withZone(this.careTeam.requireSelf(client, "view-today").timezone()));
	}

	static OccurrenceStatus status(boolean done, boolean skipped) {
		if (done) {
			return OccurrenceStatus.DONE;
		}
		return skipped ? OccurrenceStatus.SKIPPED : OccurrenceStatus.DUE;
	}

	private static LocalTime timeOrEndOfDay(Assignment assignment) {
		LocalTime time = assignment.schedule().timeOfDay();
		return (time == null) ? LocalTime.MAX : time;
	}

}
