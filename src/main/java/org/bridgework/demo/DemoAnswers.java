package org.bridgework.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Believable answers for each demo template, getting a little better as the weeks go on.
 */
final class DemoAnswers {

	private DemoAnswers() {
	}

	/**
	 * @param progress 0 at the start of therapy, 1 today
	 */
	static Map<String, Object> forTemplate(String key, Random random, double progress) {
		return switch (key) {
			case "mindful-breathing" -> Map.of("mindWandering",
					pick(random,
							progress < 0.5 ? List.of("many-times", "most-of-the-time", "a-few-times")
									: List.of("a-few-times", "hardly-at-all", "a-few-times")),
					"breathNotes",
					pick(random,
							List.of("Breath was fast at first, then slower.", "Noticed the cool air at my nose.",
									"Belly moved more than I expected.")),
					"place", pick(random, List.of("By the bathroom window", "At my desk", "On the edge of the bed")));
			case "thought-record" -> Map.of("situations", List.of(Map.of("situation",
					pick(random,
							List.of("Email from my manager asking for a chat", "Friend didn't reply all day",
									"Forgot to send the report on time")),
					"automaticThought",
					pick(random,
							List.of("I'm going to be let go.", "They're annoyed with me.",
									"Everyone will think I'm useless.")),
					"emotion", "Anxious", "emotionBefore", 60 + random.nextInt(35), "balancedThought",
					pick(random, List.of("Most chats are routine. I can ask what it's about.",
							"People get busy. One day is not a sign.", "One late report doesn't undo my work.")),
					"emotionAfter", (int) Math.max(10, 70 - progress * 40 - random.nextInt(20)))));
			case "mood-log" -> Map.of("mood", Math.min(5, 1 + (int) Math.round(progress * 2.5) + random.nextInt(2)),
					"activity", pick(random, List.of("resting", "screens", "moving", "socializing", "chores")),
					"company", pick(random, List.of("alone", "alone", "partner", "friends")), "energy",
					Math.min(5, 1 + (int) Math.round(progress * 2) + random.nextInt(2)));
			case "gratitude-journal" -> Map.of("goodThing1",
					pick(random, List.of("A warm cup of tea", "The sun came out at lunch", "My sister called")),
					"goodThing2",
					pick(random,
							List.of("Finished the laundry", "A nice song on the radio", "The cat slept on my lap")),
					"whyItHappened", "I made the time to sit down for it.", "noticingFeeling", 2 + random.nextInt(3));
			case "behavioral-experiment" -> Map.of("belief", "If I speak in the meeting, people will think I'm stupid.",
					"beliefBefore", (int) (85 - progress * 30), "prediction", "Someone will frown or laugh.",
					"experiment", "Ask one question in the team meeting.", "whatHappened",
					pick(random,
							List.of("My manager said it was a good question.", "Nobody reacted much at all.",
									"A colleague asked a follow-up.")),
					"whatLearned", "People were mostly focused on their own work.", "beliefAfter",
					(int) Math.max(15, 60 - progress * 35));
			default -> Map.of();
		};
	}

	/**
	 * Answers (0-3 each) to a questionnaire of {@code items} questions that add up to
	 * {@code total}, spread evenly over the first {@code scoredItems}; the rest are 0
	 * (the PHQ-9's item 9 stays 0, so the demo raises no alert by itself).
	 */
	static List<Integer> questionnaire(int total, int items, int scoredItems) {
		if (total < 0 || total > 3 * scoredItems) {
			throw new IllegalArgumentException(total + " does not fit " + scoredItems + " answers of 0-3");
		}
		List<Integer> answers = new ArrayList<>();
		for (int i = 0; i < items; i++) {
			answers.add((i < scoredItems) ? total / scoredItems + ((i < total % scoredItems) ? 1 : 0) : 0);
		}
		return answers;
	}

	private static <T> T pick(Random random, List<T> options) {
		return options.get(random.nextInt(options.size()));
	}

}
