package org.bridgework.shared;

/**
 * The request clashes with what is already stored (an idempotency key reused for another
 * body, an invitation already used).
 */
public class ConflictException extends RuntimeException {

	/**
	 * @param messageCode a key in messages.properties saying what happened
	 */
	public ConflictException(String messageCode) {
		super(messageCode);
	}

}
