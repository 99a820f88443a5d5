package org.bridgework.caseload;

import java.util.UUID;

import org.springframework.ui.Model;

/**
 * The page that hands a clinician an invitation link, and why it is showing one. The link
 * exists only in this response: only its hash is stored.
 */
enum InvitedPage {

	/** The client was just added. */
	NEW_CLIENT,

	/**
	 * The same add-client form came again (a refresh): nobody new was added, and the
	 * client got a fresh link in place of the first.
	 */
	SAME_FORM_AGAIN,

	/** The clinician asked for a new link from the client's page. */
	NEW_LINK;

	static final String VIEW = "caseload/invited";

	String show(Model model, UUID clientId, String displayName, String inviteUrl) {
		model.addAttribute("client", new NewClient(clientId, inviteUrl));
		model.addAttribute("displayName", displayName);
		model.addAttribute("occasion", name());
		return VIEW;
	}

}
