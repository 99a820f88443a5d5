package org.bridgework.relapse;

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
 * Adds the staying-well plan to two pages of the homework module without that module
 * knowing of this one (as {@code sessions.SessionPanels} does): after the clinician's
 * client page ({@code review/client}) or the client's Today page ({@code practice/today})
 * was prepared, this puts {@code stayingWellPanel} or {@code stayingWellLink} on the
 * model; the pages include the fragments of {@code relapse/panels.html} when they are
 * there.
 */
@Configuration
class StayingWellPanels extends ClientPagePanels {

	private final StayingWellPlans plans;

	private final Boosters boosters;

	StayingWellPanels(CareTeam careTeam, StayingWellPlans plans, Boosters boosters) {
		super(careTeam, "view-staying-well-plan");
		this.plans = plans;
		this.boosters = boosters;
	}

	@Override
	protected void onClientPage(ClientAccess access, HttpServletRequest request, ModelAndView view) {
		view.addObject("stayingWellPanel", panel(access.actor(), access));
	}

	@Override
	protected void onToday(CurrentUser user, ModelAndView view) {
		ClientAccess access = careTeam().requireSelf(user, "view-staying-well-plan");
		view.addObject("stayingWellLink", new Link(!this.plans.get(user, access.clientId()).isEmpty()));
	}

	private Panel panel(CurrentUser clinician, ClientAccess access) {
		StayingWellPlan plan = this.plans.get(clinician, access.clientId());
		List<Booster.Seen> upcoming = this.boosters.forClient(clinician, access.clientId())
			.stream()
			.filter(Booster.Seen::isCancellable)
			.toList();
		PlanRequest content = plan.content();
		return new Panel(access.clientId(), plan.current(), access.timezone(), content.warningSigns().size(),
				content.triggers().size(), content.copingStrategies().size(), content.contacts().size(),
				upcoming.size(), upcoming.isEmpty() ? null : upcoming.get(0).booster().date());
	}

	/**
	 * The staying-well section of the clinician's client page.
	 *
	 * @param current the plan's newest version, or null when none is written
	 * @param nextBooster the next tune-up's day, or null
	 */
	record Panel(UUID clientId, PlanVersion current, java.time.ZoneId zone, int warningSigns, int triggers,
			int copingStrategies, int contacts, int upcomingBoosters, LocalDate nextBooster) {
	}

	/**
	 * The link on the client's Today page: always there, so the plan is one tap away.
	 *
	 * @param written whether anything is written in it yet
	 */
	record Link(boolean written) {
	}

}
