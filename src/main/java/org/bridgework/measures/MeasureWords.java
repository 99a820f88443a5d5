package org.bridgework.measures;

import java.util.List;

import org.bridgework.shared.Messages;

import org.springframework.stereotype.Component;

/**
 * The plain words pages use for instruments and bands.
 */
@Component
class MeasureWords {

	private final Messages messages;

	MeasureWords(Messages messages) {
		this.messages = messages;
	}

	String name(String instrument) {
		return this.messages.get("measures.name." + instrument);
	}

	String band(String severity) {
		return this.messages.get("measures.band." + severity);
	}

	/** A row of a history table. */
	Row row(MeasureResponse response, java.time.ZoneId zone) {
		return new Row(response.id(), response.takenAt().atZone(zone).toLocalDate(), response.total(),
				band(response.severity()), response.item9Positive());
	}

	List<Row> rows(List<MeasureResponse> responses, java.time.ZoneId zone) {
		return responses.stream().map((r) -> row(r, zone)).toList();
	}

	public record Row(java.util.UUID id, java.time.LocalDate day, int total, String band, boolean item9Positive) {
	}

}
