package org.bridgework.audit;

/**
 * How an audited attempt ended: an access to a client's data was granted or refused, a
 * sign-in succeeded or failed.
 */
public enum Outcome {

	GRANTED, REFUSED, SUCCEEDED, FAILED

}
