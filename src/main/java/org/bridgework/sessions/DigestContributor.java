package org.bridgework.sessions;

import java.time.LocalDate;
import java.util.List;

import org.bridgework.caseload.ClientAccess;

/**
 * Extension point of the session digest: a Spring bean implementing this adds its notes
 * to one {@link DigestSlot}. The digest asks every contributor each time it is made,
 * after the clinician's access to the client was checked (the {@code access} proves it).
 *
 * <p>
 * Nothing implements it yet: the ladders feature will fill
 * {@link DigestSlot#LADDER_SUGGESTIONS}, client proposals
 * {@link DigestSlot#CLIENT_PROPOSALS}. Until then those sections are left out of the page
 * and are empty lists in the JSON. Private entries stay private here too: a note never
 * carries what the client wrote in one.
 */
public interface DigestContributor {

	DigestSlot slot();

	/**
	 * @param from the first day since the last session
	 * @param to the client's today
	 */
	List<DigestNote> notes(ClientAccess access, LocalDate from, LocalDate to);

}
