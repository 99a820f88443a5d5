package org.bridgework.sessions;

import java.util.Arrays;
import java.util.Comparator;
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
 * The session rhythm in an exported record: the client's check-ins, the session dates,
 * and the summaries written after sessions, oldest first, within the export's dates.
 */
@Component
class SessionsExport implements ExportSection {

	static final int POSITION = 600;

	private final CheckIns checkIns;

	private final SessionCalendar calendar;

	private final SessionSummaries summaries;

	private final Messages messages;

	SessionsExport(CheckIns checkIns, SessionCalendar calendar, SessionSummaries summaries, Messages messages) {
		this.checkIns = checkIns;
		this.calendar = calendar;
		this.summaries = summaries;
		this.messages = messages;
	}

	@Override
	public int position() {
		return POSITION;
	}

	@Override
	public List<ExportTable> tables(ClientAccess access, ExportPeriod period) {
		Rhythm rhythm = read(access, period);
		List<List<String>> checkIns = rhythm.checkIns()
			.stream()
			.map((checkIn) -> cells(String.valueOf(checkIn.day()), checkIn.text()))
			.toList();
		List<List<String>> sessions = rhythm.sessions()
			.stream()
			.map((session) -> cells(String.valueOf(session.date())))
			.toList();
		List<List<String>> summaries = rhythm.summaries()
			.stream()
			.map((summary) -> cells(String.valueOf(summary.writtenOn()), summary.learned(), summary.practised(),
					summary.stillHard(), summary.homeworkAgreed()))
			.toList();
		return List.of(
				new ExportTable("check-ins", word("export.checkIns.title"),
						List.of(word("export.checkIns.date"), word("export.checkIns.text")), checkIns,
						word("export.checkIns.empty")),
				new ExportTable("sessions", word("export.sessions.title"), List.of(word("export.sessions.date")),
						sessions, word("export.sessions.empty")),
				new ExportTable("session-summaries", word("export.summaries.title"),
						List.of(word("export.summaries.date"), word("sessions.summary.learned"),
								word("sessions.summary.practised"), word("sessions.summary.stillHard"),
								word("sessions.summary.homeworkAgreed")),
						summaries, word("export.summaries.empty")));
	}

	@Override
	public List<ExportPart> parts(ClientAccess access, ExportPeriod period, ExportLinks links) {
		Rhythm rhythm = read(access, period);
		return List.of(new ExportPart("checkIns", rhythm.checkIns()), new ExportPart("sessions", rhythm.sessions()),
				new ExportPart("sessionSummaries", rhythm.summaries()));
	}

	@Override
	public Map<String, String> exportedTables() {
		return Map.of("check_in", "checkIns", "session_date", "sessions", "session_summary", "sessionSummaries");
	}

	/** Check-ins, session dates and summaries in the period, oldest first. */
	private Rhythm read(ClientAccess access, ExportPeriod period) {
		return new Rhythm(
				this.checkIns.forClient(access.actor(), access.clientId())
					.stream()
					.filter((checkIn) -> period.includes(checkIn.day()))
					.sorted(Comparator.comparing(CheckIn::createdAt))
					.toList(),
				this.calendar.of(access)
					.sessions()
					.stream()
					.filter((session) -> period.includes(session.date()))
					.sorted(Comparator.comparing(SessionDate::date))
					.toList(),
				this.summaries.all(access.actor(), access.clientId())
					.stream()
					.filter((summary) -> period.includes(summary.writtenOn()))
					.sorted(Comparator.comparing(SessionSummary::createdAt))
					.toList());
	}

	private static List<String> cells(String... cells) {
		return Arrays.asList(cells);
	}

	private String word(String code) {
		return this.messages.get(code);
	}

	private record Rhythm(List<CheckIn> checkIns, List<SessionDate> sessions, List<SessionSummary> summaries) {
	}

}
