package org.bridgework.erasure;

import java.util.UUID;

import org.bridgework.identity.CurrentUser;
import org.bridgework.shared.ConflictException;
import org.bridgework.shared.ErasedClient;
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
 * Erasure on the pages: the client's "Erase my data" page (from My data), and for
 * clinicians and admins the waiting requests and the form that finishes one. Plain form
 * posts: they work without JavaScript.
 */
@Controller
class ErasurePageController {

	static final String UNDERSTOOD = "understood";

	private final Erasures erasures;

	private final Messages messages;

	ErasurePageController(Erasures erasures, Messages messages) {
		this.erasures = erasures;
		this.messages = messages;
	}

	@GetMapping("/my-data/erasure")
	String own(CurrentUser client, Model model) {
		return ownPage(client, model, FormErrors.none());
	}

	/**
	 * Asking needs the box ticked that says what happens; without it, nothing is asked.
	 */
	@PostMapping("/my-data/erasure")
	String request(CurrentUser client, @RequestParam(name = UNDERSTOOD, required = false) String understood,
			Model model) {
		if (!"yes".equals(understood)) {
			return ownPage(client, model, FormErrors
				.of(new InvalidInputException(UNDERSTOOD, "validation.erasure.understood"), this.messages));
		}
		this.erasures.request(client);
		return "redirect:/my-data/erasure?asked";
	}

	@PostMapping("/my-data/erasure/withdraw")
	String withdraw(CurrentUser client) {
		this.erasures.withdraw(client);
		return "redirect:/my-data/erasure?withdrawn";
	}

	@GetMapping("/erasure-requests")
	String pending(CurrentUser actor, @RequestParam(required = false) String erased, Model model) {
		model.addAttribute("requests", this.erasures.pending(actor));
		model.addAttribute("erased", erased);
		return "erasure/requests";
	}

	@GetMapping("/erasure-requests/{clientId}")
	String toComplete(CurrentUser actor, @PathVariable UUID clientId, Model model) {
		return completePage(actor, clientId, model, FormErrors.none(), null);
	}

	/**
	 * Finishes the erasure, or shows the form again with what stands in the way: a name
	 * typed differently, or an open crisis alert.
	 */
	@PostMapping("/erasure-requests/{clientId}")
	String complete(CurrentUser actor, @PathVariable UUID clientId,
			@RequestParam(name = Erasures.CONFIRM_FIELD, required = false) String confirm, Model model) {
		try {
			ErasedClient erased = this.erasures.complete(actor, clientId, confirm);
			return "redirect:/erasure-requests?erased=" + erased.clientId().toString().substring(0, 8);
		}
		catch (InvalidInputException ex) {
			return completePage(actor, clientId, model, FormErrors.of(ex, this.messages), confirm);
		}
		catch (ConflictException ex) {
			model.addAttribute("refusal", this.messages.get(ex.getMessage()));
			return completePage(actor, clientId, model, FormErrors.none(), confirm);
		}
	}

	private String ownPage(CurrentUser client, Model model, FormErrors errors) {
		model.addAttribute("requestedOn", this.erasures.ownRequest(client).orElse(null));
		model.addAttribute("errors", errors);
		return "erasure/my-erasure";
	}

	private String completePage(CurrentUser actor, UUID clientId, Model model, FormErrors errors, String confirm) {
		model.addAttribute("pending", this.erasures.pendingFor(actor, clientId));
		model.addAttribute("errors", errors);
		model.addAttribute("confirm", confirm);
		return "erasure/complete";
	}

}
