package org.bridgework.measures;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.bridgework.caseload.CareTeam;
import org.bridgework.caseload.ClientAccess;
import org.bridgework.caseload.ClientPagePanels;
import org.bridgework.identity.CurrentUser;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.ModelAndView;

/**
 * Adds measures to two pages of the homework module without that module knowing of this
 * one (as {@code sessions.SessionPanels} does): {@code measuresToday} on the client's
 * Today page (what is due) and {@code measuresPanel} on the clinician's client page
 * (latest results, history, schedules). The pages include the fragments of
 * {@code measures/panels.html} when they are there.
 */
@Configuration
class MeasurePanels extends ClientPagePanels {

	private final Measures measures;

	private final MeasureSchedules schedules;

	private final Instruments instruments;

	private final MeasureWords words;

	MeasurePanels(CareTeam careTeam, Measures measures, MeasureSchedules schedules, Instruments instruments,
			MeasureWords words) {
		super(careTeam, "view-measures");
		this.measures = measures;
		this.schedules = schedules;
		this.instruments = instruments;
		this.words = words;
	}

	@Override
	protected void onClientPage(ClientAccess access, HttpServletRequest request, ModelAndView view) {
		view.addObject("measuresPanel", clinician(access.actor(), access));
	}

	@Override
	protected void onToday(CurrentUser user, ModelAndView view) {
		ClientAccess access = careTeam().requireSelf(user, "view-measures");
		List<Due> due = this.schedules.dueFor(user)
			.stream()
			.map((s) -> s.schedule().instrument())
			.distinct()
			.map((key) -> new Due(key, key))
			.toList();
		boolean anyResults = !this.measures.series(user, access.clientId(), null).isEmpty();
		view.addObject("measuresToday", new TodayPanel(due, anyResults));
	}

	private ClinicianPanel clinician(CurrentUser clinician, ClientAccess access) {
		ZoneId zone = access.timezone();
		List<MeasureResponse> all = this.measures.series(clinician, access.clientId(), null);
		List<MeasureWords.Section> sections = this.words.sections(all, this.instruments.all(), zone);
		List<Latest> latest = sections.stream().map((s) -> new Latest(s.name(), s.rows().get(0))).toList();
		List<ScheduleLine> lines = this.schedules.forClient(clinician, access.clientId())
			.stream()
			.map((s) -> new ScheduleLine(s.schedule().id(), this.words.name(s.schedule().instrument()),
					s.schedule().every().name(), s.nextDue(), s.due(), s.asking().session()))
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

	/**
	 * @param nextDue the day it asks next, or null when it is asked before sessions and
	 * none is coming up
	 * @param session the session day it is asked before, or null on a calendar rhythm
	 */
	public record ScheduleLine(UUID id, String name, String every, java.time.LocalDate nextDue, boolean due,
			java.time.LocalDate session) {
	}

	public record ClinicianPanel(UUID clientId, List<Latest> latest, List<MeasureWords.Section> sections,
			List<ScheduleLine> schedules) {
	}

}
