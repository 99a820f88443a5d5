package org.bridgework.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.bridgework.caseload.Clients;
import org.bridgework.caseload.NewClient;
import org.bridgework.demo.DemoPeople.DemoClient;
import org.bridgework.demo.DemoStory.DemoAssignment;
import org.bridgework.goals.Goal;
import org.bridgework.goals.GoalChange;
import org.bridgework.goals.Goals;
import org.bridgework.homework.AssignmentPlan;
import org.bridgework.homework.Assignments;
import org.bridgework.homework.EntryRequest;
import org.bridgework.homework.Practice;
import org.bridgework.homework.SkipReason;
import org.bridgework.homework.SkipRequest;
import org.bridgework.identity.AccountSettings;
import org.bridgework.identity.Accounts;
import org.bridgework.identity.CurrentUser;
import org.bridgework.identity.IssuedInvitation;
import org.bridgework.identity.Role;
import org.bridgework.identity.TwoStep;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the demo clinician and clients with five weeks of entries and skips, weekly
 * questionnaires and the moments of {@link DemoCare}, once. Runs after the first account
 * is created, and only when BRIDGEWORK_DEMO=true.
 */
@Component
@Order(10)
class DemoData implements ApplicationRunner {

	static final int WEEKS_OF_HISTORY = 5;

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private static final SkipReason[] LIKELY_REASONS = { SkipReason.FORGOT, SkipReason.NO_TIME, SkipReason.NO_TIME,
			SkipReason.OVERWHELMED, SkipReason.TOO_HARD, SkipReason.DOUBTS };

	/** The value each demo goal serves, in the words of the values compass. */
	private static final Map<String, String> VALUES = Map.of("Notice worry before it snowballs", "Growth",
			"Worry less about work", "Joy", "Understand what lifts my mood", "Growth", "Feel more hopeful", "Joy",
			"Speak up in team meetings", "Contribution", "Feel steadier around people", "Connection");

	private final DemoProperties properties;

	private final Accounts accounts;

	private final Clients clients;

	private final Assignments assignments;

	private final Practice practice;

	private final TransactionTemplate transaction;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Goals goals;

	private final AccountSettings settings;

	private final DemoCare care;

	private final TwoStep twoStep;

