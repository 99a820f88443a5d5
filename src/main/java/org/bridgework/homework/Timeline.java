package org.bridgework.homework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.bridgework.caseload.CareTeam;
import org.bridgework.caseload.ClientAccess;
import org.bridgework.identity.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's entries and skips, newest first, as their clinician reviews them.
 */
@Service
public class Timeline {

	private final CareTeam careTeam;

	private final EntryRepository entries;

	private final SkipRepository skips;

	private final Clock clock;

	Timeline(CareTeam careTeam, EntryRepository entries, SkipRepository skips, Clock clock) {
		this.careTeam = careTeam;
		this.entries = entries;
		this.skips = skips;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<TimelineItem> lastDays(CurrentUser actor, UUID clientId, int days) {
		ClientAccess access = this.careTeam.require(actor, clientId, "view-timeline");
		LocalDate to = LocalDate.now(this.clock.withZone(access.timezone()));
		LocalDate from = to.minusDays(days - 1L);
		List<TimelineItem> items = new ArrayList<>();
		Practice.visibleTo(access, this.entries.forClient(access.clientId(), from, to))
			.forEach((entry) -> items.add(TimelineItem.of(entry)));
		this.skips.forClient(access.clientId(), from, to).forEach((skip) -> items.add(TimelineItem.of(skip)));
		items.sort(Comparator.comparing(TimelineItem::day).thenComparing(TimelineItem::recordedAt).reversed());
		return items;
	}

	/**
	 * Every entry and skip between two days, oldest first, for someone whose access was
	 * already checked: a clinician gets a private entry without its content.
	 */
	@Transactional(readOnly = true)
	public List<TimelineItem> between(ClientAccess access, LocalDate from, LocalDate to) {
		List<TimelineItem> items = new ArrayList<>();
		Practice.visibleTo(access, this.entries.forClient(access.clientId(), from, to))
			.forEach((entry) -> items.add(TimelineItem.of(entry)));
		this.skips.forClient(access.clientId(), from, to).forEach((skip) -> items.add(TimelineItem.of(skip)));
		items.sort(Comparator.comparing(TimelineItem::day).thenComparing(TimelineItem::recordedAt));
		return items;
	}

	/**
	 * Either an entry or a skip, on one day.
	 */
	public record TimelineItem(LocalDate day, java.time.Instant recordedAt, UUID assignmentId, Entry entry, Skip skip) {

		static TimelineItem of(Entry entry) {
			return new TimelineItem(entry.occurredOn(), entry.createdAt(), entry.assignmentId(), entry, null);
		}

		static TimelineItem of(Skip skip) {
			return new TimelineItem(skip.occurredOn(), skip.createdAt(), skip.assignmentId(), null, skip);
		}

		public boolean isSkip() {
			return this.skip != null;
		}

	}

}
