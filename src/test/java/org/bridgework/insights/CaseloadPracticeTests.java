package org.bridgework.insights;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.bridgework.homework.SkipReason;
import org.bridgework.insights.CaseloadPractice.ReasonShare;
import org.bridgework.insights.CaseloadPractice.Tally;
import org.bridgework.insights.CaseloadPractice.TemplateLine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bridgework.homework.SkipReason.DOUBTS;
import static org.bridgework.homework.SkipReason.FORGOT;
import static org.bridgework.homework.SkipReason.NO_TIME;
import static org.bridgework.homework.SkipReason.TOO_HARD;

/**
 * The roll-up across a caseload, case by case: each line reads
 * {@code key|name|clients|completed/expected|skipped|rate|reasons}, and the reasons
 * across every template {@code reason:count:share}.
 */
class CaseloadPracticeTests {

	static final LocalDate FROM = LocalDate.of(2026, 1, 19);

	static final UUID ROBIN = UUID.randomUUID();

	static final UUID SAM = UUID.randomUUID();

	static final UUID JORDAN = UUID.randomUUID();

	static Stream<Arguments> caseloads() {
		return Stream.of(Arguments.of("nobody had homework", List.of(), List.of(), List.of()),
				Arguments.of("two clients' assignments of one template add up, rate is done over planned",
						List.of(tally(ROBIN, "breathing", "Breathing", 1, 14, 10, 2, Map.of(FORGOT, 2)),
								tally(SAM, "breathing", "Breathing", 1, 10, 8, 1, Map.of(NO_TIME, 1))),
						List.of("breathing|Breathing|2|18/24|3|0.75|FORGOT:2,NO_TIME:1"),
						List.of("FORGOT:2:0.667", "NO_TIME:1:0.333")),
				Arguments.of("two assignments of one client count the client once",
						List.of(tally(ROBIN, "breathing", "Breathing", 1, 7, 7, 0, Map.of()),
								tally(ROBIN, "breathing", "Breathing", 1, 7, 0, 0, Map.of())),
						List.of("breathing|Breathing|1|7/14|0|0.5|"), List.of()),
				Arguments.of("nothing planned has no rate, and still shows who has it",
						List.of(tally(JORDAN, "mood-log", "Mood log", 1, 0, 0, 0, Map.of())),
						List.of("mood-log|Mood log|1|0/0|0|null|"), List.of()),
				Arguments.of("most planned first; equals by name",
						List.of(tally(ROBIN, "gratitude", "Gratitude", 1, 3, 3, 0, Map.of()),
								tally(SAM, "thoughts", "thought record", 1, 20, 5, 0, Map.of()),
								tally(SAM, "abc", "ABC", 1, 3, 1, 0, Map.of()),
								tally(JORDAN, "mood-log", "Mood log", 1, 0, 0, 0, Map.of())),
						List.of("thoughts|thought record|1|5/20|0|0.25|", "abc|ABC|1|1/3|0|0.333|",
								"gratitude|Gratitude|1|3/3|0|1.0|", "mood-log|Mood log|1|0/0|0|null|"),
						List.of()),
				Arguments.of("a clinician's own template renamed in a later version goes by its newest name",
						List.of(tally(ROBIN, "my-walk-x2", "Walk", 1, 5, 5, 0, Map.of()),
								tally(SAM, "my-walk-x2", "Mindful walk", 3, 5, 4, 1, Map.of(DOUBTS, 1)),
								tally(JORDAN, "my-walk-x2", "Walk outside", 2, 5, 0, 0, Map.of())),
						List.of("my-walk-x2|Mindful walk|3|9/15|1|0.6|DOUBTS:1"), List.of("DOUBTS:1:1.0")),
				Arguments.of("reasons are most frequent first across templates, equals in the order of reasons",
						List.of(tally(ROBIN, "breathing", "Breathing", 1, 10, 4, 4, Map.of(TOO_HARD, 2, FORGOT, 2)),
								tally(SAM, "thoughts", "Thought record", 1, 10, 6, 4, Map.of(NO_TIME, 3, TOO_HARD, 1))),
						List.of("breathing|Breathing|1|4/10|4|0.4|FORGOT:2,TOO_HARD:2",
								"thoughts|Thought record|1|6/10|4|0.6|NO_TIME:3,TOO_HARD:1"),
						List.of("NO_TIME:3:0.375", "TOO_HARD:3:0.375", "FORGOT:2:0.25")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("caseloads")
	void addsUpTheCaseloadTemplateByTemplate(String story, List<Tally> tallies, List<String> lines,
			List<String> reasons) {
		CaseloadPractice practice = CaseloadPractice.of(FROM, 8, tallies);

		assertThat(practice.from()).isEqualTo(FROM);
		assertThat(practice.weeks()).isEqualTo(8);
		assertThat(practice.templates()).extracting(CaseloadPracticeTests::line).containsExactlyElementsOf(lines);
		assertThat(practice.skipReasons()).extracting(CaseloadPracticeTests::share).containsExactlyElementsOf(reasons);
		assertThat(practice.nothingYet()).isEqualTo(tallies.isEmpty());
	}

	static Tally tally(UUID client, String key, String name, int version, int expected, int completed, int skipped,
			Map<SkipReason, Integer> reasons) {
		return new Tally(client, key, name, version, expected, completed, skipped, reasons);
	}

	static String line(TemplateLine line) {
		String reasons = line.reasons()
			.stream()
			.map((reason) -> reason.reason() + ":" + reason.count())
			.collect(Collectors.joining(","));
		return String.join("|", line.templateKey(), line.name(), String.valueOf(line.clients()),
				line.completed() + "/" + line.expected(), String.valueOf(line.skipped()), rounded(line.rate()),
				reasons);
	}

	static String share(ReasonShare share) {
		return share.reason() + ":" + share.count() + ":" + rounded(share.share());
	}

	private static String rounded(Double value) {
		return (value == null) ? "null" : String.valueOf(Math.round(value * 1000) / 1000.0);
	}

}
