package org.bridgework.measures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scorer against a reference written differently: every PHQ-9 and GAD-7 answer
 * combination, band boundaries of each instrument from the published tables, and the
 * PCL-5's clusters.
 */
class ScorerTests {

	/** The PHQ-9 band table as published, one line per total. */
	private static String phq9Reference(int total) {
		switch (total) {
			case 0, 1, 2, 3, 4:
				return "minimal";
			case 5, 6, 7, 8, 9:
				return "mild";
			case 10, 11, 12, 13, 14:
				return "moderate";
			case 15, 16, 17, 18, 19:
				return "moderately severe";
			case 20, 21, 22, 23, 24, 25, 26, 27:
				return "severe";
			default:
				throw new AssertionError("PHQ-9 total out of range: " + total);
		}
	}

	private static String gad7Reference(int total) {
		switch (total) {
			case 0, 1, 2, 3, 4:
				return "minimal";
			case 5, 6, 7, 8, 9:
				return "mild";
			case 10, 11, 12, 13, 14:
				return "moderate";
			case 15, 16, 17, 18, 19, 20, 21:
				return "severe";
			default:
				throw new AssertionError("GAD-7 total out of range: " + total);
		}
	}

	@Test
	void everyPhq9CombinationScoresAsTheReferenceSays() {
		int checked = 0;
		int flagged = 0;
		for (int code = 0; code < (1 << 18); code++) {
			// Each answer is two bits of the code: answer i is (code >> 2i) & 3.
			List<Integer> answers = new ArrayList<>(9);
			int total = 0;
			for (int i = 0; i < 9; i++) {
				int answer = (code >> (2 * i)) & 3;
				answers.add(answer);
				total += answer;
			}
			boolean item9 = ((code >> 16) & 3) != 0;
			Score score = Scorer.score("PHQ-9", answers);
			assertThat(score.total()).isEqualTo(total);
			assertThat(score.severity()).isEqualTo(phq9Reference(total));
			assertThat(score.flags()).isEqualTo(item9 ? List.of("ITEM9_POSITIVE") : List.of());
			checked++;
			flagged += item9 ? 1 : 0;
		}
		assertThat(checked).isEqualTo(262144);
		assertThat(flagged).isEqualTo(3 * 65536);
	}

	@Test
	void everyGad7CombinationScoresAsTheReferenceSays() {
		int checked = 0;
		for (int code = 0; code < (1 << 14); code++) {
			List<Integer> answers = new ArrayList<>(7);
			int total = 0;
			for (int i = 0; i < 7; i++) {
				int answer = (code >> (2 * i)) & 3;
				answers.add(answer);
				total += answer;
			}
			Score score = Scorer.score("GAD-7", answers);
			assertThat(score.total()).isEqualTo(total);
			assertThat(score.severity()).isEqualTo(gad7Reference(total));
			assertThat(score.flags()).isEmpty();
			checked++;
		}
		assertThat(checked).isEqualTo(16384);
	}

	@ParameterizedTest(name = "{0} total {1} is {2}")
	@CsvSource(delimiter = '|', textBlock = """
			PHQ-9 | 0  | minimal
			PHQ-9 | 4  | minimal
			PHQ-9 | 5  | mild
			PHQ-9 | 9  | mild
			PHQ-9 | 10 | moderate
			PHQ-9 | 14 | moderate
			PHQ-9 | 15 | moderately severe
			PHQ-9 | 19 | moderately severe
			PHQ-9 | 20 | severe
			PHQ-9 | 27 | severe
			GAD-7 | 0  | minimal
			GAD-7 | 4  | minimal
			GAD-7 | 5  | mild
			GAD-7 | 9  | mild
			GAD-7 | 10 | moderate
			GAD-7 | 14 | moderate
			GAD-7 | 15 | severe
			GAD-7 | 21 | severe
			PHQ-2 | 0  | negative screen
			PHQ-2 | 2  | negative screen
			PHQ-2 | 3  | positive screen
			PHQ-2 | 6  | positive screen
			GAD-2 | 0  | negative screen
			GAD-2 | 2  | negative screen
			GAD-2 | 3  | positive screen
			GAD-2 | 6  | positive screen
			PCL-5 | 0  | below cut-off zone
			PCL-5 | 30 | below cut-off zone
			PCL-5 | 31 | in cut-off zone
			PCL-5 | 33 | in cut-off zone
			PCL-5 | 34 | above cut-off zone
			PCL-5 | 80 | above cut-off zone
			""")
	void bandBoundaries(String instrument, int total, String band) {
		Score score = Scorer.score(instrument, answersAddingUpTo(instrument, total));

		assertThat(score.total()).isEqualTo(total);
		assertThat(score.severity()).isEqualTo(band);
	}

