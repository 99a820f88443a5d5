package org.bridgework.reminders;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.bridgework.identity.AccountSettings;
import org.bridgework.identity.CurrentUser;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A client's reminder log for their clinicians and admins, and the admin's Reminders
 * page: whether email can go out at all, and how the last week went.
 */
@Controller
class DeliveryPagesController {

	private final DeliveryLog log;

	private final EmailChannel email;

	private final AccountSettings accounts;

	private final Clock clock;

	DeliveryPagesController(DeliveryLog log, EmailChannel email, AccountSettings accounts, Clock clock) {
		this.log = log;
		this.email = email;
		this.accounts = accounts;
		this.clock = clock;
	}

	@GetMapping("/clients/{clientId}/reminders")
	String deliveries(CurrentUser actor, @PathVariable UUID clientId, Model model) {
		model.addAttribute("deliveries", this.log.forClient(actor, clientId));
		model.addAttribute("emailAvailable", this.email.configured());
		model.addAttribute("zone", this.accounts.zoneOf(actor));
		return "reminders/deliveries";
	}

	@GetMapping("/admin/reminders")
	String admin(CurrentUser admin, Model model) {
		model.addAttribute("counts", this.log.countsSince(admin, this.clock.instant().minus(Duration.ofDays(7))));
		model.addAttribute("emailAvailable", this.email.configured());
		return "reminders/admin";
	}

}
