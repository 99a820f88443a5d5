package org.bridgework.reminders;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.bridgework.caseload.Clients;
import org.bridgework.homework.AssignmentPlan;
import org.bridgework.homework.Assignments;
import org.bridgework.identity.Accounts;
import org.bridgework.identity.CurrentUser;
import org.bridgework.testing.TestPeople;

/**
 * A clinician, clients in chosen zones, and daily practices at a chosen time, made
 * through the real services.
 */
final class ReminderFixtures {

	static final String TITLE = "SECRET-TITLE one minute of breathing";

	private final TestPeople people;

	private final Assignments assignments;

	private final CurrentUser clinician;

	ReminderFixtures(Accounts accounts, Clients clients, Assignments assignments) {
		this.people = new TestPeople(accounts, clients);
		this.assignments = assignments;
		this.clinician = this.people.clinician();
	}

	TestPeople.Client client(String zone) {
		return this.people.clientOf(this.clinician, "SECRET-NAME Robin", zone);
	}

	CurrentUser clinician() {
		return this.clinician;
	}

	/** A daily practice from {@code start}, at {@code time} (null: no time of day). */
	UUID daily(TestPeople.Client client, LocalTime time, LocalDate start) {
		return this.assignments.assign(this.clinician, client.id(),
				new AssignmentPlan("mindful-breathing", TITLE, "SECRET-GOAL calmer mornings", "SECRET-PURPOSE",
						Set.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"), time, "SECRET-CUE after coffee", 1,
						start, null, List.of()));
	}

}
