package org.bridgework.measures;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.bridgework.caseload.CareTeam;
import org.bridgework.caseload.ClientAccess;
import org.bridgework.identity.CurrentUser;
import org.bridgework.identity.Role;
import org.bridgework.shared.PathVariables;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Adds measures to two pages of the homework module without that module knowing of this
 * one (as {@code sessions.SessionPanels} does): {@code measuresToday} on the client's
 * Today page (what is due) and {@code measuresPanel} on the clinician's client page
 * (latest results, history, schedules). The pages include the fragments of
 * {@code measures/panels.html} when they are there.
 */
@Configuration
class MeasurePanels implements WebMvcConfigurer, HandlerInterceptor {

	static final String CLIENT_PAGE = "review/client";

	static final String TODAY_PAGE = "practice/today";

	private final CareTeam careTeam;

	private final Measures measures;

	private final MeasureSchedules schedules;

	private final Instruments instruments;

	private final MeasureWords words;

	MeasurePanels(CareTeam careTeam, Measures measures, MeasureSchedules schedules, Instruments instruments,
			MeasureWords words) {
		this.careTeam = careTeam;
		this.measures = measures;
		this.schedules = schedules;
		this.instruments = instruments;
		this.words = words;
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
				ClientAccess access = this.careTeam.requireClinician(user, clientId, "view-measures");
				view.addObject("measuresPanel", clinician(user, access));
			}
		}
		else if (TODAY_PAGE.equals(view.getViewName()) && user.is(Role.CLIENT)) {
			ClientAccess access = this.careTeam.requireSelf(user, "view-measures");
			List<Due> due = this.schedules.dueFor(user)
				.stream()
				.map((s) -> s.schedule().instrument())
				.distinct()
				.map((key) -> new Due(key, key))
				.toList();
			boolean anyResults = !this.measures.series(user, access.clientId(), null).isEmpty();
			view.addObject("measuresToday", new TodayPanel(due, anyResults));
		}
	}

	private ClinicianPanel clinician(CurrentUser clinician, ClientAccess access) {
		ZoneId zone = access.timezone();
		List<MeasureResponse> all = this.measures.series(clinician, access.clientId(), null);
		List<MeasureWords.Section> sections = this.words.sections(all, this.instruments.all(), zone);
		List<Latest> latest = sections.stream().map((s) -> new Latest(s.name(), s.rows().get(0))).toList();
		List<ScheduleLine> lines = this.schedules.forClient(clinician, access.clientId())
			.stream()
			.map((s) -> new ScheduleLine(s.schedule().id(), this.words.name(s.schedule().instrument()),
					s.schedule().every().name(), s.nextDue(), s.due()))
			.toList();
		return new ClinicianPanel(access.clientId(), latest, sections, lines);
	}

	/**
	 * @param name how the Today page names it (the instrument's short key)
	 */
	public record Due(String key, String name) {
	}

	/**
	 * @param anyResults whether the client has answered any questionnaire, for the link
	 * to their results
	 */
	public record TodayPanel(List<Due> due, boolean anyResults) {
	}

	public record Latest(String name, MeasureWords.Row row) {
	}

	public record ScheduleLine(UUID id, String name, String every, java.time.LocalDate nextDue, boolean due) {
	}

	public record ClinicianPanel(UUID clientId, List<Latest> latest, List<MeasureWords.Section> sections,
			List<ScheduleLine> schedules) {
	}

}
