package org.bridgework.caseload;

import org.bridgework.identity.AccountEmails;

/**
 * A client's new invitation link, and whether it also went to their email.
 */
public record ResentInvitation(NewClient link, AccountEmails.Delivery delivery) {

	public boolean emailed() {
		return this.delivery == AccountEmails.Delivery.SENT;
	}

}
