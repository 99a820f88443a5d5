package org.bridgework.shared;

/**
 * A file kept in the database that can be read in pieces, so a player asking for a part
 * of a recording gets that part without the whole file being loaded.
 */
public interface StoredMedia {

	String mediaType();

	long size();

	/** Up to {@code length} bytes from {@code offset} (zero-based). */
	byte[] read(long offset, int length);

}
