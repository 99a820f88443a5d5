package org.bridgework.insights;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.bridgework.homework.SkipReason;
import org.bridgework.insights.WhatGetsInTheWay.ReasonCount;

/**
 * How homework went across a clinician's caseload, by template: how many clients had it,
 * how much was planned, done and skipped, and what got in the way. Counts follow the
 * adherence rules of API.md, each client in their own weeks; nothing of an entry's
 * content is in it. It says what happened, never why.
 *
 * @param from the earliest day counted (each client's weeks start on Monday in their own
 * time zone, so for some clients the weeks start a day later)
 * @param weeks how many weeks, each client's last being the week of their today
 * @param templates most planned first
 * @param skipReasons what got in the way of the skipped occurrences of every template,
 * most frequent first
 */
record CaseloadPractice(LocalDate from, int weeks, List<TemplateLine> templates, List<ReasonShare> skipReasons) {

	CaseloadPractice {
		templates = List.copyOf(templates);
		skipReasons = List.copyOf(skipReasons);
	}

	/** Adds up the tallies of every assignment of every client, template by template. */
	static CaseloadPractice of(LocalDate from, int weeks, List<Tally> tallies) {
		Map<String, Line> lines = new LinkedHashMap<>();
		Map<SkipReason, Integer> everyReason = new EnumMap<>(SkipReason.class);
		for (Tally tally : tallies) {
			lines.computeIfAbsent(tally.templateKey(), Line::new).add(tally);
			tally.reasons().forEach((reason, count) -> everyReason.merge(reason, count, Integer::sum));
		}
		List<TemplateLine> templates = lines.values()
			.stream()
			.map(Line::toTemplateLine)
			.sorted(Comparator.comparingInt(TemplateLine::expected)
				.reversed()
				.thenComparing(TemplateLine::name, String.CASE_INSENSITIVE_ORDER)
				.thenComparing(TemplateLine::templateKey))
			.toList();
		int skips = everyReason.values().stream().mapToInt(Integer::intValue).sum();
		List<ReasonShare> shares = mostFirst(everyReason).stream()
			.map((line) -> new ReasonShare(line.reason(), line.count(), (double) line.count() / skips))
			.toList();
		return new CaseloadPractice(from, weeks, templates, shares);
	}

	/** Nothing was planned, done or skipped: no client had homework in these weeks. */
	boolean nothingYet() {
		return this.templates.isEmpty();
	}

	static List<ReasonCount> mostFirst(Map<SkipReason, Integer> counts) {
		return counts.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() > 0)
			.map((entry) -> new ReasonCount(entry.getKey(), entry.getValue()))
			.sorted(Comparator.comparingInt(ReasonCount::count).reversed().thenComparing(ReasonCount::reason))
			.toList();
	}

	/**
	 * One assignment of one client over their weeks.
	 *
	 * @param templateVersion the version the assignment uses: the name of the newest one
	 * names the line
	 * @param reasons what got in the way of its skipped occurrences
	 */
	record Tally(UUID clientId, String templateKey, String templateName, int templateVersion, int expected,
			int completed, int skipped, Map<SkipReason, Integer> reasons) {

		Tally {
			reasons = Map.copyOf(reasons);
		}

	}

	/**
	 * @param clients how many clients had an assignment of it in the weeks
	 * @param expected planned occurrences, up to each client's today
	 * @param completed planned occurrences with an entry
	 * @param skipped planned occurrences with a skip and no entry
	 * @param rate completed / expected, or null when nothing was planned
	 * @param reasons what got in the way of the skipped ones, most frequent first
	 */
	record TemplateLine(String templateKey, String name, int clients, int expected, int completed, int skipped,
			Double rate, List<ReasonCount> reasons) {

		TemplateLine {
			reasons = List.copyOf(reasons);
		}

		/** Planned occurrences with neither an entry nor a skip. */
		int notRecorded() {
			return Math.max(0, this.expected - this.completed - this.skipped);
		}

	}

	/**
	 * @param share of all skipped occurrences with a reason, from 0 to 1
	 */
	record ReasonShare(SkipReason reason, int count, double share) {
	}

	/** A template's line while it is being added up. */
	private static final class Line {

		private final String templateKey;

		private final Set<UUID> clients = new HashSet<>();

		private final Map<SkipReason, Integer> reasons = new EnumMap<>(SkipReason.class);

		private String name;

		private int version = Integer.MIN_VALUE;

		private int expected;

		private int completed;

		private int skipped;

		Line(String templateKey) {
			this.templateKey = templateKey;
		}

		void add(Tally tally) {
			this.clients.add(tally.clientId());
			if (tally.templateVersion() > this.version) {
				this.version = tally.templateVersion();
				this.name = tally.templateName();
			}
			this.expected += tally.expected();
			this.completed += tally.completed();
			this.skipped += tally.skipped();
			tally.reasons().forEach((reason, count) -> this.reasons.merge(reason, count, Integer::sum));
		}

		TemplateLine toTemplateLine() {
			Double rate = (this.expected == 0) ? null : (double) this.completed / this.expected;
			return new TemplateLine(this.templateKey, this.name, this.clients.size(), this.expected, this.completed,
					this.skipped, rate, mostFirst(this.reasons));
		}

	}

}
