package org.bridgework.homework;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.bridgework.caseload.CareTeam;
import org.bridgework.caseload.ClientAccess;
import org.bridgework.identity.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a client has to be glad of, never what they missed: days practised this week, all
 * their practice so far, their best week, practice beyond the plan, and how their mood
 * moved while practising. No streaks, so nothing can be broken.
 */
@Service
public class Wins {

	/** How far back the mood change looks: recent enough to feel like now. */
	static final int MOOD_DAYS = 28;

	private static final LocalDate EVER = LocalDate.of(2000, 1, 1);

	private final CareTeam careTeam;

	private final EntryRepository entries;

	private final AdherenceReport adherence;

	private final AssignmentRepository assignments;

	private final Clock clock;

	Wins(CareTeam careTeam, EntryRepository entries, AdherenceReport adherence, AssignmentRepository assignments,
			Clock clock) {
		this.careTeam = careTeam;
		this.entries = entries;
		this.adherence = adherence;
		this.assignments = assignments;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public ClientWins forClient(CurrentUser client) {
		ClientAccess access = this.careTeam.requireSelf(client, "view-wins");
		LocalDate today = LocalDate.now(this.clock.withZone(access.timezone()));
		LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		List<Entry> all = this.entries.forClient(access.clientId(), EVER, today);
		Set<LocalDate> days = all.stream().map(Entry::occurredOn).collect(Collectors.toSet());
		Map<LocalDate, Long> daysPerWeek = days.stream()
			.collect(Collectors.groupingBy((day) -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
					Collectors.counting()));
		int extra = this.adherence.between(client, access.clientId(), monday, today).extra();
		List<Entry> withMood = all.stream()
			.filter((entry) -> !entry.occurredOn().isBefore(today.minusDays(MOOD_DAYS - 1L)))
			.filter((entry) -> entry.moodBefore() != null && entry.moodAfter() != null)
			.toList();
		Double moodChange = withMood.isEmpty() ? null : Math
			.round(withMood.stream().mapToInt((entry) -> entry.moodAfter() - entry.moodBefore()).average().orElseThrow()
					* 10)
				/ 10.0;
		Map<UUID, String> titles = new LinkedHashMap<>();
		this.assignments.forClient(access.clientId())
			.forEach((assignment) -> titles.put(assignment.id(), assignment.title()));
		return new ClientWins(daysPerWeek.getOrDefault(monday, 0L).intValue(), all.size(), daysPerWeek.size(),
				daysPerWeek.values().stream().mapToInt(Long::intValue).max().orElse(0), extra, withMood.size(),
				moodChange, PersonalBests.of(all, titles));
	}

	/**
	 * @param daysThisWeek days with practice since Monday, in the client's time zone
	 * @param practices every entry so far
	 * @param weeks weeks with some practice
	 * @param bestWeekDays the most days practised in one week
	 * @param extraThisWeek practice this week beyond the plan
	 * @param moodEntries entries of the last 28 days with a mood before and after
	 * @param moodChange the average change from before to after, or null with none
	 * @param personalBests the fullest week and each practice's bests
	 */
	public record ClientWins(int daysThisWeek, int practices, int weeks, int bestWeekDays, int extraThisWeek,
			int moodEntries, Double moodChange, PersonalBests personalBests) {

		public boolean moodLifted() {
			return this.moodChange != null && this.moodChange > 0;
		}

	}

}
