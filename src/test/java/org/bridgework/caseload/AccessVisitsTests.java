package org.bridgework.caseload;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.bridgework.audit.AuditedEvent;
import org.bridgework.audit.Outcome;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AccessVisitsTests {

	private static final UUID LEE = UUID.randomUUID();

	private static final UUID CLIENT = UUID.randomUUID();

	private static final Instant T = Instant.parse("2026-12-07T14:05:00Z");

	private long seq;

	@Test
	void manyLooksByOnePersonWithinMinutes_areOneVisit_atItsStart() {
		List<AuditedEvent> events = List.of(event(LEE, "view-profile", 0), event(LEE, "view-adherence", 1),
				event(LEE, "view-measures", 3), event(LEE, "view-adherence", 9), event(LEE, "view-measures", 17));

		List<AccessVisits.Visit> visits = AccessVisits.of(events);

		assertThat(visits).singleElement().satisfies((visit) -> {
			assertThat(visit.start()).isEqualTo(T);
			assertThat(visit.actions()).containsExactly("view-profile", "view-adherence", "view-measures");
		});
	}

	@Test
	void aPauseLongerThanTheGap_startsANewVisit_andTheLatestComesFirst() {
		List<AuditedEvent> events = List.of(event(LEE, "view-profile", 0), event(LEE, "view-measures", 11));

		assertThat(AccessVisits.of(events)).extracting(AccessVisits.Visit::start)
			.containsExactly(T.plusSeconds(11 * 60), T);
	}

	@Test
	void someoneElseInBetween_doesNotSplitAVisit() {
		UUID client = UUID.randomUUID();
		List<AuditedEvent> events = List.of(event(LEE, "view-profile", 0), event(client, "view-today", 2),
				event(LEE, "view-measures", 4));

		List<AccessVisits.Visit> visits = AccessVisits.of(events);

		assertThat(visits).extracting(AccessVisits.Visit::actorId).containsExactly(client, LEE);
		assertThat(visits.get(1).actions()).containsExactly("view-profile", "view-measures");
	}

	@Test
	void aPageLeftOpenAllAfternoon_isCutIntoVisitsOfAnHourAtMost() {
		List<AuditedEvent> events = new ArrayList<>();
		for (int minute = 0; minute <= 180; minute += 9) {
			events.add(event(LEE, "view-profile", minute));
		}

		assertThat(AccessVisits.of(events)).hasSize(3);
	}

	private AuditedEvent event(UUID actor, String action, int minute) {
		return new AuditedEvent(++this.seq, T.plusSeconds(minute * 60L), actor, "CLINICIAN", CLIENT, action, null,
				Outcome.GRANTED, 200, "r", "127.0.0.1", "GET", "/clients/" + CLIENT);
	}

}
