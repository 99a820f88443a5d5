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
 * Puts the open alerts on the clinician's caseload page ({@code caseload/clients}: all
 * their clients') and client page ({@code review/client}: that client's) as
 * {@code alertsPanel}, without those modules knowing of this one; the pages include
 * {@code alerts/panels :: open} when it is there.
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
		registry.addInterceptor(this).addPathPatterns("/clients", "/clients/*");
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView view) {
		if (view == null || !(view.getModel().get("currentUser") instanceof CurrentUser user)
				|| !user.is(Role.CLINICIAN)) {
			return;
		}
		if (CASELOAD_PAGE.equals(view.getViewName())) {
			view.addObject("alertsPanel", new Panel(this.alerts.openForClinician(user), "clients", true));
		}
		else if (CLIENT_PAGE.equals(view.getViewName())) {
			UUID clientId = PathVariables.uuid(request, "clientId");
			if (clientId != null) {
				view.addObject("alertsPanel", new Panel(this.alerts.openForClient(user, clientId), "client", false));
			}
		}
	}

	/**
	 * @param from where the Acknowledge form comes back to
	 * @param showNames whether to name the client of each alert (the caseload page does;
	 * the client page is about one)
	 */
	record Panel(List<Alert> open, String from, boolean showNames) {
	}

}
