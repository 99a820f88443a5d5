package org.bridgework.shared;

/**
 * The thing asked for does not exist, or the person asking may not know that it does.
 * Both look the same from outside on purpose.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what) {
		super(what + " not found");
	}

}
