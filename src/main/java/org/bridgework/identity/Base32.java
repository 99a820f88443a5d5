package org.bridgework.identity;

import java.io.ByteArrayOutputStream;

/**
 * Base32 as RFC 4648 spells it (A-Z, 2-7), the way authenticator apps take a two-step
 * key: written without padding, read whatever the spaces, dashes or letter case.
 */
final class Base32 {

	private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

	private Base32() {
	}

	static String encode(byte[] bytes) {
		StringBuilder text = new StringBuilder((bytes.length * 8 + 4) / 5);
		int buffer = 0;
		int bits = 0;
		for (byte value : bytes) {
			buffer = (buffer << 8) | (value & 0xff);
			bits += 8;
			while (bits >= 5) {
				text.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
				bits -= 5;
			}
		}
		if (bits > 0) {
			text.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
		}
		return text.toString();
	}

	/**
	 * @throws IllegalArgumentException for a character outside the alphabet
	 */
	static byte[] decode(String text) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		int buffer = 0;
		int bits = 0;
		for (char character : text.toCharArray()) {
			if (character == ' ' || character == '-' || character == '=') {
				continue;
			}
			// ASCII letters only: a typed key in lower case is the same key.
			int value = ALPHABET.indexOf((character >= 'a' && character <= 'z') ? character - 'a' + 'A' : character);
			if (value < 0) {
				throw new IllegalArgumentException("Not a Base32 character");
			}
			buffer = (buffer << 5) | value;
			bits += 5;
			if (bits >= 8) {
				bytes.write((buffer >> (bits - 8)) & 0xff);
				bits -= 8;
			}
		}
		return bytes.toByteArray();
	}

}
