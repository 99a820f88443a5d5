package org.bridgework.homework.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.bridgework.caseload.ClientAccess;
import org.bridgework.exports.ExportLinks;
import org.bridgework.exports.ExportPart;
import org.bridgework.exports.ExportPeriod;
import org.bridgework.exports.ExportSection;
import org.bridgework.exports.ExportTable;
import org.bridgework.homework.Assignment;
import org.bridgework.homework.AttachmentFile;
import org.bridgework.homework.Attachments;
import org.bridgework.homework.Assignments;
import org.bridgework.homework.Entry;
import org.bridgework.homework.GuidedAudio;
import org.bridgework.homework.PlanProposal;
import org.bridgework.homework.PlanRevision;
import org.bridgework.homework.Plans;
import org.bridgework.homework.PracticeIdea;
import org.bridgework.homework.PracticeIdeas;
import org.bridgework.homework.Skip;
import org.bridgework.homework.Timeline;
import org.bridgework.homework.Timeline.TimelineItem;
import org.bridgework.homework.web.TimelineRow.AnswerLine;
import org.bridgework.homework.web.TimelineRow.AnswerRow;
import org.bridgework.identity.CurrentUser;
import org.bridgework.library.Template;
import org.bridgework.shared.Messages;

import org.springframework.stereotype.Component;

/**
 * The homework part of an exported record: assignments with their plans, entries with
 * their answers under the questions of the template version they were made with, and
 * skips with what got in the way. A clinician's export of a private entry keeps only its
 * date and practice, as the client page does. The JSON export adds what the tables leave
 * out: each plan's history and the client's proposals, the guided recordings and the
 * client's files (as links), and the practices the client thought of themselves.
 */
@Component
class HomeworkExport implements ExportSection {

	static final int POSITION = 200;

	private final Assignments assignments;

	private final Timeline timeline;

	private final Plans plans;

	private final GuidedAudio guidedAudio;

	private final Attachments attachments;

	private final PracticeIdeas ideas;

	private final ReviewWords words;

	private final Messages messages;

	HomeworkExport(Assignments assignments, Timeline timeline, Plans plans, GuidedAudio guidedAudio,
			Attachments attachments, PracticeIdeas ideas, ReviewWords words, Messages messages) {
		this.assignments = assignments;
		this.timeline = timeline;
		this.plans = plans;
		this.guidedAudio = guidedAudio;
		this.attachments = attachments;
		this.ideas = ideas;
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

	/**
	 * Every assignment the period touches with its template, guided recording, plan
	 * history and proposals (newest first); entries and skips in the period; the files
	 * the caller may open, with links; and the client's own practice ideas.
	 */
	@Override
	public List<ExportPart> parts(ClientAccess access, ExportPeriod period, ExportLinks links) {
		CurrentUser actor = access.actor();
		List<AssignmentPart> assignments = this.assignments.forClient(actor, access.clientId())
			.stream()
			.filter((assignment) -> period.overlaps(assignment.startDate(), assignment.endDate()))
			.map((assignment) -> {
				Template template = this.assignments.templateOf(assignment);
				RecordingPart recording = this.guidedAudio.of(actor, assignment.id())
					.map((found) -> new RecordingPart(found.mediaType(), found.size(), found.uploadedAt(),
							links.to("/assignments/" + assignment.id() + "/guided-audio",
									"/api/v1/assignments/" + assignment.id() + "/guided-audio")))
					.orElse(null);
				return new AssignmentPart(assignment, template.name(), template.version(), recording,
						this.plans.history(actor, assignment.id()), this.plans.proposals(actor, assignment.id()));
			})
			.toList();
		List<TimelineItem> items = this.timeline.between(access, period.from(), period.to());
		Set<UUID> entryIds = items.stream()
			.filter((item) -> item.entry() != null)
			.map((item) -> item.entry().id())
			.collect(Collectors.toSet());
		List<FilePart> files = this.attachments.inRecord(access)
			.stream()
			.filter((file) -> (file.entryId() != null) ? entryIds.contains(file.entryId())
					: period.includes(file.uploadedAt().atZone(access.timezone()).toLocalDate()))
			.map((file) -> new FilePart(file,
					links.to("/attachments/" + file.id(), "/api/v1/attachments/" + file.id())))
			.toList();
		List<PracticeIdea> ideas = this.ideas.forClient(actor, access.clientId())
			.stream()
			.filter((idea) -> period.includes(idea.createdAt().atZone(access.timezone()).toLocalDate()))
			.toList();
		return List.of(new ExportPart("assignments", assignments),
				new ExportPart("entries", items.stream().map(TimelineItem::entry).filter(Objects::nonNull).toList()),
				new ExportPart("skips", items.stream().map(TimelineItem::skip).filter(Objects::nonNull).toList()),
				new ExportPart("attachments", files), new ExportPart("practiceIdeas", ideas));
	}

	@Override
	public Map<String, String> exportedTables() {
		return Map.of("assignment", "assignments", "guided_audio", "assignments", "plan_revision", "assignments",
				"plan_proposal", "assignments", "entry", "entries", "skip", "skips", "attachment", "attachments",
				"practice_idea", "practiceIdeas");
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

	/**
	 * An assignment with what belongs to it.
	 *
	 * @param templateName the name of the template version it was given
	 * @param guidedRecording the clinician's recording for it, or null
	 * @param planHistory every change to its plan, newest first
	 * @param proposals the client's proposed changes and what became of them, newest
	 * first
	 */
	record AssignmentPart(@JsonUnwrapped Assignment assignment, String templateName, int templateVersion,
			RecordingPart guidedRecording, List<PlanRevision> planHistory, List<PlanProposal> proposals) {
	}

	/** A guided recording, without its sound: what it is and where to play it. */
	record RecordingPart(String mediaType, int size, Instant uploadedAt, String url) {
	}

	/**
	 * A drawing, photo or voice note, without its bytes: what it is and where to open it.
	 */
	record FilePart(@JsonUnwrapped AttachmentFile file, String url) {
	}

}
