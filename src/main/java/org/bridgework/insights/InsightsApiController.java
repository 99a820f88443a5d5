package org.bridgework.insights;

import java.util.List;
import java.util.UUID;

import org.bridgework.identity.CurrentUser;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The insights in the JSON API: what gets in the way for a client, practice and
 * questionnaires week by week, homework beside questionnaires, and the mood trend of one
 * practice.
 */
@RestController
class InsightsApiController {

	private final Insights insights;

	InsightsApiController(Insights insights) {
		this.insights = insights;
	}

	@GetMapping("/api/v1/clients/{clientId}/what-gets-in-the-way")
	WhatGetsInTheWay whatGetsInTheWay(CurrentUser actor, @PathVariable UUID clientId,
			@RequestParam(required = false) Integer weeks) {
		return this.insights.whatGetsInTheWay(actor, clientId, weeks);
	}

	@GetMapping("/api/v1/clients/{clientId}/practice-weeks")
	PracticeWeeks practiceWeeks(CurrentUser actor, @PathVariable UUID clientId,
			@RequestParam(required = false) Integer weeks) {
		return this.insights.practiceWeeks(actor, clientId, weeks);
	}

	@GetMapping("/api/v1/clients/{clientId}/measures-over-time")
	MeasuresOverTime measuresOverTime(CurrentUser actor, @PathVariable UUID clientId,
			@RequestParam(required = false) Integer weeks) {
		return this.insights.measuresOverTime(actor, clientId, weeks);
	}

	@GetMapping("/api/v1/clients/{clientId}/adherence-outcome")
	List<AdherenceOutcome> adherenceOutcome(CurrentUser actor, @PathVariable UUID clientId,
			@RequestParam(required = false) String instrument, @RequestParam(required = false) Integer weeks) {
		return this.insights.adherenceOutcome(actor, clientId, instrument, weeks);
	}

	@GetMapping("/api/v1/assignments/{id}/mood-trend")
	MoodTrend moodTrend(CurrentUser actor, @PathVariable UUID id, @RequestParam(required = false) Integer weeks) {
		return this.insights.moodTrend(actor, id, weeks);
	}

}