	DemoData(DemoProperties properties, Accounts accounts, Clients clients, Assignments assignments, Practice practice,
			TransactionTemplate transaction, JdbcClient jdbc, Clock clock, Goals goals, AccountSettings settings,
			DemoCare care, TwoStep twoStep) {
		this.twoStep = twoStep;
		this.goals = goals;
		this.settings = settings;
		this.care = care;
		this.properties = properties;
		this.accounts = accounts;
		this.clients = clients;
		this.assignments = assignments;
		this.practice = practice;
		this.transaction = transaction;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.properties.enabled()) {
			return;
		}
		this.transaction.executeWithoutResult((status) -> {
			this.jdbc.sql("select pg_advisory_xact_lock(hashtext('bridgework.demo'))").query().singleRow();
			if (this.accounts.isRegistered(DemoPeople.CLINICIAN_EMAIL)) {
				return;
			}
			seed();
			log.info("Demo data ready: sign in as {} with password {} and a code from two-step key {}",
					DemoPeople.CLINICIAN_EMAIL, DemoPeople.PASSWORD, DemoPeople.CLINICIAN_TWO_STEP_KEY);
		});
	}

	private void seed() {
		CurrentUser clinician = signedUp(this.accounts.invite(null, DemoPeople.CLINICIAN_EMAIL,
				DemoPeople.CLINICIAN_NAME, EnumSet.of(Role.CLINICIAN)));
		this.settings.changeTimeZone(clinician, DemoPeople.CLINICIAN_TIMEZONE);
		// Clinicians sign in with a code: the demo's comes from a key the README prints,
		// so
		// nobody has to set up two-step sign-in (and lock the next visitor out) to look.
		this.twoStep.turnOnWithPublishedKey(clinician.id(), DemoPeople.CLINICIAN_TWO_STEP_KEY);
		Random random = new Random(42);
		for (DemoClient person : DemoPeople.CLIENTS) {
			NewClient client = this.clients.add(clinician, person.name(), person.email(), person.timezone());
			String token = client.inviteUrl().substring(client.inviteUrl().lastIndexOf('/') + 1);
			CurrentUser clientUser = this.accounts
				.findUser(this.accounts.acceptInvitation(token, DemoPeople.PASSWORD, null))
				.orElseThrow();
			ZoneId zone = ZoneId.of(person.timezone());
			LocalDate today = LocalDate.now(this.clock.withZone(zone));
			List<UUID> assignmentIds = new ArrayList<>();
			for (DemoAssignment planned : person.story().assignments()) {
				UUID assignmentId = assign(clinician, client.id(), planned, today.minusWeeks(WEEKS_OF_HISTORY));
				practise(clientUser, assignmentId, planned, today, random);
				assignmentIds.add(assignmentId);
			}
			tieGoalsToValues(clinician, client.id());
			this.care.measures(clinician, clientUser, client.id(), person.story().measures(), zone, today);
			this.care.moments(clinician, clientUser, client.id(), person.story(), assignmentIds, zone, today);
		}
	}

	/**
	 * The goals the homework made, each tied to a value of the compass, as a clinician
	 * would write them with the client.
	 */
	private void tieGoalsToValues(CurrentUser clinician, UUID clientId) {
		for (Goal goal : this.goals.forClient(clinician, clientId)) {
			String value = VALUES.get(goal.words());
			if (value != null) {
				this.goals.change(clinician, goal.id(), new GoalChange(null, value, null, null));
			}
		}
	}

	private CurrentUser signedUp(IssuedInvitation invitation) {
		return this.accounts.findUser(this.accounts.acceptInvitation(invitation.token(), DemoPeople.PASSWORD, null))
			.orElseThrow();
	}

	private UUID assign(CurrentUser clinician, UUID clientId, DemoAssignment planned, LocalDate start) {
		var days = planned.days()
			.stream()
			.map((day) -> day.name().substring(0, 3))
			.collect(java.util.stream.Collectors.toSet());
		return this.assignments.assign(clinician, clientId,
				new AssignmentPlan(planned.templateKey(), planned.title(), planned.goal(), planned.purpose(), days,
						planned.time(), planned.cue(), planned.minutes(), start, null, planned.barriers()));
	}

	/**
	 * Walks the days up to yesterday: planned days are practised, skipped with a reason,
	 * or left unrecorded; now and then the client practises on an unplanned day too.
	 */
	private void practise(CurrentUser client, UUID assignmentId, DemoAssignment planned, LocalDate today,
			Random random) {
		LocalDate start = today.minusWeeks(WEEKS_OF_HISTORY);
		long totalDays = WEEKS_OF_HISTORY * 7L;
		for (LocalDate day = start; day.isBefore(today); day = day.plusDays(1)) {
			double progress = (double) java.time.temporal.ChronoUnit.DAYS.between(start, day) / totalDays;
			boolean isPlannedDay = planned.days().contains(day.getDayOfWeek());
			double roll = random.nextDouble();
			if (isPlannedDay && roll < planned.adherence() + progress * 0.1) {
				record(client, assignmentId, planned, day, progress, random);
			}
			else if (isPlannedDay && roll < 0.93) {
				this.practice.skip(client, assignmentId, UUID.randomUUID().toString(),
						new SkipRequest(day, LIKELY_REASONS[random.nextInt(LIKELY_REASONS.length)], skipNote(random)));
			}
			else if (!isPlannedDay && roll < 0.12) {
				record(client, assignmentId, planned, day, progress, random);
			}
		}
	}

	private void record(CurrentUser client, UUID assignmentId, DemoAssignment planned, LocalDate day, double progress,
			Random random) {
		int moodBefore = 2 + random.nextInt(3) + (int) Math.round(progress * 2);
		EntryRequest entry = new EntryRequest(day, DemoAnswers.forTemplate(planned.templateKey(), random, progress),
				planned.minutes() * 60 + random.nextInt(45), Math.min(5, 2 + random.nextInt(3) + (int) progress),
				moodBefore, Math.min(10, moodBefore + random.nextInt(3)), entryNote(random), random.nextDouble() < 0.05,
				random.nextDouble() < 0.08);
		this.practice.record(client, assignmentId, UUID.randomUUID().toString(), entry);
	}

	private static String entryNote(Random random) {
		String[] notes = { null, null, "Calmer after.", "Hard to start, easier once I did.",
				"Did it twice today because it helped.", "Mind was busy but I kept coming back." };
		return notes[random.nextInt(notes.length)];
	}

	private static String skipNote(Random random) {
		String[] notes = { null, "Long day at work.", "Kids were up early.", "Didn't see the point today." };
		return notes[random.nextInt(notes.length)];
	}

}
