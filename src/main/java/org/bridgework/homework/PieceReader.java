package org.bridgework.homework;

import org.bridgework.shared.StoredMedia;

/**
 * A file kept in a table, read a piece at a time.
 *
 * @param pieces reads up to {@code length} bytes from {@code offset}
 */
record PieceReader(String mediaType, long size, Pieces pieces) implements StoredMedia {

	@Override
	public byte[] read(long offset, int length) {
		return this.pieces.read(offset, length);
	}

	@FunctionalInterface
	interface Pieces {

		byte[] read(long offset, int length);

	}

}
