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
	 * A clinician an admin gave time-limited access to the client while their own
	 * clinicians are away (docs/adr/0015): sees and does what a clinician does for the
	 * client's care until the grant ends, but does not erase, export or arrange cover.
	 */
	COVERING,

	/**
	 * An admin, for what the clinic looks after (finishing an erasure the client asked
	 * for, see {@link CareTeam#requireOwnClinicianOrAdmin}; the reminder log; arranging
	 * cover): sees nothing of the record.
	 */
	ADMIN

}
