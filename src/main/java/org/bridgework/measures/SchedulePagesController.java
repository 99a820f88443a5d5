package org.bridgework.measures;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.bridgework.caseload.CareTeam;
import org.bridgework.caseload.ClientAccess;
import org.bridgework.identity.CurrentUser;
import org.bridgework.shared.FormErrors;
import org.bridgework.shared.InvalidInputException;
import org.bridgework.shared.Messages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The clinician's pages for schedules: add one (a form that comes back with its errors
 * next to each field) and stop one (after a confirmation page).
 */
@Controller
class SchedulePagesController {

	private final MeasureSchedules schedules;

	private final Instruments instruments;

	private final MeasureWords words;

	private final CareTeam careTeam;

	private final Messages messages;

	private final java.time.Clock clock;

	SchedulePagesController(MeasureSchedules schedules, Instruments instruments, MeasureWords words, CareTeam careTeam,
			Messages messages, java.time.Clock clock) {
		this.schedules = schedules;
		this.instruments = instruments;
		this.words = words;
		this.careTeam = careTeam;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/clients/{clientId}/measure-schedules/new")
	String form(CurrentUser clinician, @PathVariable UUID clientId, Model model) {
		ClientAccess access = this.careTeam.requireClinician(clinician, clientId, "schedule-measure");
		LocalDate today = LocalDate.now(this.clock.withZone(access.timezone()));
		return page(model, clientId, new Chosen("PHQ-9", MeasureSchedule.Every.WEEKLY.name(), today.toString()),
				FormErrors.none());
	}

	@PostMapping("/clients/{clientId}/measure-schedules")
	String add(CurrentUser clinician, @PathVariable UUID clientId, @RequestParam(required = false) String instrument,
			@RequestParam(required = false) String every, @RequestParam(required = false) String startDate, Model model,
			HttpServletResponse response) {
		this.careTeam.requireClinician(clinician, clientId, "schedule-measure");
		try {
			this.schedules.add(clinician, clientId, instrument, every(every), date(startDate));
			return "redirect:/clients/" + clientId + "?scheduled#measures";
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(model, clientId, new Chosen(instrument, every, startDate), FormErrors.of(ex, this.messages));
		}
	}

	@GetMapping("/measure-schedules/{scheduleId}/stop")
	String confirmStop(CurrentUser clinician, @PathVariable UUID scheduleId, Model model) {
		MeasureSchedule schedule = this.schedules.find(clinician, scheduleId);
		model.addAttribute("scheduleId", schedule.id());
		model.addAttribute("clientId", schedule.clientId());
		model.addAttribute("name", this.words.name(schedule.instrument()));
		return "measures/stop";
	}

	@PostMapping("/measure-schedules/{scheduleId}/stop")
	String stop(CurrentUser clinician, @PathVariable UUID scheduleId, @RequestParam(required = false) String confirm) {
		MeasureSchedule schedule = this.schedules.find(clinician, scheduleId);
		if (!"yes".equals(confirm)) {
			return "redirect:/measure-schedules/" + scheduleId + "/stop";
		}
		this.schedules.stop(clinician, scheduleId);
		return "redirect:/clients/" + schedule.clientId() + "?stopped#measures";
	}

	private String page(Model model, UUID clientId, Chosen chosen, FormErrors errors) {
		model.addAttribute("clientId", clientId);
		model.addAttribute("chosen", chosen);
		model.addAttribute("errors", errors);
		model.addAttribute("instruments",
				this.instruments.all().stream().map((i) -> new Choice(i.key(), this.words.name(i.key()))).toList());
		model.addAttribute("everyChoices", Arrays.stream(MeasureSchedule.Every.values()).map(Enum::name).toList());
		model.addAttribute("daysBefore", SessionWindows.DAYS_BEFORE);
		return "measures/schedule";
	}

	private static MeasureSchedule.Every every(String value) {
		return Arrays.stream(MeasureSchedule.Every.values())
			.filter((e) -> e.name().equals(value))
			.findFirst()
			.orElse(null);
	}

	private static LocalDate date(String value) {
		try {
			return (value == null || value.isBlank()) ? null : LocalDate.parse(value.trim());
		}
		catch (java.time.format.DateTimeParseException ex) {
			return null;
		}
	}

	/** What the form shows chosen, as sent. */
	public record Chosen(String instrument, String every, String startDate) {
	}

	public record Choice(String key, String name) {
	}

}
