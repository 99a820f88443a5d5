package org.bridgework.ladders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.bridgework.homework.SkipReason;

/**
 * Decides, from plain values, whether the client is ready for the next step, would be
 * helped by a smaller one, or stays where they are. Only practice on or after the day the
 * step began counts. A step back comes first when both would apply: distress is the
 * signal to be gentle.
 *
 * <p>
 * "The last M planned days" are the M most recent scheduled days since the step began;
 * today counts once it is done (a day still under way is not a miss). When fewer planned
 * days have passed, the window is those days. Several entries on one day count once;
 * entries on days off the plan do not count towards days (they still count as entries).
 */
final class StepEvaluator {

	static final Set<SkipReason> HARD = Set.of(SkipReason.TOO_HARD, SkipReason.OVERWHELMED);

	private StepEvaluator() {
	}

	/**
	 * @param step the step the client is on, from 1
	 * @param steps how many steps the ladder has
	 * @param startedOn the day the step began
	 * @param today the client's today
	 * @param scheduled whether a day is a planned practice day
	 */
	static Suggestion evaluate(int step, int steps, LocalDate startedOn, LocalDate today, MoveOn moveOn,
			StepBack stepBack, Predicate<LocalDate> scheduled, List<Practised> practised, List<Skipped> skipped) {
		List<Practised> entries = practised.stream()
			.filter((entry) -> inStep(entry.day(), startedOn, today))
			.sorted(Comparator.comparing(Practised::day).thenComparing(Practised::recordedAt))
			.toList();
		List<Skipped> skips = skipped.stream()
			.filter((skip) -> inStep(skip.day(), startedOn, today))
			.sorted(Comparator.comparing(Skipped::day).thenComparing(Skipped::recordedAt))
			.toList();
		Suggestion back = stepBack(stepBack, entries, skips);
		if (back != null) {
			return (step > 1) ? new Suggestion(Direction.STEP_BACK, step - 1, back.reasonCode(), back.reasonArgs())
					: Suggestion.stay("ladder.reason.firstStepHard", back.reasonArgs().toArray());
		}
		Progress progress = (moveOn instanceof MoveOn.DoneOnDays days)
				? doneOnDays(days, startedOn, today, scheduled, entries)
				: fieldAtMost((MoveOn.FieldAtMost) moveOn, entries);
		if (!progress.met()) {
			return Suggestion.stay(progress.notYetCode(), progress.count(), progress.needed(), progress.window());
		}
		if (step >= steps) {
			return Suggestion.stay("ladder.reason.topReached", progress.args().toArray());
		}
		return new Suggestion(Direction.STEP_UP, step + 1, progress.metCode(), progress.args());
	}

	private static boolean inStep(LocalDate day, LocalDate startedOn, LocalDate today) {
		return !day.isBefore(startedOn) && !day.isAfter(today);
	}

	private static Progress doneOnDays(MoveOn.DoneOnDays rule, LocalDate startedOn, LocalDate today,
			Predicate<LocalDate> scheduled, List<Practised> entries) {
		Set<LocalDate> doneDays = entries.stream()
			.filter((entry) -> rule.minQuality() == null
					|| (entry.quality() != null && entry.quality() >= rule.minQuality()))
			.map(Practised::day)
			.collect(Collectors.toSet());
		List<LocalDate> window = new ArrayList<>();
		for (LocalDate day = today; !day.isBefore(startedOn) && window.size() < rule.ofLast(); day = day.minusDays(1)) {
			if (scheduled.test(day) && (!day.equals(today) || doneDays.contains(day))) {
				window.add(day);
			}
		}
		int done = (int) window.stream().filter(doneDays::contains).count();
		boolean quality = rule.minQuality() != null;
		List<Object> args = quality ? List.of(done, rule.ofLast(), rule.minQuality()) : List.of(done, rule.ofLast());
		return new Progress(done >= rule.days(), done, rule.days(), rule.ofLast(),
				quality ? "ladder.reason.doneDaysQuality" : "ladder.reason.doneDays", "ladder.reason.notYetDays", args);
	}

	private static Progress fieldAtMost(MoveOn.FieldAtMost rule, List<Practised> entries) {
		List<Double> values = last(entries.stream().map((entry) -> entry.number(rule.field())).filter((v) -> v != null),
				rule.ofLast());
		int low = (int) values.stream().filter((value) -> value <= rule.atMost()).count();
		return new Progress(low >= rule.times(), low, rule.times(), rule.ofLast(), "ladder.reason.fieldAtMost",
				"ladder.reason.notYetField", List.of(rule.field(), rule.atMost(), low, rule.ofLast()));
	}

	/** The reason to step back, or null when nothing says so. */
	private static Suggestion stepBack(StepBack rule, List<Practised> entries, List<Skipped> skips) {
		if (rule.watchesDistress()) {
			List<Double> values = last(entries.stream().map((e) -> e.number(rule.field())).filter((v) -> v != null),
					rule.entries());
			if (values.size() == rule.entries() && values.stream().allMatch((value) -> value >= rule.atLeast())) {
				return new Suggestion(Direction.STEP_BACK, null, "ladder.reason.distressHigh",
						List.of(rule.field(), rule.atLeast(), rule.entries()));
			}
		}
		if (rule.watchesSkips()) {
			List<Skipped> lastSkips = last(skips.stream(), rule.hardSkips());
			if (lastSkips.size() == rule.hardSkips()
					&& lastSkips.stream().allMatch((skip) -> HARD.contains(skip.reason()))) {
				return new Suggestion(Direction.STEP_BACK, null, "ladder.reason.hardSkips", List.of(rule.hardSkips()));
			}
		}
		return null;
	}

	private static <T> List<T> last(java.util.stream.Stream<T> ordered, int count) {
		List<T> all = ordered.toList();
		return all.subList(Math.max(0, all.size() - count), all.size());
	}

	/**
	 * One entry as the ladder sees it: its day, when it was recorded, its quality and its
	 * answers (null for a private entry, whose content counts for nothing).
	 */
	record Practised(LocalDate day, Instant recordedAt, Integer quality, Map<String, Object> answers) {

		Double number(String field) {
			Object value = (this.answers == null) ? null : this.answers.get(field);
			return (value instanceof Number number) ? number.doubleValue() : null;
		}

	}

	record Skipped(LocalDate day, Instant recordedAt, SkipReason reason) {
	}

	private record Progress(boolean met, int count, int needed, int window, String metCode, String notYetCode,
			List<Object> args) {
	}

}
