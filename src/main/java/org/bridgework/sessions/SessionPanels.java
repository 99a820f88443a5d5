package org.bridgework.sessions;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.bridgework.caseload.CareTeam;
import org.bridgework.caseload.ClientPagePanels;
import org.bridgework.caseload.ClientAccess;
import org.bridgework.identity.CurrentUser;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.ModelAndView;

/**
 * Adds the session rhythm to two pages of the homework module without that module knowing
 * of this one (it could not: the digest reads homework, so the other way round would be a
 * cycle). After the clinician's client page ({@code review/client}) or the client's Today
 * page ({@code practice/today}) was prepared successfully, this puts {@code sessionPanel}
 * or {@code todaySessions} on the model; the pages include the fragments of
 * {@code sessions/panels.html} when they are there.
 */
@Configuration
class SessionPanels extends ClientPagePanels {

	static final int RECENT_CHECK_INS = 3;

	private final SessionCalendar calendar;

	private final SessionSummaries summaries;

	private final CheckIns checkIns;

	SessionPanels(CareTeam careTeam, SessionCalendar calendar, SessionSummaries summaries, CheckIns checkIns) {
		super(careTeam, "view-sessions");
		this.calendar = calendar;
		this.summaries = summaries;
		this.checkIns = checkIns;
	}

	@Override
	protected void onClientPage(ClientAccess access, HttpServletRequest request, ModelAndView view) {
		List<CheckIn> recent = this.checkIns.forClient(access.actor(), access.clientId());
		view.addObject("sessionPanel",
				new ClinicianPanel(access.clientId(), this.calendar.of(access),
						this.summaries.current(access).orElse(null),
						recent.subList(0, Math.min(RECENT_CHECK_INS, recent.size())), recent.size()));
	}

	@Override
	protected void onToday(CurrentUser user, ModelAndView view) {
		ClientAccess access = careTeam().requireSelf(user, "view-session-summary");
		view.addObject("todaySessions", new TodayPanel(this.summaries.current(access).orElse(null),
				this.calendar.of(access).nextSession(), UUID.randomUUID().toString()));
	}

	/**
	 * The session section of the clinician's client page.
	 *
	 * @param summary the summary the client sees on Today now, or null
	 * @param recentCheckIns the newest few
	 * @param checkInCount how many there are in all
	 */
	record ClinicianPanel(UUID clientId, SessionCalendar.Calendar calendar, SessionSummary summary,
			List<CheckIn> recentCheckIns, int checkInCount) {
	}

	/**
	 * What the client's Today page shows of the session rhythm.
	 *
	 * @param summary the latest summary, until the next session has passed, or null
	 * @param nextSession the next appointment, or null
	 * @param checkInKey a new idempotency key for the check-in form
	 */
	record TodayPanel(SessionSummary summary, LocalDate nextSession, String checkInKey) {
	}

}
