package org.bridgework.homework.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.bridgework.homework.AssignmentPlan;
import org.bridgework.homework.Barrier;
import org.bridgework.homework.PracticeIdea;
import org.bridgework.library.Template;
import org.bridgework.shared.InvalidInputException.FieldProblem;

/**
 * The assignment form exactly as typed. Everything is kept as text so that a value we
 * cannot read becomes a message next to its field, not an error page; {@link #toPlan()}
 * turns it into an {@link AssignmentPlan}.
 */
class AssignmentForm {

	static final int MIN_BARRIER_ROWS = 3;

	static final int MAX_BARRIER_ROWS = 20;

	static final String NEW_GOAL = "new";

	private String templateKey;

	private String title;

	private String goal;

	/** One of the client's goals, or {@code new} (or nothing) for the words in goal. */
	private String goalId;

	private String purpose;

	private List<String> daysOfWeek = new ArrayList<>();

	private String timeOfDay;

	private String cue;

	private String durationMinutes;

	private String startDate;

	private String endDate;

	private List<BarrierRow> barriers = new ArrayList<>();

	/** The client's own idea this homework is planned from, if any. */
	private String idea;

	/**
	 * A fresh form for a template: its name as the title, its estimated minutes as the
	 * duration, starting on the client's today.
	 */
	static AssignmentForm startingFrom(Template template, LocalDate today) {
		AssignmentForm form = new AssignmentForm();
		form.templateKey = template.key();
		form.title = template.name();
		form.durationMinutes = (template.estimatedMinutes() != null) ? template.estimatedMinutes().toString() : null;
		form.startDate = today.toString();
		form.padBarrierRows();
		return form;
	}

	/**
	 * A client's own idea, planned with a template: their words come first, as the
	 * clinician found them.
	 */
	static AssignmentForm fromIdea(Template template, PracticeIdea idea, LocalDate today) {
		AssignmentForm form = startingFrom(template, today);
		form.idea = idea.id().toString();
		form.title = idea.title();
		form.purpose = idea.why();
		form.cue = idea.whenAndCue();
		if (idea.durationMinutes() != null) {
			form.durationMinutes = idea.durationMinutes().toString();
		}
		return form;
	}

	/**
	 * Leaves room for more barriers: at least three rows, and always an empty one at the
	 * end. Rows keep their places so that messages stay next to the right row.
	 */
	void padBarrierRows() {
		this.barriers.replaceAll((row) -> (row != null) ? row : new BarrierRow());
		while (this.barriers.size() < MIN_BARRIER_ROWS || !this.barriers.get(this.barriers.size() - 1).isBlank()) {
			this.barriers.add(new BarrierRow());
		}
	}

	ParsedPlan toPlan() {
		List<FieldProblem> problems = new ArrayList<>();
		List<Barrier> planned = new ArrayList<>();
		List<Integer> rows = new ArrayList<>();
		for (int i = 0; i < this.barriers.size(); i++) {
			BarrierRow row = this.barriers.get(i);
			if (row != null && !row.isBlank()) {
				planned.add(new Barrier(row.getBarrier(), row.getPlan()));
				rows.add(i);
			}
		}
		AssignmentPlan plan = new AssignmentPlan(this.templateKey, this.title, this.goal, this.purpose,
				new LinkedHashSet<>(this.daysOfWeek), parse("timeOfDay", this.timeOfDay, LocalTime::parse, problems),
				this.cue, parseMinutes(problems), parse("startDate", this.startDate, LocalDate::parse, problems),
				parse("endDate", this.endDate, LocalDate::parse, problems), planned, goalChosen(problems));
		return new ParsedPlan(plan, problems, rows);
	}

	private UUID goalChosen(List<FieldProblem> problems) {
		if (this.goalId == null || this.goalId.isBlank() || NEW_GOAL.equals(this.goalId)) {
			return null;
		}
		try {
			return UUID.fromString(this.goalId.trim());
		}
		catch (IllegalArgumentException ex) {
			problems.add(FieldProblem.of("goalId", "validation.goal.unknown"));
			return null;
		}
	}

	/** Whether the form chose this goal; a new goal when none is chosen. */
	public boolean choseGoal(String id) {
		String chosen = (this.goalId == null || this.goalId.isBlank()) ? NEW_GOAL : this.goalId;
		return chosen.equals(id);
	}

	public boolean hasDay(String day) {
		return this.daysOfWeek.contains(day);
	}

	private Integer parseMinutes(List<FieldProblem> problems) {
		return parse("durationMinutes", this.durationMinutes, Integer::valueOf, problems);
	}

	private static <T> T parse(String field, String text, Function<String, T> parser, List<FieldProblem> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return parser.apply(text.trim());
		}
		catch (DateTimeParseException | NumberFormatException ex) {
			problems.add(FieldProblem.of(field, "review.validation." + field));
			return null;
		}
	}

	public String getTemplateKey() {
		return this.templateKey;
	}

	public void setTemplateKey(String templateKey) {
		this.templateKey = templateKey;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getGoal() {
		return this.goal;
	}

	public void setGoal(String goal) {
		this.goal = goal;
	}

	public String getGoalId() {
		return this.goalId;
	}

	public void setGoalId(String goalId) {
		this.goalId = goalId;
	}

	public String getPurpose() {
		return this.purpose;
	}

	public void setPurpose(String purpose) {
		this.purpose = purpose;
	}

	public List<String> getDaysOfWeek() {
		return this.daysOfWeek;
	}

	public void setDaysOfWeek(List<String> daysOfWeek) {
		this.daysOfWeek = (daysOfWeek != null) ? daysOfWeek : new ArrayList<>();
	}

	public String getTimeOfDay() {
		return this.timeOfDay;
	}

	public void setTimeOfDay(String timeOfDay) {
		this.timeOfDay = timeOfDay;
	}

	public String getCue() {
		return this.cue;
	}

	public void setCue(String cue) {
		this.cue = cue;
	}

	public String getDurationMinutes() {
		return this.durationMinutes;
	}

	public void setDurationMinutes(String durationMinutes) {
		this.durationMinutes = durationMinutes;
	}

	public String getStartDate() {
		return this.startDate;
	}

	public void setStartDate(String startDate) {
		this.startDate = startDate;
	}

	public String getEndDate() {
		return this.endDate;
	}

	public void setEndDate(String endDate) {
		this.endDate = endDate;
	}

	public String getIdea() {
		return this.idea;
	}

	public void setIdea(String idea) {
		this.idea = idea;
	}

	public List<BarrierRow> getBarriers() {
		return this.barriers;
	}

	public void setBarriers(List<BarrierRow> barriers) {
		this.barriers = (barriers != null) ? barriers : new ArrayList<>();
	}

	/**
	 * One "what could get in the way, and what then" row. A row left empty is ignored.
	 */
	public static class BarrierRow {

		private String barrier;

		private String plan;

		public String getBarrier() {
			return this.barrier;
		}

		public void setBarrier(String barrier) {
			this.barrier = barrier;
		}

		public String getPlan() {
			return this.plan;
		}

		public void setPlan(String plan) {
			this.plan = plan;
		}

		boolean isBlank() {
			return (this.barrier == null || this.barrier.isBlank()) && (this.plan == null || this.plan.isBlank());
		}

	}

}
