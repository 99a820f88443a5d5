package org.bridgework.insights;

import org.bridgework.identity.CurrentUser;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Homework across the calling clinician's own caseload, by template, in the JSON API.
 */
@RestController
class CaseloadInsightsApiController {

	private final CaseloadInsights insights;

	CaseloadInsightsApiController(CaseloadInsights insights) {
		this.insights = insights;
	}

	@GetMapping("/api/v1/me/caseload-insights")
	CaseloadPractice caseloadInsights(CurrentUser clinician, @RequestParam(required = false) Integer weeks) {
		return this.insights.across(clinician, weeks);
	}

}
