package org.bridgework.library;

import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The kinds of question a template can ask, with the JSON name clients and files use.
 */
public enum FieldType {

	SHORT_TEXT("short-text"), LONG_TEXT("long-text"), SCALE("scale"), NUMBER("number"), CHOICE("choice"),
	MULTI_CHOICE("multi-choice"), CHECKLIST("checklist"), MOOD("mood"), YES_NO("yes-no"), DATE("date"), TIME("time"),
	REPEATING("repeating"), DRAWING("drawing"), PHOTO("photo"), VOICE_NOTE("voice-note");

	/** The mood picker's five faces, from very low to very good. */
	public static final int MOOD_MIN = 1;

	public static final int MOOD_MAX = 5;

	private final String jsonName;

	FieldType(String jsonName) {
		this.jsonName = jsonName;
	}

	@JsonValue
	public String jsonName() {
		return this.jsonName;
	}

	@JsonCreator
	public static FieldType fromJson(String name) {
		return Arrays.stream(values())
			.filter((type) -> type.jsonName.equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown field type '" + name + "'"));
	}

	public boolean isText() {
		return this == SHORT_TEXT || this == LONG_TEXT;
	}

	public boolean isWholeNumber() {
		return this == SCALE || this == NUMBER || this == MOOD;
	}

	/**
	 * Whether the answer is a file the client adds: its answer is the id the upload was
	 * given.
	 */
	public boolean isAttachment() {
		return this == DRAWING || this == PHOTO || this == VOICE_NOTE;
	}

	/** Whether the answer is picked from the field's {@code options}. */
	public boolean hasOptions() {
		return this == CHOICE || this == MULTI_CHOICE || this == CHECKLIST;
	}

}
