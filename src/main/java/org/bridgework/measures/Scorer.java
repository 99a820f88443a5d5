package org.bridgework.measures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores answers the way each instrument's authors publish it. The answers are checked
 * before they get here (count and range).
 */
final class Scorer {

	static final int PCL5_ZONE_LOW = 31;

	static final int PCL5_ZONE_HIGH = 33;

	private Scorer() {
	}

	static Score score(String instrument, List<Integer> answers) {
		int total = answers.stream().mapToInt(Integer::intValue).sum();
		return switch (instrument) {
			case "PHQ-9" -> new Score(total, phq9Band(total),
					(answers.get(8) > 0) ? List.of(Score.ITEM9_POSITIVE) : List.of(), Map.of(), null);
			case "GAD-7" -> new Score(total, gad7Band(total), List.of(), Map.of(), null);
			case "PHQ-2", "GAD-2" ->
				new Score(total, (total >= 3) ? "positive screen" : "negative screen", List.of(), Map.of(), null);
			case "PCL-5" -> pcl5(total, answers);
			default -> throw new IllegalArgumentException("No scoring for " + instrument);
		};
	}

	/**
	 * The bands of an instrument as {@code from-to} pairs of totals with their names,
	 * lowest first; the same cut points {@link #score} uses (a test checks every total).
	 */
	static List<Band> bands(String instrument) {
		return switch (instrument) {
			case "PHQ-9" -> List.of(new Band(0, 4, "minimal"), new Band(5, 9, "mild"), new Band(10, 14, "moderate"),
					new Band(15, 19, "moderately severe"), new Band(20, 27, "severe"));
			case "GAD-7" -> List.of(new Band(0, 4, "minimal"), new Band(5, 9, "mild"), new Band(10, 14, "moderate"),
					new Band(15, 21, "severe"));
			case "PHQ-2", "GAD-2" -> List.of(new Band(0, 2, "negative screen"), new Band(3, 6, "positive screen"));
			case "PCL-5" -> List.of(new Band(0, PCL5_ZONE_LOW - 1, "below cut-off zone"),
					new Band(PCL5_ZONE_LOW, PCL5_ZONE_HIGH, "in cut-off zone"),
					new Band(PCL5_ZONE_HIGH + 1, 80, "above cut-off zone"));
			default -> throw new IllegalArgumentException("No bands for " + instrument);
		};
	}

	static String phq9Band(int total) {
		if (total <= 4) {
			return "minimal";
		}
		if (total <= 9) {
			return "mild";
		}
		if (total <= 14) {
			return "moderate";
		}
		return (total <= 19) ? "moderately severe" : "severe";
	}

	static String gad7Band(int total) {
		if (total <= 4) {
			return "minimal";
		}
		if (total <= 9) {
			return "mild";
		}
		return (total <= 14) ? "moderate" : "severe";
	}

	/** Clusters B (items 1-5), C (6-7), D (8-14), E (15-20). */
	private static Score pcl5(int total, List<Integer> answers) {
		Map<String, Integer> clusters = new LinkedHashMap<>();
		clusters.put("B", sum(answers, 1, 5));
		clusters.put("C", sum(answers, 6, 7));
		clusters.put("D", sum(answers, 8, 14));
		clusters.put("E", sum(answers, 15, 20));
		String zone = (total < PCL5_ZONE_LOW) ? "BELOW" : (total <= PCL5_ZONE_HIGH) ? "IN" : "ABOVE";
		String severity = switch (zone) {
			case "BELOW" -> "below cut-off zone";
			case "IN" -> "in cut-off zone";
			default -> "above cut-off zone";
		};
		return new Score(total, severity, List.of(), java.util.Collections.unmodifiableMap(clusters), zone);
	}

	private static int sum(List<Integer> answers, int fromItem, int toItem) {
		return answers.subList(fromItem - 1, toItem).stream().mapToInt(Integer::intValue).sum();
	}

	record Band(int from, int to, String severity) {
	}

}
