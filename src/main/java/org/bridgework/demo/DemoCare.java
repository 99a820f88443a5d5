package org.bridgework.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.bridgework.alerts.AlertHistory;
import org.bridgework.demo.DemoStory.DemoMeasures;
import org.bridgework.homework.PracticeIdeaRequest;
import org.bridgework.homework.PracticeIdeas;
import org.bridgework.identity.CurrentUser;
import org.bridgework.measures.MeasureSchedules;
import org.bridgework.measures.Measures;
import org.bridgework.relapse.PlanRequest;
import org.bridgework.relapse.StayingWellPlans;
import org.bridgework.safety.CrisisSignal;

import org.springframework.stereotype.Component;

/**
 * What else happened in the demo clients' weeks besides practice, each through the
 * service a person would use: a weekly PHQ-9 and GAD-7 (answered as the client, falling
 * for Robin, flat for Jordan), a staying-well plan written with Robin, the night Jordan
 * asked for help (acknowledged the next morning, so the demo holds no open alert), and an
 * idea of Sam's own.
 */
@Component
class DemoCare {

	/** When the demo clients answer their questionnaires, in their own time zone. */
	static final LocalTime MEASURES_AT = LocalTime.of(19, 0);

	/** How many days ago Jordan asked for help. */
	static final int HELP_ASKED_DAYS_AGO = 18;

	private final Measures measures;

	private final MeasureSchedules schedules;

	private final StayingWellPlans stayingWell;

	private final AlertHistory alerts;

	private final PracticeIdeas ideas;

	DemoCare(Measures measures, MeasureSchedules schedules, StayingWellPlans stayingWell, AlertHistory alerts,
			PracticeIdeas ideas) {
		this.measures = measures;
		this.schedules = schedules;
		this.stayingWell = stayingWell;
		this.alerts = alerts;
		this.ideas = ideas;
	}

	/**
	 * One PHQ-9 and one GAD-7 a week up to last week, the first at the start of therapy;
	 * the clinician asks for both weekly from the week after, so both are due today.
	 */
	void measures(CurrentUser clinician, CurrentUser client, UUID clientId, DemoMeasures totals, ZoneId zone,
			LocalDate today) {
		int weeks = totals.phq9().size();
		for (int week = 0; week < weeks; week++) {
			Instant at = today.minusWeeks(weeks - week).atTime(MEASURES_AT).atZone(zone).toInstant();
			this.measures.takeEarlier(client, "PHQ-9", DemoAnswers.questionnaire(totals.phq9().get(week), 9, 8), null,
					at);
			this.measures.takeEarlier(client, "GAD-7", DemoAnswers.questionnaire(totals.gad7().get(week), 7, 7), null,
					at.plusSeconds(180));
		}
		LocalDate weeklyFrom = today.minusWeeks(weeks - 1);
		this.schedules.scheduleWeekly(clinician, clientId, "PHQ-9", weeklyFrom);
		this.schedules.scheduleWeekly(clinician, clientId, "GAD-7", weeklyFrom);
	}

	/**
	 * The story's own moment: Robin's staying-well plan, Jordan's night of asking for
	 * help, Sam's idea.
	 * @param assignments the client's assignments, in the story's order
	 */
	void moments(CurrentUser clinician, CurrentUser client, UUID clientId, DemoStory story, List<UUID> assignments,
			ZoneId zone, LocalDate today) {
		switch (story) {
			case WORRY -> stayingWellPlan(clinician, clientId, assignments);
			case LOW_MOOD -> askedForHelp(clinician, clientId, zone, today);
			case SOCIAL_ANXIETY -> ideaOfTheirOwn(client);
		}
	}

	private void stayingWellPlan(CurrentUser clinician, UUID clientId, List<UUID> assignments) {
		this.stayingWell.save(clinician, clientId, new PlanRequest(
				List.of("Lying awake going over work emails", "Skipping breakfast to get in early",
						"Checking my phone for messages from my manager late at night"),
				List.of("Performance reviews", "A week with several deadlines at once"),
				List.of(new PlanRequest.CopingStrategy("One minute of breathing after I brush my teeth",
						assignments.get(0)),
						new PlanRequest.CopingStrategy("Write the worry thought down and find a kinder, balanced one",
								assignments.get(1)),
						new PlanRequest.CopingStrategy("A short walk at lunch, phone left on my desk", null)),
				List.of(new PlanRequest.Contact("My sister Ada", "07700 900461",
						"A walk and a talk when work feels like too much")),
				"Worry coming back now and then is normal. It is a cue to use what helped, not a sign that I have failed."));
	}

	/**
	 * Jordan pressed "I need help now" late one evening; their clinician saw it the next
	 * morning, phoned, and acknowledged it with a note.
	 */
	private void askedForHelp(CurrentUser clinician, UUID clientId, ZoneId zone, LocalDate today) {
		Instant asked = today.minusDays(HELP_ASKED_DAYS_AGO).atTime(22, 40).atZone(zone).toInstant();
		this.alerts.recordAcknowledged(clinician, clientId, CrisisSignal.Kind.HELP_NOW, asked,
				asked.plus(Duration.ofHours(9).plusMinutes(35)),
				"Phoned Jordan first thing. They had stayed the night at their sister's and felt safer. "
						+ "We went over what helps on nights like that in our session.");
	}

	private void ideaOfTheirOwn(CurrentUser client) {
		this.ideas.propose(client, "demo-idea",
				new PracticeIdeaRequest("Say good morning to the barista",
						"Small talk somewhere that doesn't matter much, before I try it at work",
						"When I buy my coffee on the way in", 2));
	}

}
