package org.bridgework.homework.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import org.bridgework.caseload.CareTeam;
import org.bridgework.goals.Goals;
import org.bridgework.homework.Assignment;
import org.bridgework.homework.Barrier;
import org.bridgework.homework.Wins;
import org.bridgework.homework.AssignmentPanels;
import org.bridgework.homework.Assignments;
import org.bridgework.homework.Today;
import org.bridgework.homework.WeeklySchedule;
import org.bridgework.identity.CurrentUser;
import org.bridgework.shared.Messages;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The client's home: what is planned for today, and every current practice so they can
 * record extra practice on any day.
 */
@Controller
class TodayPageController {

	private final Today today;

	private final Assignments assignments;

	private final CareTeam careTeam;

	private final Messages messages;

	private final ObjectProvider<AssignmentPanels> panels;

	private final Wins wins;

	private final Goals goals;

	TodayPageController(Today today, Assignments assignments, CareTeam careTeam, Messages messages,
			ObjectProvider<AssignmentPanels> panels, Wins wins, Goals goals) {
		this.goals = goals;
		this.panels = panels;
		this.wins = wins;
		this.today = today;
		this.assignments = assignments;
		this.careTeam = careTeam;
		this.messages = messages;
	}

	@GetMapping("/today")
	String today(CurrentUser client, @RequestParam(required = false) String skipped, Model model) {
		LocalDate day = this.today.todayFor(client);
		UUID clientId = this.careTeam.requireSelf(client, "list-assignments").clientId();
		List<Assignment> own = this.assignments.forClient(client, clientId);
		model.addAttribute("ownPlans", ownPlansAfterSkipping(own, skipped));
		model.addAttribute("wins", this.wins.forClient(client));
		model.addAttribute("goals",
				this.goals.forClient(client, clientId).stream().filter((goal) -> !goal.archived()).toList());
		List<PracticeLink> practices = own.stream()
			.filter((assignment) -> assignment.covers(day))
			.map((assignment) -> new PracticeLink(assignment, days(assignment.schedule())))
			.toList();
		model.addAttribute("day", day);
		model.addAttribute("items", this.today.forClient(client));
		model.addAttribute("practices", practices);
		model.addAttribute("panels",
				practices.stream()
					.flatMap((practice) -> this.panels.orderedStream()
						.flatMap((source) -> source.forToday(client, practice.assignment()).stream()))
					.toList());
		return "practice/today";
	}

	/**
	 * After a skip, the client's own if-then plans for that practice: what they planned
	 * for moments like this, in their own words. None when they wrote no plan.
	 */
	private static List<Barrier> ownPlansAfterSkipping(List<Assignment> own, String skipped) {
		if (skipped == null || skipped.isBlank()) {
			return List.of();
		}
		return own.stream()
			.filter((assignment) -> assignment.id().toString().equals(skipped))
			.flatMap((assignment) -> assignment.barriers().stream())
			.filter((barrier) -> barrier.plan() != null)
			.toList();
	}

	private String days(WeeklySchedule schedule) {
		List<DayOfWeek> days = schedule.orderedDays();
		if (days.size() == DayOfWeek.values().length) {
			return this.messages.get("practice.days.every");
		}
		Locale locale = LocaleContextHolder.getLocale();
		return days.stream()
			.map((day) -> day.getDisplayName(TextStyle.SHORT, locale))
			.collect(Collectors.joining(", "));
	}

	/**
	 * A current practice and the days it is planned for, in words.
	 */
	record PracticeLink(Assignment assignment, String days) {
	}

}
