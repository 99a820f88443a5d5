package org.bridgework.sessions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bridgework.caseload.CareTeam;
import org.bridgework.caseload.ClientAccess;
import org.bridgework.goals.Goal;
import org.bridgework.goals.Goals;
import org.bridgework.homework.Adherence;
import org.bridgework.homework.AdherenceReport;
import org.bridgework.homework.Assignment;
import org.bridgework.homework.Assignments;
import org.bridgework.homework.Entry;
import org.bridgework.homework.Skip;
import org.bridgework.homework.SkipReason;
import org.bridgework.homework.Timeline.TimelineItem;
import org.bridgework.homework.Timeline;
import org.bridgework.identity.CurrentUser;
import org.bridgework.sessions.Digest.AssignmentLine;
import org.bridgework.sessions.Digest.FlaggedEntry;
import org.bridgework.sessions.Digest.MoodChange;
import org.bridgework.sessions.Digest.ReasonLine;
import org.bridgework.sessions.Digest.SkipNote;
import org.bridgework.sessions.Digest.Totals;
import org.bridgework.sessions.SessionCalendar.Calendar;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes the session digest: what happened since the last session, so a clinician can
 * prepare in five minutes. Only the client's clinicians may read it.
 */
@Service
class SessionDigests {

	private final CareTeam careTeam;

	private final SessionCalendar calendar;

	private final CheckIns checkIns;

	private final AdherenceReport adherence;

	private final Assignments assignments;

	private final Timeline timeline;

	private final List<DigestContributor> contributors;

	private final Goals goals;

	SessionDigests(CareTeam careTeam, SessionCalendar calendar, CheckIns checkIns, AdherenceReport adherence,
			Assignments assignments, Timeline timeline, List<DigestContributor> contributors, Goals goals) {
		this.goals = goals;
		this.careTeam = careTeam;
		this.calendar = calendar;
		this.checkIns = checkIns;
		this.adherence = adherence;
		this.assignments = assignments;
		this.timeline = timeline;
		this.contributors = contributors;
	}

	@Transactional(readOnly = true)
	Digest digest(CurrentUser clinician, UUID clientId) {
		// First, so that nothing is read for anyone but the client's clinicians.
		ClientAccess access = this.careTeam.requireClinician(clinician, clientId, "view-digest");
		Calendar sessions = this.calendar.of(access);
		var from = sessions.since();
		var to = sessions.today();
		Adherence counts = this.adherence.between(clinician, clientId, from, to);
		List<Assignment> assigned = this.assignments.forClient(clinician, clientId);
		Map<UUID, String> titles = assigned.stream().collect(Collectors.toMap(Assignment::id, Assignment::title));
		List<Goal> goals = this.goals.forClient(access);
		int days = (int) ChronoUnit.DAYS.between(from, to) + 1;
		List<TimelineItem> items = this.timeline.lastDays(clinician, clientId, days)
			.stream()
			.filter((item) -> !item.day().isBefore(from))
			.toList();
		List<Entry> entries = items.stream().map(TimelineItem::entry).filter(Objects::nonNull).toList();
		List<Entry> readable = entries.stream().filter((entry) -> entry.answers() != null).toList();
		List<Skip> skips = items.stream().map(TimelineItem::skip).filter(Objects::nonNull).toList();
		return new Digest(from, to, sessions.lastSession(), sessions.nextSession(),
				new Totals(counts.expected(), counts.completed(), counts.skipped(), counts.extra()),
				byGoal(assignmentLines(counts, titles, readable, goalWords(assigned, goals)), assigned, goals),
				mood(readable), skipsByReason(skips, titles),
				readable.stream()
					.filter(Entry::flagForSession)
					.sorted(Comparator.comparing(Entry::occurredOn).thenComparing(Entry::createdAt))
					.map((entry) -> new FlaggedEntry(entry.id(), entry.assignmentId(), titles.get(entry.assignmentId()),
							entry.occurredOn(), entry.quality(), entry.moodBefore(), entry.moodAfter(), entry.note()))
					.toList(),
				entries.stream().filter((entry) -> entry.answers() == null).map(Entry::occurredOn).sorted().toList(),
				this.checkIns.since(access, from), contributions(DigestSlot.LADDER_SUGGESTIONS, access, from, to),
				contributions(DigestSlot.CLIENT_PROPOSALS, access, from, to));
	}

