package org.bridgework.insights;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.bridgework.caseload.CareTeam;
import org.bridgework.caseload.ClientAccess;
import org.bridgework.homework.Adherence;
import org.bridgework.homework.AdherenceReport;
import org.bridgework.homework.Assignment;
import org.bridgework.homework.Assignments;
import org.bridgework.homework.Entry;
import org.bridgework.homework.Practice;
import org.bridgework.homework.Skip;
import org.bridgework.homework.Timeline;
import org.bridgework.homework.Timeline.TimelineItem;
import org.bridgework.identity.CurrentUser;
import org.bridgework.measures.InstrumentScale;
import org.bridgework.measures.MeasureResponse;
import org.bridgework.measures.Measures;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pictures made from what the client already recorded: what gets in the way, week by
 * week, and how mood moves with a practice. Read by the client and their clinicians,
 * through homework's own reading rules (a clinician never sees a private entry's moods).
 */
@Service
class Insights {

	private final CareTeam careTeam;

	private final Timeline timeline;

	private final Assignments assignments;

	private final Practice practice;

	private final InsightsWords words;

	private final Clock clock;

	private final AdherenceReport adherence;

	private final Measures measures;

	Insights(CareTeam careTeam, Timeline timeline, Assignments assignments, Practice practice, InsightsWords words,
			Clock clock, AdherenceReport adherence, Measures measures) {
		this.adherence = adherence;
		this.measures = measures;
		this.careTeam = careTeam;
		this.timeline = timeline;
		this.assignments = assignments;
		this.practice = practice;
		this.words = words;
		this.clock = clock;
	}

	/** The client's skips of the last {@code weeks} weeks (8 when null, at most 26). */
	@Transactional(readOnly = true)
	WhatGetsInTheWay whatGetsInTheWay(CurrentUser actor, UUID clientId, Integer weeks) {
		// First, so that nothing is read for anyone but the client and their clinicians.
		ClientAccess access = this.careTeam.require(actor, clientId, "view-what-gets-in-the-way");
		ClientWeeks range = ClientWeeks.ending(this.clock.instant(), access.timezone(), ClientWeeks.clamp(weeks));
		List<Skip> skips = this.timeline.lastDays(actor, clientId, range.days())
			.stream()
			.map(TimelineItem::skip)
			.filter(Objects::nonNull)
			.toList();
		Map<UUID, String> titles = new LinkedHashMap<>();
		this.assignments.forClient(actor, clientId)
			.forEach((assignment) -> titles.put(assignment.id(), assignment.title()));
		return WhatGetsInTheWay.of(range, skips, titles).withReadingText(this.words::reading);
	}

	/**
	 * Planned practice done, how it went and the days practised, week by week over the
	 * last {@code weeks} weeks (8 when null, at most 26).
	 */
	@Transactional(readOnly = true)
	PracticeWeeks practiceWeeks(CurrentUser actor, UUID clientId, Integer weeks) {
		ClientAccess access = this.careTeam.require(actor, clientId, "view-practice-weeks");
		ClientWeeks range = ClientWeeks.ending(this.clock.instant(), access.timezone(), ClientWeeks.clamp(weeks));
		List<Adherence> perWeek = range.mondays()
			.stream()
			.map((monday) -> this.adherence.between(actor, clientId, monday, min(monday.plusDays(6), range.today())))
			.toList();
		List<Entry> entries = this.timeline.lastDays(actor, clientId, range.days())
			.stream()
			.map(TimelineItem::entry)
			.filter(Objects::nonNull)
			.toList();
		return PracticeWeeks.of(range, perWeek, entries);
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	/** Mood before and after one practice over the last {@code weeks} weeks. */
	@Transactional(readOnly = true)
	MoodTrend moodTrend(CurrentUser actor, UUID assignmentId, Integer weeks) {
		Assignment assignment = this.assignments.get(actor, assignmentId);
		ClientAccess access = this.careTeam.require(actor, assignment.clientId(), "view-mood-trend", assignmentId);
		ClientWeeks range = ClientWeeks.ending(this.clock.instant(), access.timezone(), ClientWeeks.clamp(weeks));
		return MoodTrend.of(assignment.id(), range, this.practice.entries(actor, assignmentId));
	}

	/**
	 * Questionnaire totals over the last {@code weeks} weeks (8 when null, at most 26).
	 */
	@Transactional(readOnly = true)
	MeasuresOverTime measuresOverTime(CurrentUser actor, UUID clientId, Integer weeks) {
		ClientAccess access = this.careTeam.require(actor, clientId, "view-measures-over-time");
		ClientWeeks range = ClientWeeks.ending(this.clock.instant(), access.timezone(), ClientWeeks.clamp(weeks));
		return MeasuresOverTime.of(range, access.timezone(), this.measures.scales(),
				this.measures.series(actor, clientId, null));
	}

	/**
	 * Homework beside each questionnaire answered in the last {@code weeks} weeks (26
	 * when null), or only {@code instrument}'s.
	 */
	@Transactional(readOnly = true)
	List<AdherenceOutcome> adherenceOutcome(CurrentUser actor, UUID clientId, String instrument, Integer weeks) {
		ClientAccess access = this.careTeam.require(actor, clientId, "view-adherence-outcome");
		ClientWeeks range = ClientWeeks.ending(this.clock.instant(), access.timezone(),
				(weeks == null) ? ClientWeeks.MAX : ClientWeeks.clamp(weeks));
		List<MeasureResponse> series = this.measures.series(actor, clientId, instrument);
		return this.measures.scales()
			.stream()
			.map((scale) -> outcome(actor, clientId, scale, results(series, scale, range, access)))
			.filter((outcome) -> outcome != null)
			.toList();
	}

	private AdherenceOutcome outcome(CurrentUser actor, UUID clientId, InstrumentScale scale,
			List<AdherenceOutcome.Result> results) {
		if (results.isEmpty()) {
			return null;
		}
		return AdherenceOutcome
			.of(scale.key(), scale.name(), results, (from, to) -> this.adherence.between(actor, clientId, from, to))
			.withReadingText(this.words::outcome);
	}

	private static List<AdherenceOutcome.Result> results(List<MeasureResponse> series, InstrumentScale scale,
			ClientWeeks range, ClientAccess access) {
		return series.stream()
			.filter((response) -> response.instrument().equals(scale.key()))
			.map((response) -> new AdherenceOutcome.Result(response.takenAt().atZone(access.timezone()).toLocalDate(),
					response.total()))
			.filter((result) -> range.indexOf(result.day()) >= 0)
			.toList();
	}

}
