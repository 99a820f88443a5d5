package org.bridgework.measures;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.bridgework.caseload.CareTeam;
import org.bridgework.caseload.ClientAccess;
import org.bridgework.identity.CurrentUser;
import org.bridgework.safety.CrisisResources;
import org.bridgework.shared.FormErrors;
import org.bridgework.shared.InvalidInputException;
import org.bridgework.shared.Messages;
import org.bridgework.shared.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The client's pages: answer a questionnaire (plain form posts, one fieldset per item),
 * see what it added up to, and look back over their own results.
 */
@Controller
class MeasurePagesController {

	private final Measures measures;

	private final Instruments instruments;

	private final CareTeam careTeam;

	private final MeasureWords words;

	private final CrisisResources crisisResources;

	private final Messages messages;

	MeasurePagesController(Measures measures, Instruments instruments, CareTeam careTeam, MeasureWords words,
			CrisisResources crisisResources, Messages messages) {
		this.measures = measures;
		this.instruments = instruments;
		this.careTeam = careTeam;
		this.words = words;
		this.crisisResources = crisisResources;
		this.messages = messages;
	}

	@GetMapping("/measures/{instrument}")
	String form(CurrentUser client, @PathVariable String instrument, Model model) {
		this.careTeam.requireSelf(client, "open-measure");
		Instrument known = this.measures.instrument(instrument);
		model.addAttribute("form", TakeForm.empty(known, this.words.name(known.key())));
		return "measures/take";
	}

	@PostMapping("/measures/{instrument}")
	String take(CurrentUser client, @PathVariable String instrument, @RequestParam Map<String, String> params,
			Model model, HttpServletResponse response) {
		this.careTeam.requireSelf(client, "take-measure");
		Instrument known = this.measures.instrument(instrument);
		TakeForm form = TakeForm.posted(known, this.words.name(known.key()), params);
		try {
			MeasureResponse taken = this.measures.take(client, known.key(), form.chosen(), form.difficulty());
			return "redirect:/measures/results/" + taken.id();
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("form", form.withErrors(FormErrors.of(ex, this.messages)));
			return "measures/take";
		}
	}

	@GetMapping("/measures/results/{measureId}")
	String result(CurrentUser client, @PathVariable UUID measureId, Model model) {
		ClientAccess access = this.careTeam.requireSelf(client, "view-measure-result");
		MeasureResponse response = this.measures.get(client, measureId);
		if (!response.clientId().equals(access.clientId())) {
			throw new NotFoundException("Measure");
		}
		Instrument instrument = this.measures.instrument(response.instrument());
		model.addAttribute("response", response);
		model.addAttribute("name", this.words.name(response.instrument()));
		model.addAttribute("band", this.words.band(response.severity()));
		model.addAttribute("maxTotal", instrument.itemCount() * instrument.maxAnswer());
		model.addAttribute("resources", response.item9Positive() ? this.crisisResources.all() : List.of());
		return "measures/result";
	}

	@GetMapping("/measures")
	String history(CurrentUser client, Model model) {
		ClientAccess access = this.careTeam.requireSelf(client, "view-measures");
		List<MeasureResponse> all = this.measures.series(client, access.clientId(), null);
		List<MeasureWords.Section> sections = this.words.sections(all, this.instruments.all(), access.timezone());
		model.addAttribute("sections", sections);
		return "measures/history";
	}

}
