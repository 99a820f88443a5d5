package org.bridgework.sessions;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.bridgework.caseload.CareTeam;
import org.bridgework.caseload.ClientAccess;
import org.bridgework.identity.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Part of the public face: the days of a client's sessions, past and planned, for other
 * features that follow the session rhythm (a questionnaire asked before each session).
 * Read only; dates are added and removed in this module.
 */
@Service
public class SessionDays {

	private final CareTeam careTeam;

	private final SessionStore store;

	SessionDays(CareTeam careTeam, SessionStore store) {
		this.careTeam = careTeam;
		this.store = store;
	}

	/**
	 * The client's session days, oldest first, for the client themselves or one of their
	 * clinicians; anyone else is refused as if the client did not exist.
	 */
	@Transactional(readOnly = true)
	public List<LocalDate> of(CurrentUser actor, UUID clientId) {
		ClientAccess access = this.careTeam.require(actor, clientId, "view-session-dates");
		return this.store.sessions(access.clientId()).stream().map(SessionDate::date).sorted().toList();
	}

}
