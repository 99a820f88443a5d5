package org.bridgework.homework.web;

import org.bridgework.homework.Adherence;

/**
 * Adherence over the last {@code days} days, as the client page shows it.
 *
 * @param percent completed of expected, rounded; null when nothing was expected
 */
record AdherenceSummary(int days, int expected, int completed, int skipped, int extra, Integer percent) {

	static AdherenceSummary of(int days, Adherence adherence) {
		Integer percent = (adherence.rate() != null) ? (int) Math.round(adherence.rate() * 100) : null;
		return new AdherenceSummary(days, adherence.expected(), adherence.completed(), adherence.skipped(),
				adherence.extra(), percent);
	}

	public boolean nothingExpected() {
		return this.percent == null;
	}

}
