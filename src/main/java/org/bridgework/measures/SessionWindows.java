package org.bridgework.measures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * When a questionnaire asked "before each session" is due. Each session day has a window
 * that ends on that day and opens {@link #DAYS_BEFORE} days before it, but never on or
 * before the session before it (so two sessions close together each get their own window)
 * and never before the schedule's first day. The client is asked while today is in the
 * window of the next session (a session today is still next) until they answer inside it.
 * All days are in the client's time zone.
 */
final class SessionWindows {

	/** How many days before a session its window opens. */
	static final int DAYS_BEFORE = 3;

	private SessionWindows() {
	}

	/**
	 * @param sessions the client's session days, in any order
	 * @param lastAnswered the day the client last answered the questionnaire, or null
	 */
	static MeasureSchedule.Asking asking(LocalDate startDate, List<LocalDate> sessions, LocalDate today,
			LocalDate lastAnswered) {
		List<Window> coming = upcoming(startDate, sessions, today);
		if (coming.isEmpty()) {
			return MeasureSchedule.Asking.NOT_YET_KNOWN;
		}
		Window current = coming.get(0);
		if (today.isBefore(current.opens())) {
			return current.asking(false);
		}
		if (lastAnswered == null || lastAnswered.isBefore(current.opens())) {
			return current.asking(true);
		}
		return (coming.size() > 1) ? coming.get(1).asking(false) : MeasureSchedule.Asking.NOT_YET_KNOWN;
	}

	/** The windows of the next two sessions from today on, counted from the start day. */
	private static List<Window> upcoming(LocalDate startDate, List<LocalDate> sessions, LocalDate today) {
		List<LocalDate> days = sessions.stream().distinct().sorted().toList();
		List<Window> windows = new ArrayList<>(2);
		LocalDate previous = null;
		for (LocalDate day : days) {
			if (!day.isBefore(startDate) && !day.isBefore(today) && windows.size() < 2) {
				windows.add(new Window(opens(day, previous, startDate), day));
			}
			previous = day;
		}
		return windows;
	}

	private static LocalDate opens(LocalDate session, LocalDate previous, LocalDate startDate) {
		LocalDate opens = session.minusDays(DAYS_BEFORE);
		if (previous != null && !opens.isAfter(previous)) {
			opens = previous.plusDays(1);
		}
		return opens.isBefore(startDate) ? startDate : opens;
	}

	private record Window(LocalDate opens, LocalDate session) {

		MeasureSchedule.Asking asking(boolean due) {
			return new MeasureSchedule.Asking(this.opens, due, this.session);
		}

	}

}
