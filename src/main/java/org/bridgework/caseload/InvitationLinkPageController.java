package org.bridgework.caseload;

import java.util.UUID;

import org.bridgework.identity.CurrentUser;
import org.bridgework.shared.ConflictException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A new invitation link for a client whose link got lost or ran out, asked for on the
 * client's page. The earlier link stops working.
 */
@Controller
class InvitationLinkPageController {

	private final Clients clients;

	InvitationLinkPageController(Clients clients) {
		this.clients = clients;
	}

	/**
	 * Shows the link in the answer, like adding a client does: it cannot be shown again
	 * after a redirect.
	 */
	@PostMapping("/clients/{clientId}/invitation")
	String newLink(CurrentUser clinician, @PathVariable UUID clientId, Model model) {
		// First, so that someone who is not the client's clinician learns nothing.
		ClientProfile client = this.clients.profile(clinician, clientId);
		if (client.signedUp()) {
			return signedUp(clientId);
		}
		try {
			ResentInvitation resent = this.clients.resendInvitation(clinician, clientId);
			model.addAttribute("delivery", resent.delivery());
			return InvitedPage.NEW_LINK.show(model, clientId, client.displayName(), resent.link().inviteUrl());
		}
		catch (ConflictException ex) {
			// They signed up a moment ago.
			return signedUp(clientId);
		}
	}

	private static String signedUp(UUID clientId) {
		return "redirect:/clients/" + clientId + "?signedUp";
	}

}
