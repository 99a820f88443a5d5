package org.bridgework.caseload;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.bridgework.identity.AccountSettings;
import org.bridgework.identity.CurrentUser;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.ModelAndView;

/**
 * Covering access on the clinician's client page: for the client's own clinicians, who
 * covers the client now and who did lately, with when they looked ({@code covers}); for
 * the covering clinician, their own grant ({@code yourCover}).
 */
@Configuration
class CoveringPanels extends ClientPagePanels {

	private final CoveringAccess covering;

	private final AccountSettings settings;

	private final Clock clock;

	CoveringPanels(CareTeam careTeam, CoveringAccess covering, AccountSettings settings, Clock clock) {
		super(careTeam, "view-covering-access");
		this.covering = covering;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	protected void onClientPage(ClientAccess access, HttpServletRequest request, ModelAndView view) {
		ZoneId zone = this.settings.zoneOf(access.actor());
		Instant now = this.clock.instant();
		List<CoverView> covers = this.covering.onClientPage(access)
			.stream()
			.map((looked) -> CoverView.of(looked.grant(), looked.visits(), zone, now))
			.toList();
		if (access.isCovering()) {
			covers.stream().findFirst().ifPresent((cover) -> view.addObject("yourCover", cover));
		}
		else {
			// Only whether the flag is there; its value is never read.
			boolean coverEnded = request.getParameter("coverEnded") != null;
			if (!covers.isEmpty() || coverEnded) {
				view.addObject("covers", covers);
				view.addObject("coverEnded", coverEnded);
			}
		}
	}

	@Override
	protected void onToday(CurrentUser client, ModelAndView view) {
		// A client reads about covering access in their access history.
	}

}
