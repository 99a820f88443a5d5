package org.bridgework.homework;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

final class AssignmentFixtures {

	private AssignmentFixtures() {
	}

	static Assignment assignment(Set<DayOfWeek> days, LocalDate start, LocalDate end) {
		return new Assignment(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "mindful-breathing",
				"One minute of breathing", "Notice worry", "Come back to the breath",
				new WeeklySchedule(days, LocalTime.of(8, 0)), "After I brush my teeth", 1, start, end,
				List.of(new Barrier("Too sleepy", "Stand by the window")), null);
	}

}
