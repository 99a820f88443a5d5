package org.bridgework.insights;

import java.util.UUID;

import org.bridgework.identity.CurrentUser;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The insights in the JSON API: what gets in the way for a client, and the mood trend of
 * one practice.
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

	@GetMapping("/api/v1/assignments/{id}/mood-trend")
	MoodTrend moodTrend(CurrentUser actor, @PathVariable UUID id, @RequestParam(required = false) Integer weeks) {
		return this.insights.moodTrend(actor, id, weeks);
	}

}