	@ParameterizedTest(name = "PCL-5 total {0} is {1} the cut-off zone")
	@CsvSource({ "30,BELOW", "31,IN", "32,IN", "33,IN", "34,ABOVE" })
	void pcl5CutOffZone(int total, String zone) {
		assertThat(Scorer.score("PCL-5", answersAddingUpTo("PCL-5", total)).cutOffZone()).isEqualTo(zone);
	}

	@Test
	void pcl5ClustersAddItemsOneToFiveSixToSevenEightToFourteenAndFifteenToTwenty() {
		// Item n answered (n % 5): B = 1+2+3+4+0, C = 1+2, D = 3+4+0+1+2+3+4, E =
		// 0+1+2+3+4+0
		List<Integer> answers = new ArrayList<>();
		for (int n = 1; n <= 20; n++) {
			answers.add(n % 5);
		}
		Score score = Scorer.score("PCL-5", answers);

		assertThat(score.clusters()).containsExactly(Map.entry("B", 10), Map.entry("C", 3), Map.entry("D", 17),
				Map.entry("E", 10));
		assertThat(score.total()).isEqualTo(40);
	}

	@Test
	void pcl5ClustersSeeOnlyTheirOwnItems() {
		for (int item = 1; item <= 20; item++) {
			List<Integer> answers = new ArrayList<>(java.util.Collections.nCopies(20, 0));
			answers.set(item - 1, 4);
			String cluster = (item <= 5) ? "B" : (item <= 7) ? "C" : (item <= 14) ? "D" : "E";
			Map<String, Integer> clusters = Scorer.score("PCL-5", answers).clusters();
			for (String name : List.of("B", "C", "D", "E")) {
				assertThat(clusters.get(name)).as("cluster %s with item %d", name, item)
					.isEqualTo(name.equals(cluster) ? 4 : 0);
			}
		}
	}

	@Test
	void onlyPhq9ItemNineRaisesTheFlag() {
		List<Integer> allButNine = new ArrayList<>(List.of(3, 3, 3, 3, 3, 3, 3, 3, 0));
		assertThat(Scorer.score("PHQ-9", allButNine).flags()).isEmpty();
		List<Integer> onlyNine = List.of(0, 0, 0, 0, 0, 0, 0, 0, 1);
		assertThat(Scorer.score("PHQ-9", onlyNine).flags()).containsExactly("ITEM9_POSITIVE");
		assertThat(Scorer.score("PHQ-9", onlyNine).severity()).isEqualTo("minimal");
	}

	@ParameterizedTest(name = "{0}: the bands cover 0 to {1} once each and agree with the score")
	@CsvSource({ "PHQ-9,27", "GAD-7,21", "PHQ-2,6", "GAD-2,6", "PCL-5,80" })
	void everyTotalFallsInExactlyTheBandItIsScoredIn(String instrument, int maxTotal) {
		List<Scorer.Band> bands = Scorer.bands(instrument);

		assertThat(bands.get(0).from()).isZero();
		assertThat(bands.get(bands.size() - 1).to()).isEqualTo(maxTotal);
		for (int total = 0; total <= maxTotal; total++) {
			int at = total;
			List<Scorer.Band> holding = bands.stream().filter((b) -> b.from() <= at && at <= b.to()).toList();
			assertThat(holding).as("bands holding %d", total).hasSize(1);
			assertThat(holding.get(0).severity()).as("band of %d", total)
				.isEqualTo(Scorer.score(instrument, answersAddingUpTo(instrument, total)).severity());
		}
	}

	/**
	 * Answers filling items from the first with the highest value until the total is met.
	 */
	static List<Integer> answersAddingUpTo(String instrument, int total) {
		int items = switch (instrument) {
			case "PHQ-9" -> 9;
			case "GAD-7" -> 7;
			case "PCL-5" -> 20;
			default -> 2;
		};
		int max = instrument.equals("PCL-5") ? 4 : 3;
		List<Integer> answers = new ArrayList<>();
		int left = total;
		for (int i = 0; i < items; i++) {
			int answer = Math.min(max, left);
			answers.add(answer);
			left -= answer;
		}
		assertThat(left).as("total %d fits %s", total, instrument).isZero();
		return answers;
	}

}
