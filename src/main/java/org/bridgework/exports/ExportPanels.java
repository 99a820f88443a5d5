package org.bridgework.exports;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bridgework.caseload.CareTeam;
import org.bridgework.identity.CurrentUser;
import org.bridgework.identity.Role;
import org.bridgework.shared.PathVariables;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Adds the download links to two pages of the homework module without that module knowing
 * of this one: "Download the record" on the clinician's client page ({@code exportForm})
 * and "Download my record" on the client's Today page ({@code myDataLink}).
 */
@Configuration
class ExportPanels implements WebMvcConfigurer, HandlerInterceptor {

	static final String CLIENT_PAGE = "review/client";

	static final String TODAY_PAGE = "practice/today";

	private final CareTeam careTeam;

	ExportPanels(CareTeam careTeam) {
		this.careTeam = careTeam;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/clients/*", "/today");
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView view) {
		if (view == null || !(view.getModel().get("currentUser") instanceof CurrentUser user)) {
			return;
		}
		if (CLIENT_PAGE.equals(view.getViewName()) && user.is(Role.CLINICIAN)) {
			UUID clientId = PathVariables.uuid(request, "clientId");
			if (clientId != null) {
				this.careTeam.requireClinician(user, clientId, "view-export-links");
				view.addObject("exportForm", new Form("/clients/" + clientId + "/export", request.getParameter("from"),
						request.getParameter("to"), request.getParameter(ExportPageController.BAD_RANGE) != null));
			}
		}
		else if (TODAY_PAGE.equals(view.getViewName()) && user.is(Role.CLIENT)) {
			view.addObject("myDataLink", Boolean.TRUE);
		}
	}

	/**
	 * The date-range form with its two download buttons.
	 *
	 * @param base the downloads' path without ".pdf" or ".zip"
	 * @param badRange whether the dates sent last did not make a range
	 */
	record Form(String base, String from, String to, boolean badRange) {

		public String pdf() {
			return this.base + ".pdf";
		}

		public String zip() {
			return this.base + ".zip";
		}

	}

}
