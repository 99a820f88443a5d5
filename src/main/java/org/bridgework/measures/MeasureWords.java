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

	/**
	 * One section per instrument the client answered, in the instruments' order, newest
	 * first.
	 */
	List<Section> sections(List<MeasureResponse> all, List<Instrument> instruments, java.time.ZoneId zone) {
		List<Section> sections = new java.util.ArrayList<>();
		for (Instrument instrument : instruments) {
			List<Row> rows = new java.util.ArrayList<>(
					rows(all.stream().filter((r) -> r.instrument().equals(instrument.key())).toList(), zone));
			if (!rows.isEmpty()) {
				java.util.Collections.reverse(rows);
				sections.add(new Section(instrument.key(), name(instrument.key()), rows));
			}
		}
		return sections;
	}

	/** One instrument's results, newest first. */
	public record Section(String key, String name, List<Row> rows) {
	}

	public record Row(java.util.UUID id, java.time.LocalDate day, int total, String band, boolean item9Positive) {
	}

}
