package org.bridgework.alerts;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bridgework.identity.CurrentUser;
import org.bridgework.identity.Role;
import org.bridgework.shared.PathVariables;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts alerts on a clinician's pages without the modules that own those pages knowing of
 * this one:
 * <ul>
 * <li>on every page, the number of open alerts of their own clients as
 * {@code openAlertCount}, for the header's "Alerts (2)" (fragments/layout);</li>
 * <li>on the caseload page ({@code caseload/clients}: all their clients') and the client
 * page ({@code review/client}: that client's), the open alerts as {@code alertsPanel},
 * with {@code alertTimes} to show their times in the clinician's own zone; the pages
 * include {@code alerts/panels :: open} when it is there.</li>
 * </ul>
 * Only pages pay: redirects, files, JSON and htmx fragments (which have no header) get
 * nothing, and the count is one indexed statement.
 */
@Configuration
class AlertPanels implements WebMvcConfigurer, HandlerInterceptor {

	static final String CASELOAD_PAGE = "caseload/clients";

	static final String CLIENT_PAGE = "review/client";

	private final Alerts alerts;

	AlertPanels(Alerts alerts) {
		this.alerts = alerts;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).excludePathPatterns("/api/**");
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView view) {
		if (!isPage(request, view) || !(view.getModel().get("currentUser") instanceof CurrentUser user)
				|| !user.is(Role.CLINICIAN)) {
			return;
		}
		view.addObject("openAlertCount", this.alerts.openCount(user));
		if (CASELOAD_PAGE.equals(view.getViewName())) {
			view.addObject("alertsPanel", new Panel(this.alerts.openForClinician(user), "clients", true));
			view.addObject("alertTimes", this.alerts.timesFor(user));
		}
		else if (CLIENT_PAGE.equals(view.getViewName())) {
			UUID clientId = PathVariables.uuid(request, "clientId");
			if (clientId != null) {
				view.addObject("alertsPanel", new Panel(this.alerts.openForClient(user, clientId), "client", false));
				view.addObject("alertTimes", this.alerts.timesFor(user));
			}
		}
	}

	/** A whole page with the layout's header, rather than a redirect or a fragment. */
	private static boolean isPage(HttpServletRequest request, ModelAndView view) {
		String name = (view != null) ? view.getViewName() : null;
		return view != null && view.hasView() && request.getHeader("HX-Request") == null
				&& (name == null || !(name.startsWith("redirect:") || name.startsWith("forward:")));
	}

	/**
	 * @param from where the Acknowledge form comes back to
	 * @param showNames whether to name the client of each alert (the caseload page does;
	 * the client page is about one)
	 */
	record Panel(List<Alert> open, String from, boolean showNames) {
	}

}
