package org.bridgework.caseload;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bridgework.identity.CurrentUser;
import org.bridgework.identity.Role;
import org.bridgework.shared.PathVariables;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How a feature adds its part to the two pages every client has without the homework
 * module, which owns them, knowing of it (it could not: those features read homework, so
 * the other way round would be a cycle). After the clinician's client page
 * ({@code review/client}) or the client's Today page ({@code practice/today}) was
 * prepared successfully, a subclass puts what it shows on the model; the pages include
 * its fragment when it is there. A clinician's part is only asked for once
 * {@link CareTeam} has allowed them to see the client.
 */
public abstract class ClientPagePanels implements WebMvcConfigurer, HandlerInterceptor {

	public static final String CLIENT_PAGE = "review/client";

	public static final String TODAY_PAGE = "practice/today";

	private final CareTeam careTeam;

	private final String clinicianAction;

	/**
	 * @param clinicianAction what the access journal records for the clinician's part
	 */
	protected ClientPagePanels(CareTeam careTeam, String clinicianAction) {
		this.careTeam = careTeam;
		this.clinicianAction = clinicianAction;
	}

	/** On the clinician's client page, for a clinician of that client. */
	protected abstract void onClientPage(ClientAccess clinician, HttpServletRequest request, ModelAndView view);

	/** On the client's own Today page. */
	protected abstract void onToday(CurrentUser client, ModelAndView view);

	protected final CareTeam careTeam() {
		return this.careTeam;
	}

	@Override
	public final void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/clients/*", "/today");
	}

	@Override
	public final void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView view) {
		if (view == null || !(view.getModel().get("currentUser") instanceof CurrentUser user)) {
			return;
		}
		if (CLIENT_PAGE.equals(view.getViewName()) && user.is(Role.CLINICIAN)) {
			UUID clientId = PathVariables.uuid(request, "clientId");
			if (clientId != null) {
				onClientPage(this.careTeam.requireClinician(user, clientId, this.clinicianAction), request, view);
			}
		}
		else if (TODAY_PAGE.equals(view.getViewName()) && user.is(Role.CLIENT)) {
			onToday(user, view);
		}
	}

}