	/** Whether any feature fills the slot yet; the page leaves out slots nobody fills. */
	boolean hasContributor(DigestSlot slot) {
		return this.contributors.stream().anyMatch((contributor) -> contributor.slot() == slot);
	}

	private List<DigestNote> contributions(DigestSlot slot, ClientAccess access, LocalDate from, LocalDate to) {
		return this.contributors.stream()
			.filter((contributor) -> contributor.slot() == slot)
			.flatMap((contributor) -> contributor.notes(access, from, to).stream())
			.toList();
	}

	private static List<AssignmentLine> assignmentLines(Adherence counts, Map<UUID, String> titles,
			List<Entry> readable, Map<UUID, String> goals) {
		Map<UUID, List<Integer>> qualities = readable.stream()
			.filter((entry) -> entry.quality() != null)
			.collect(Collectors.groupingBy(Entry::assignmentId,
					Collectors.mapping(Entry::quality, Collectors.toList())));
		List<AssignmentLine> lines = new ArrayList<>();
		for (Adherence.PerAssignment a : counts.assignments()) {
			List<Integer> rated = qualities.getOrDefault(a.id(), List.of());
			lines.add(new AssignmentLine(a.id(), titles.get(a.id()), a.expected(), a.completed(), a.skipped(),
					a.extra(), rated.isEmpty() ? null : oneDecimal(average(rated, Function.identity())), rated.size(),
					goals.get(a.id())));
		}
		return lines;
	}

	/** The words of the goal each assignment serves, by assignment; none when untied. */
	private static Map<UUID, String> goalWords(List<Assignment> assigned, List<Goal> goals) {
		Map<UUID, String> words = goals.stream().collect(Collectors.toMap(Goal::id, Goal::words));
		Map<UUID, String> served = new java.util.HashMap<>();
		assigned.stream()
			.filter((a) -> words.containsKey(a.goalId()))
			.forEach((a) -> served.put(a.id(), words.get(a.goalId())));
		return served;
	}

	/** The lines in the client's order of goals, those tied to no goal last. */
	private static List<AssignmentLine> byGoal(List<AssignmentLine> lines, List<Assignment> assigned,
			List<Goal> goals) {
		List<UUID> order = goals.stream().map(Goal::id).toList();
		Map<UUID, Integer> place = new java.util.HashMap<>();
		assigned.stream()
			.filter((a) -> order.contains(a.goalId()))
			.forEach((a) -> place.put(a.id(), order.indexOf(a.goalId())));
		return lines.stream()
			.sorted(Comparator.comparingInt((AssignmentLine line) -> place.getOrDefault(line.id(), Integer.MAX_VALUE)))
			.toList();
	}

	static MoodChange mood(List<Entry> readable) {
		List<Entry> paired = readable.stream()
			.filter((entry) -> entry.moodBefore() != null && entry.moodAfter() != null)
			.toList();
		if (paired.isEmpty()) {
			return null;
		}
		double before = average(paired, Entry::moodBefore);
		double after = average(paired, Entry::moodAfter);
		return new MoodChange(paired.size(), oneDecimal(before), oneDecimal(after), oneDecimal(after - before));
	}

	private static List<ReasonLine> skipsByReason(List<Skip> skips, Map<UUID, String> titles) {
		Map<SkipReason, List<Skip>> byReason = new EnumMap<>(SkipReason.class);
		skips.stream()
			.sorted(Comparator.comparing(Skip::occurredOn))
			.forEach((skip) -> byReason.computeIfAbsent(skip.reason(), (reason) -> new ArrayList<>()).add(skip));
		return byReason.entrySet()
			.stream()
			.sorted(Comparator.comparing((Map.Entry<SkipReason, List<Skip>> e) -> -e.getValue().size())
				.thenComparing(Map.Entry::getKey))
			.map((e) -> new ReasonLine(e.getKey(), e.getValue().size(),
					e.getValue()
						.stream()
						.filter((skip) -> skip.note() != null && !skip.note().isBlank())
						.map((skip) -> new SkipNote(skip.occurredOn(), titles.get(skip.assignmentId()), skip.note()))
						.toList()))
			.toList();
	}

	private static <T> double average(List<T> items, Function<T, Integer> value) {
		return items.stream().mapToInt(value::apply).average().orElse(0);
	}

	private static double oneDecimal(double value) {
		return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
	}

}
