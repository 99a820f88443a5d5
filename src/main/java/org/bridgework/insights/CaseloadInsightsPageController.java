package org.bridgework.insights;

import java.util.List;
import java.util.TreeSet;

import org.bridgework.identity.CurrentUser;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The clinician's page of homework across their caseload, at {@code /insights}, linked
 * from the header and the caseload page.
 */
@Controller
class CaseloadInsightsPageController {

	/** The spans offered to choose from: a month, two, a quarter, half a year. */
	static final List<Integer> WEEK_CHOICES = List.of(4, ClientWeeks.DEFAULT, 12, ClientWeeks.MAX);

	private final CaseloadInsights insights;

	private final CaseloadDrawing drawing;

	CaseloadInsightsPageController(CaseloadInsights insights, CaseloadDrawing drawing) {
		this.insights = insights;
		this.drawing = drawing;
	}

	@GetMapping("/insights")
	String caseload(CurrentUser clinician, @RequestParam(required = false) String weeks, Model model) {
		CaseloadPractice practice = this.insights.across(clinician, weeks(weeks));
		TreeSet<Integer> choices = new TreeSet<>(WEEK_CHOICES);
		choices.add(practice.weeks());
		model.addAttribute("insights", this.drawing.view(practice));
		model.addAttribute("weekChoices", List.copyOf(choices));
		return "insights/caseload";
	}

	/** What the address asks for, or the default for anything that is not a number. */
	static Integer weeks(String weeks) {
		try {
			return (weeks == null) ? null : Integer.valueOf(weeks.trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
