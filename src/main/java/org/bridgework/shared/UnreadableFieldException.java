package org.bridgework.shared;

import java.util.UUID;

/**
 * A stored value that could not be decrypted: changed since it was written, copied from
 * another row or column, under a key this installation does not have, or not encrypted at
 * all. Nothing of it is shown; the request fails as our fault (a 500), never as empty
 * text. The message names where the value is, never what it holds or any key.
 */
public class UnreadableFieldException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	UnreadableFieldException(EncryptedColumn column, UUID row, String why) {
		super("Cannot read " + column + " of row " + row + ": " + why);
	}

}
