package org.bridgework.shared;

/**
 * The thing existed but can no longer be used (an expired or used invitation).
 */
public class GoneException extends RuntimeException {

	/**
	 * @param messageCode a key in messages.properties saying what happened
	 */
	public GoneException(String messageCode) {
		super(messageCode);
	}

}
