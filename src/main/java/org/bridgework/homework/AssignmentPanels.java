package org.bridgework.homework;

import java.util.Optional;

import org.bridgework.identity.CurrentUser;

/**
 * Lets other modules add to homework's pages without homework knowing them (ladders, for
 * example, show the client's step). Each method is called for an assignment the person
 * may already see; empty shows nothing.
 */
public interface AssignmentPanels {

	/** On the clinician's page for the client, with each assignment. */
	Optional<AssignmentPanel> forClinician(CurrentUser clinician, Assignment assignment);

	/** On the client's page for one practice. */
	Optional<AssignmentPanel> forPractice(CurrentUser client, Assignment assignment);

	/** On the client's today page: only what is worth telling them today. */
	Optional<AssignmentPanel> forToday(CurrentUser client, Assignment assignment);

}
