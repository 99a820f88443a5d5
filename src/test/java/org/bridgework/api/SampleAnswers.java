package org.bridgework.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;

/**
 * Answers made from a template's field definitions as GET /api/v1/templates describes
 * them, the way a client program would fill a form it has never seen: every field
 * answered validly, or one field answered wrongly for its type.
 */
final class SampleAnswers {

	private SampleAnswers() {
	}

	/**
	 * A valid answer for every field of the template, sub-fields of repeating fields
	 * included.
	 */
	static Map<String, Object> valid(JsonNode template, LocalDate today, Function<JsonNode, String> attach) {
		return answersFor(template.get("fields"), today, attach);
	}

	/**
	 * The valid answers with {@code field} answered in a way its type refuses. Questions
	 * taking a file are left out: uploading for each wrong answer would only slow the
	 * test.
	 */
	static Map<String, Object> withWrongAnswer(JsonNode template, JsonNode field, LocalDate today) {
		Map<String, Object> answers = valid(template, today, (question) -> null);
		answers.values().removeIf((answer) -> answer == null);
		answers.put(field.get("name").stringValue(), wrongFor(field));
		return answers;
	}

	private static Map<String, Object> answersFor(JsonNode fields, LocalDate today, Function<JsonNode, String> attach) {
		Map<String, Object> answers = new LinkedHashMap<>();
		for (JsonNode field : fields) {
			answers.put(field.get("name").stringValue(), validFor(field, today, attach));
		}
		return answers;
	}

	/**
	 * @param attach uploads a file for a question that takes one and returns its id
	 */
	static Object validFor(JsonNode field, LocalDate today, Function<JsonNode, String> attach) {
		String type = field.get("type").stringValue();
		return switch (type) {
			case "drawing", "photo", "voice-note" -> attach.apply(field);
			case "short-text", "long-text" -> "Sample answer for " + field.get("name").stringValue();
			case "scale", "number" ->
				field.get("min").intValue() + (field.get("max").intValue() - field.get("min").intValue()) / 2;
			case "mood" -> 3;
			case "yes-no" -> true;
			case "choice" -> field.get("options").get(0).get("value").stringValue();
			case "multi-choice", "checklist" -> List.of(field.get("options").get(0).get("value").stringValue());
			case "date" -> today.toString();
			case "time" -> "08:30";
			case "repeating" -> {
				List<Object> rows = new ArrayList<>();
				rows.add(answersFor(field.get("fields"), today, attach));
				rows.add(answersFor(field.get("fields"), today, attach));
				yield rows;
			}
			default -> throw new IllegalStateException("No sample answer for field type " + type);
		};
	}

	static Object wrongFor(JsonNode field) {
		String type = field.get("type").stringValue();
		return switch (type) {
			case "short-text", "long-text" -> 12345;
			case "scale", "number" -> field.get("max").intValue() + 1;
			case "mood" -> 6;
			case "yes-no" -> "maybe";
			case "choice" -> "not-one-of-the-options";
			case "multi-choice", "checklist" -> List.of("not-one-of-the-options");
			case "date" -> "2026-13-45";
			case "time" -> "25:99";
			case "repeating" -> "not a list of rows";
			case "drawing", "photo", "voice-note" -> "not-an-upload-id";
			default -> throw new IllegalStateException("No wrong answer for field type " + type);
		};
	}

}
