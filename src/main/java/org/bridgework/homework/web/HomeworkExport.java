package org.bridgework.homework.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.bridgework.caseload.ClientAccess;
import org.bridgework.exports.ExportPeriod;
import org.bridgework.exports.ExportSection;
import org.bridgework.exports.ExportTable;
import org.bridgework.homework.Assignment;
import org.bridgework.homework.Assignments;
import org.bridgework.homework.Entry;
import org.bridgework.homework.Skip;
import org.bridgework.homework.Timeline;
import org.bridgework.homework.Timeline.TimelineItem;
import org.bridgework.homework.web.TimelineRow.AnswerLine;
import org.bridgework.homework.web.TimelineRow.AnswerRow;
import org.bridgework.library.Template;
import org.bridgework.shared.Messages;

import org.springframework.stereotype.Component;

/**
 * The homework part of an exported record: assignments with their plans, entries with
 * their answers under the questions of the template version they were made with, and
 * skips with what got in the way. A clinician's export of a private entry keeps only its
 * date and practice, as the client page does.
 */
@Component
class HomeworkExport implements ExportSection {

	static final int POSITION = 200;

	private final Assignments assignments;

	private final Timeline timeline;

	private final ReviewWords words;

	private final Messages messages;

	HomeworkExport(Assignments assignments, Timeline timeline, ReviewWords words, Messages messages) {
		this.assignments = assignments;
		this.timeline = timeline;
		this.words = words;
		this.messages = messages;
	}

	@Override
	public int position() {
		return POSITION;
	}

	@Override
	public List<ExportTable> tables(ClientAccess access, ExportPeriod period) {
		List<Assignment> all = this.assignments.forClient(access.actor(), access.clientId());
		Map<UUID, Assignment> byId = new HashMap<>();
		Map<UUID, Template> templates = new HashMap<>();
		all.forEach((assignment) -> {
			byId.put(assignment.id(), assignment);
			templates.put(assignment.id(), this.assignments.templateOf(assignment));
		});
		List<TimelineItem> items = this.timeline.between(access, period.from(), period.to());
		return List.of(assignments(all, templates, period), entries(items, byId, templates), skips(items, byId));
	}

	private ExportTable assignments(List<Assignment> all, Map<UUID, Template> templates, ExportPeriod period) {
		List<List<String>> rows = all.stream()
			.filter((assignment) -> period.overlaps(assignment.startDate(), assignment.endDate()))
			.map((assignment) -> {
				AssignmentSummary summary = this.words.summary(assignment, templates.get(assignment.id()));
				return cells(assignment.title(), templates.get(assignment.id()).name(), assignment.goal(),
						assignment.purpose(),
						(summary.time() != null) ? summary.days() + ", " + summary.time() : summary.days(),
						assignment.cue(), assignment.place(), text(assignment.durationMinutes()),
						text(assignment.startDate()), text(assignment.endDate()),
						assignment.barriers()
							.stream()
							.map((barrier) -> this.messages.get("export.assignments.ifThen", barrier.barrier(),
									barrier.plan()))
							.collect(Collectors.joining("\n")));
			})
			.toList();
		return new ExportTable("assignments", word("export.assignments.title"),
				words("name", "template", "goal", "purpose", "schedule", "cue", "place", "minutes", "start", "end",
						"barriers")
					.stream()
					.map((code) -> word("export.assignments." + code))
					.toList(),
				rows, word("export.assignments.empty"));
	}

	private ExportTable entries(List<TimelineItem> items, Map<UUID, Assignment> byId, Map<UUID, Template> templates) {
		List<List<String>> rows = new ArrayList<>();
		for (TimelineItem item : items) {
			Entry entry = item.entry();
			if (entry == null) {
				continue;
			}
			String title = titleOf(byId.get(entry.assignmentId()));
			if (entry.answers() == null && entry.keepPrivate()) {
				rows.add(cells(text(entry.occurredOn()), title, null, null, null, null, null, null,
						word("export.entries.keptPrivate")));
				continue;
			}
			Template template = templates.get(entry.assignmentId());
			String answers = (template != null) ? answers(this.words.answers(template, entry.answers()), "") : "";
			rows.add(cells(text(entry.occurredOn()), title, minutes(entry.durationSeconds()), text(entry.quality()),
					text(entry.moodBefore()), text(entry.moodAfter()), answers, entry.note(),
					entry.keepPrivate() ? word("export.entries.private") : ""));
		}
		return new ExportTable("entries", word("export.entries.title"),
				words("date", "practice", "minutes", "quality", "moodBefore", "moodAfter", "answers", "note", "privacy")
					.stream()
					.map((code) -> word("export.entries." + code))
					.toList(),
				rows, word("export.entries.empty"));
	}

	private ExportTable skips(List<TimelineItem> items, Map<UUID, Assignment> byId) {
		List<List<String>> rows = items.stream().filter(TimelineItem::isSkip).map((item) -> {
			Skip skip = item.skip();
			return cells(text(skip.occurredOn()), titleOf(byId.get(skip.assignmentId())),
					(skip.reason() != null) ? word("skipReason." + skip.reason().name()) : null, skip.note());
		}).toList();
		return new ExportTable("skips", word("export.skips.title"),
				words("date", "practice", "reason", "note").stream()
					.map((code) -> word("export.skips." + code))
					.toList(),
				rows, word("export.skips.empty"));
	}

	/**
	 * Answers as lines of "Question: answer", a repeating answer's rows indented under
	 * it.
	 */
	private String answers(List<AnswerLine> lines, String indent) {
		List<String> out = new ArrayList<>();
		for (AnswerLine line : lines) {
			if (line.hasRows()) {
				out.add(indent + line.label() + ":");
				for (AnswerRow row : line.rows()) {
					out.add(indent + "  " + row.title() + ":");
					out.add(answers(row.answers(), indent + "    "));
				}
			}
			else {
				out.add(indent + line.label() + ": " + line.answer());
			}
		}
		return String.join("\n", out);
	}

	private String titleOf(Assignment assignment) {
		return (assignment != null) ? assignment.title() : "";
	}

	private static String minutes(Integer seconds) {
		if (seconds == null) {
			return null;
		}
		return (seconds % 60 == 0) ? String.valueOf(seconds / 60)
				: String.format(java.util.Locale.ROOT, "%.1f", seconds / 60.0);
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : null;
	}

	private static List<String> cells(String... cells) {
		return java.util.Arrays.asList(cells);
	}

	private static List<String> words(String... codes) {
		return List.of(codes);
	}

	private String word(String code) {
		return this.messages.get(code);
	}

}
