package org.bridgework.demo;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.bridgework.homework.Barrier;

/**
 * What each demo client is working on with their clinician.
 */
enum DemoStory {

	WORRY(List.of(
			new DemoAssignment("mindful-breathing", "One minute of breathing", "Notice worry before it snowballs",
					"Practise coming back to my breath when my mind races", EnumSet.allOf(DayOfWeek.class),
					LocalTime.of(7, 30), "After I brush my teeth", 1, 0.8,
					List.of(new Barrier("Too sleepy in the morning", "Do it standing by the window"),
							new Barrier("I forget", "Put a sticky note on the mirror"))),
			new DemoAssignment("thought-record", "Catch one worry thought", "Worry less about work",
					"See my worry thoughts on paper so they feel smaller",
					EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), LocalTime.of(18, 30),
					"When I get home from work", 10, 0.6,
					List.of(new Barrier("Too tired after work", "Write just the thought, nothing else")))),
			// Practises most days and improves week by week.
			new DemoMeasures(List.of(11, 10, 8, 7, 5), List.of(15, 13, 11, 9, 7))),

	LOW_MOOD(
			List.of(new DemoAssignment("mood-log", "Quick mood check", "Understand what lifts my mood",
					"Notice which activities help, even a little", EnumSet.allOf(DayOfWeek.class), LocalTime.of(20, 0),
					"When I plug my phone in at night", 1, 0.7,
					List.of(new Barrier("Feeling too low to bother", "Just tap the face, that's enough"))),
					new DemoAssignment("gratitude-journal", "Three good things", "Feel more hopeful",
							"Train my eye to catch small good moments",
							EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), LocalTime.of(21, 0),
							"After dinner", 5, 0.55,
							List.of(new Barrier("Nothing good happened", "Write one tiny thing, like a warm drink")))),
			// Stays about where they started: the picture to bring to the next session.
			new DemoMeasures(List.of(14, 15, 13, 14, 14), List.of(8, 9, 8, 8, 9))),

	SOCIAL_ANXIETY(List.of(new DemoAssignment("behavioral-experiment", "Test a prediction", "Speak up in team meetings",
			"Find out whether people really judge me the way I fear", EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY),
			LocalTime.of(12, 30), "After the Monday and Thursday meetings", 15, 0.65,
			List.of(new Barrier("I panic and avoid it", "Start with asking one question"))),
			new DemoAssignment("mindful-breathing", "Breathing before meetings", "Feel steadier around people",
					"Settle my body before I walk in", EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
					LocalTime.of(9, 0), "When I sit down at my desk", 2, 0.75,
					List.of(new Barrier("Colleagues around", "Do it with my eyes open, looking at my screen")))),
			// Anxiety eases slowly as the experiments go on.
			new DemoMeasures(List.of(7, 7, 6, 6, 5), List.of(12, 12, 11, 10, 9)));

	private final List<DemoAssignment> assignments;

	private final DemoMeasures measures;

	DemoStory(List<DemoAssignment> assignments, DemoMeasures measures) {
		this.assignments = assignments;
		this.measures = measures;
	}

	List<DemoAssignment> assignments() {
		return this.assignments;
	}

	DemoMeasures measures() {
		return this.measures;
	}

	/**
	 * @param adherence how likely the client is to practise on a planned day
	 */
	record DemoAssignment(String templateKey, String title, String goal, String purpose, Set<DayOfWeek> days,
			LocalTime time, String cue, int minutes, double adherence, List<Barrier> barriers) {
	}

	/**
	 * The client's weekly questionnaire totals, oldest first, one a week up to last week
	 * (PHQ-9 item 9 always 0: the demo raises no alert by itself).
	 */
	record DemoMeasures(List<Integer> phq9, List<Integer> gad7) {
	}

}
