package org.bridgework.erasure;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bridgework.caseload.CareTeam;
import org.bridgework.caseload.ClientAccess;
import org.bridgework.caseload.ClientPagePanels;
import org.bridgework.identity.CurrentUser;
import org.bridgework.identity.Role;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Tells the clinician on the client page that the client asked for their data to be
 * erased ({@code erasureRequest}), with the way to finish it; and on the caseload page
 * whose requests wait ({@code erasureRequests}, see {@link CaseloadNotice}).
 */
@Configuration
class ErasurePanels extends ClientPagePanels {

	private final Erasures erasures;

	ErasurePanels(CareTeam careTeam, Erasures erasures) {
		super(careTeam, "view-erasure-request");
		this.erasures = erasures;
	}

	@Override
	protected void onClientPage(ClientAccess access, HttpServletRequest request, ModelAndView view) {
		if (access.isCovering()) {
			// Only the client's own clinicians (or an admin) finish an erasure.
			return;
		}
		this.erasures.pendingFor(access).ifPresent((pending) -> view.addObject("erasureRequest", pending));
	}

	@Override
	protected void onToday(CurrentUser client, ModelAndView view) {
		// The client's own request shows on My data, where they asked.
	}

	/**
	 * The caseload page ({@code caseload/clients}): the clinician's clients who asked.
	 */
	@Configuration
	static class CaseloadNotice implements WebMvcConfigurer, HandlerInterceptor {

		static final String CASELOAD_PAGE = "caseload/clients";

		private final Erasures erasures;

		CaseloadNotice(Erasures erasures) {
			this.erasures = erasures;
		}

		@Override
		public void addInterceptors(InterceptorRegistry registry) {
			registry.addInterceptor(this).addPathPatterns("/clients");
		}

		@Override
		public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
				ModelAndView view) {
			if (view != null && CASELOAD_PAGE.equals(view.getViewName())
					&& view.getModel().get("currentUser") instanceof CurrentUser user && user.is(Role.CLINICIAN)) {
				List<PendingErasure> waiting = this.erasures.pendingOf(user);
				if (!waiting.isEmpty()) {
					view.addObject("erasureRequests", waiting);
				}
			}
		}

	}

}
