package org.bridgework.caseload;

import java.util.UUID;

/**
 * What adding a client with a one-time key gave.
 *
 * @param inviteUrl a working invitation link, or null when the key had added a client who
 * has signed up since
 * @param repeated whether the key had added this client before, so nobody new was added
 */
record AddedClient(UUID id, String displayName, String inviteUrl, boolean repeated) {

	NewClient asNewClient() {
		return new NewClient(this.id, this.inviteUrl);
	}

}
