package org.bridgework.homework.web;

import java.time.LocalDate;
import java.util.List;

import org.bridgework.homework.Entry;
import org.bridgework.homework.Skip;

/**
 * One line of the client page's timeline: an entry or a skip, with the assignment's title
 * and the entry's answers under the labels of the template version it was made with.
 */
record TimelineRow(LocalDate day, String title, Entry entry, Skip skip, List<AnswerLine> answers) {

	public boolean isSkip() {
		return this.skip != null;
	}

	/**
	 * A private entry: its date is all that is shown, whatever else was passed in.
	 */
	public boolean isPrivateEntry() {
		return this.entry != null && this.entry.keepPrivate();
	}

	public Integer durationMinutes() {
		return (this.entry == null || this.entry.durationSeconds() == null) ? null : this.entry.durationSeconds() / 60;
	}

	public Integer durationRestSeconds() {
		return (this.entry == null || this.entry.durationSeconds() == null) ? null : this.entry.durationSeconds() % 60;
	}

	/**
	 * A question of the template and the client's answer, ready to show. A repeating
	 * question's answer is its rows instead, each a block of its own questions and
	 * answers.
	 */
	record AnswerLine(String label, String answer, List<AnswerRow> rows, Media media) {

		AnswerLine {
			rows = List.copyOf(rows);
		}

		AnswerLine(String label, String answer) {
			this(label, answer, List.of(), null);
		}

		AnswerLine(String label, List<AnswerRow> rows) {
			this(label, null, rows, null);
		}

		/** A drawing, photo or voice note, with words for who cannot see or hear it. */
		static AnswerLine attached(String label, Media media) {
			return new AnswerLine(label, media.description(), List.of(), media);
		}

		public boolean hasRows() {
			return !this.rows.isEmpty();
		}

		public boolean hasMedia() {
			return this.media != null;
		}

	}

	/**
	 * A file the client added, shown where it was answered.
	 *
	 * @param url where the page loads it from
	 * @param audio whether it is played rather than shown
	 * @param description what it is, for screen readers and as the picture's alt text
	 */
	record Media(String url, boolean audio, String description) {
	}

	/**
	 * One row of a repeating answer.
	 *
	 * @param title what the row is called, with its number ("Situation 2")
	 */
	record AnswerRow(String title, List<AnswerLine> answers) {

		AnswerRow {
			answers = List.copyOf(answers);
		}

	}

}
