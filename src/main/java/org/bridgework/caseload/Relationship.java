package org.bridgework.caseload;

/**
 * How the person asking stands to a client. Decides what of the client's data they may
 * see.
 */
public enum Relationship {

	/** The client themselves: sees everything they wrote. */
	SELF,

	/**
	 * One of the client's clinicians: sees entries, but never the content of private
	 * ones.
	 */
	CLINICIAN,

	/**
	 * An admin who is not the client's clinician, only to finish an erasure the client
	 * asked for (see {@link CareTeam#requireClinicianOrAdmin}): sees nothing of the
	 * record.
	 */
	ADMIN

}
