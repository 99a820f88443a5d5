package org.bridgework.relapse;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Booster tune-ups as the clinician asks for them, before they are checked: a practice (a
 * template of the library, or the template of one of the client's assignments, whose plan
 * is then followed) on a date, or a small series of dates.
 *
 * @param templateKey a template of the library; leave out when {@code fromAssignmentId}
 * is given
 * @param fromAssignmentId one of the client's assignments to practise again
 * @param startDate the first tune-up, in the client's time zone; today or later
 * @param everyWeeks how many weeks apart, for a series
 * @param times how many tune-ups (1 when left out)
 */
public record BoosterRequest(String templateKey, UUID fromAssignmentId, LocalDate startDate, Integer everyWeeks,
		Integer times, String note) {
}
