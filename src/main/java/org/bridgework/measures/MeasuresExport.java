package org.bridgework.measures;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.bridgework.caseload.ClientAccess;
import org.bridgework.exports.ExportLinks;
import org.bridgework.exports.ExportPart;
import org.bridgework.exports.ExportPeriod;
import org.bridgework.exports.ExportSection;
import org.bridgework.exports.ExportTable;
import org.bridgework.shared.Messages;

import org.springframework.stereotype.Component;

/**
 * The questionnaires in an exported record: each answer set with its date (in the
 * client's time zone), total and band, and every item's answer, within the export's
 * dates.
 */
@Component
class MeasuresExport implements ExportSection {

	static final int POSITION = 500;

	private final Measures measures;

	private final MeasureScheduleRepository schedules;

	private final Messages messages;

	MeasuresExport(Measures measures, MeasureScheduleRepository schedules, Messages messages) {
		this.measures = measures;
		this.schedules = schedules;
		this.messages = messages;
	}

	@Override
	public int position() {
		return POSITION;
	}

	@Override
	public List<ExportTable> tables(ClientAccess access, ExportPeriod period) {
		List<List<String>> rows = responses(access, period).stream()
			.map((response) -> List.of(dayOf(response, access).toString(), response.instrument(),
					String.valueOf(response.total()), response.severity(), answers(response)))
			.toList();
		return List.of(new ExportTable("measures", word("export.measures.title"),
				List.of(word("export.measures.date"), word("export.measures.instrument"), word("export.measures.total"),
						word("export.measures.severity"), word("export.measures.answers")),
				rows, word("export.measures.empty")));
	}

	/**
	 * Each answer set in the period with every answer, and every schedule the client has
	 * had (running or stopped) whatever the dates.
	 */
	@Override
	public List<ExportPart> parts(ClientAccess access, ExportPeriod period, ExportLinks links) {
		return List.of(new ExportPart("measures", responses(access, period)),
				new ExportPart("measureSchedules", this.schedules.everyOne(access.clientId())));
	}

	@Override
	public Map<String, String> exportedTables() {
		return Map.of("measure_response", "measures", "measure_schedule", "measureSchedules");
	}

	private List<MeasureResponse> responses(ClientAccess access, ExportPeriod period) {
		return this.measures.series(access.actor(), access.clientId(), null)
			.stream()
			.filter((response) -> period.includes(dayOf(response, access)))
			.toList();
	}

	private static LocalDate dayOf(MeasureResponse response, ClientAccess access) {
		return LocalDate.ofInstant(response.takenAt(), access.timezone());
	}

	private static String answers(MeasureResponse response) {
		return String.join(" ", response.answers().stream().map(String::valueOf).toList());
	}

	private String word(String code) {
		return this.messages.get(code);
	}

}
