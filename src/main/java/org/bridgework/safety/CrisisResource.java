package org.bridgework.safety;

/**
 * One place to turn in a crisis. Every part but the name is optional; a page shows the
 * ones that are there as links a phone can call, text or open.
 *
 * @param phone a number to call, as people dial it ("988", "116 123")
 * @param text a number to text, or null
 * @param website an https address, or null
 * @param description who it is for and when, in a few plain words
 */
public record CrisisResource(String name, String description, String phone, String text, String website) {

	/** The number as a {@code tel:} link wants it: digits and a leading plus only. */
	public String phoneLink() {
		return dialable(this.phone);
	}

	public String textLink() {
		return dialable(this.text);
	}

	private static String dialable(String number) {
		return (number == null) ? null : number.replaceAll("[^0-9+]", "");
	}

}
