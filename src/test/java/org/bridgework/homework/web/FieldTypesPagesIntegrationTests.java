package org.bridgework.homework.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bridgework.caseload.Clients;

import org.bridgework.homework.AssignmentPlan;
import org.bridgework.homework.Assignments;
import org.bridgework.homework.EntryRequest;
import org.bridgework.homework.Practice;
import org.bridgework.identity.Accounts;
import org.bridgework.identity.CurrentUser;

import org.bridgework.testing.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every kind of template question on the real pages, through the test-only template
 * {@code test-all-field-types} (src/test/resources/library): the client's form draws each
 * one, saves typed answers, keeps problems next to their question, grows a repeating
 * field without JavaScript, and the clinician reads the answers under their labels.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FieldTypesPagesIntegrationTests {

	private static final String TEMPLATE = "test-all-field-types";

	private static final String ZONE = "Europe/London";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Accounts accounts;

	@Autowired
	private Clients clients;

	@Autowired
	private Assignments assignments;

	@Autowired
	private Practice practice;

	private CurrentUser clinician;

	private UUID clientId;

	private CurrentUser client;

	private UUID assignmentId;

	private LocalDate today;

	private TestPeople people;

	@BeforeEach
	void clinicianAssignsTheTemplateWithEveryFieldType() {
		this.people = new TestPeople(this.accounts, this.clients);
		this.clinician = this.people.clinician();
		TestPeople.Client added = this.people.clientOf(this.clinician, "Sam", ZONE);
		this.clientId = added.id();
		this.client = added.user();
		this.today = LocalDate.now(ZoneId.of(ZONE));
		this.assignmentId = this.assignments.assign(this.clinician, this.clientId,
				new AssignmentPlan(TEMPLATE, "Every kind of question", null, null, Set.of("MON"), null, null, null,
						this.today.minusDays(7), null, List.of()));
	}

	@Test
	void practicePage_drawsEveryFieldTypeWithItsLabel() throws Exception {
		String body = page(get("/practice/" + this.assignmentId));

		assertThat(body).contains("Sum it up in a few words", "What happened?", "How strong was it?",
				"How long did it last?", "Where were you?", "What did you feel?", "Which steps did you do?",
				"Your mood now", "Did it help?", "Which day was it?", "What time did it start?", "Moments you noticed",
				"Where did it happen?");
		assertThat(tag(body, "answers-headline")).contains("type=\"text\"", "name=\"answers.headline\"");
		assertThat(body).contains("<textarea id=\"answers-story\" name=\"answers.story\"")
			.contains("id=\"answers-strength-10\" name=\"answers.strength\"")
			.contains("<label for=\"answers-minutes\">");
		assertThat(tag(body, "answers-minutes")).contains("type=\"number\"");
		assertThat(tag(body, "answers-place-1")).contains("type=\"radio\"", "value=\"work\"");
		assertThat(tag(body, "answers-feelings-2")).contains("type=\"checkbox\"", "value=\"calm\"");
		assertThat(body).contains("<fieldset class=\"mood\" id=\"answers-mood\"")
			.contains("<label for=\"answers-helped-0\">");

		// Checklist: a group of checkboxes under its question, with its help.
		assertThat(body).contains("<fieldset class=\"choices checklist\" id=\"answers-stepsDone\"")
			.contains("<legend>", "Tick the ones you got to. Any amount counts.")
			.contains("<label for=\"answers-stepsDone-1\" class=\"choice\">");
		assertThat(tag(body, "answers-stepsDone-1")).contains("type=\"checkbox\"", "name=\"answers.stepsDone\"",
				"value=\"named-it\"");
		assertThat(body).contains("<span>Named the feeling</span>");

		// Date and time: the browser's own pickers, each with a label.
		assertThat(body).contains("<label for=\"answers-day\">", "<label for=\"answers-startedAt\">");
		assertThat(tag(body, "answers-day")).contains("type=\"date\"", "name=\"answers.day\"");
		assertThat(tag(body, "answers-startedAt")).contains("type=\"time\"", "name=\"answers.startedAt\"");

		// Repeating: one row to start with, its questions named by row, and a real button
		// for another row.
		assertThat(body).contains("<fieldset class=\"repeating\" id=\"answers-situations\"")
			.contains("<fieldset class=\"repeating-row\" id=\"answers-situations-0\">")
			.contains("<legend>Situation 1</legend>")
			.doesNotContain("Situation 2")
			.contains("<label for=\"answers-situations-0-where\">")
			.contains("<select id=\"answers-situations-0-intensity\" name=\"answers.situations[0].intensity\"")
			.contains("name=\"rowsShown.situations\" value=\"1\"");
		assertThat(tag(body, "answers-situations-0-where")).contains("type=\"text\"",
				"name=\"answers.situations[0].where\"");
		assertThat(addRowButton(body))
			.contains("type=\"submit\"", "name=\"addRow\"", "value=\"situations\"",
					"formaction=\"/practice/" + this.assignmentId + "#answers-situations-1\"")
			.endsWith(">Add another situation</button>");
		// Enter in a text box saves rather than adding a row.
		assertThat(body.indexOf("tabindex=\"-1\" aria-hidden=\"true\">Save</button>"))
			.isBetween(body.indexOf("<form class=\"card entry-form\""), body.indexOf("id=\"answers-headline\""));
	}

	@Test
	void aValidEntry_storesEveryAnswerAsItsType() throws Exception {
		MultiValueMap<String, String> form = entry();
		form.add("answers.headline", "A tense meeting");
		form.add("answers.story", "My manager asked for a chat.");
		form.add("answers.strength", "7");
		form.add("answers.minutes", "20");
		form.add("answers.place", "work");
		form.add("answers.feelings", "worried");
		form.add("answers.feelings", "sad");
		form.add("answers.stepsDone", "paused");
		form.add("answers.stepsDone", "wrote-it");
		form.add("answers.mood", "3");
		form.add("answers.helped", "yes");
		form.add("answers.day", "2026-03-03");
		form.add("answers.startedAt", "07:30");
		form.add("rowsShown.situations", "3");
		form.add("answers.situations[0].where", "On the bus");
		form.add("answers.situations[0].intensity", "40");
		form.add("answers.situations[1].where", "");
		form.add("answers.situations[1].intensity", "");
		form.add("answers.situations[2].where", "At my desk");
		form.add("answers.situations[2].intensity", "");

		this.mvc.perform(as(post("/practice/" + this.assignmentId)).params(form))
			.andExpect(redirectedUrl("/today?saved"));

		assertThat(this.practice.entries(this.client, this.assignmentId)).singleElement()
			.satisfies((entry) -> assertThat(entry.answers()).containsEntry("headline", "A tense meeting")
				.containsEntry("story", "My manager asked for a chat.")
				.containsEntry("strength", 7)
				.containsEntry("minutes", 20)
				.containsEntry("place", "work")
				.containsEntry("feelings", List.of("worried", "sad"))
				.containsEntry("stepsDone", List.of("paused", "wrote-it"))
				.containsEntry("mood", 3)
				.containsEntry("helped", true)
				.containsEntry("day", "2026-03-03")
				.containsEntry("startedAt", "07:30")
				.containsEntry("situations",
						List.of(Map.of("where", "On the bus", "intensity", 40), Map.of("where", "At my desk")))
				.hasSize(12));
	}

	@Test
	void anInvalidEntry_showsEachProblemNextToItsQuestionAndStoresNothing() throws Exception {
		MultiValueMap<String, String> form = entry();
		form.add("answers.headline", "Kept as typed");
		form.add("answers.day", "2026-02-30");
		form.add("answers.stepsDone", "paused");
		form.add("answers.stepsDone", "flew-away");
		form.add("rowsShown.situations", "2");
		// The first row is left blank, so the row missing its place is the first filled
		// one.
		form.add("answers.situations[0].where", "");
		form.add("answers.situations[1].where", " ");
		form.add("answers.situations[1].intensity", "45");

		String body = this.mvc.perform(as(post("/practice/" + this.assignmentId)).params(form))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(errorAfter(body, "answers-day")).isEqualTo("Please enter a real date, like 2026-03-14.");
		assertThat(errorAfter(body, "answers-stepsDone")).isEqualTo("Please tick only the items on this list.");
		assertThat(errorAfter(body, "answers-situations-0-where")).isEqualTo("Please fill this in.");
		assertThat(tag(body, "answers-day")).contains("aria-invalid=\"true\"",
				"aria-describedby=\"answers-day-error\"");
		assertThat(tag(body, "answers-situations-0-where")).contains("aria-invalid=\"true\"",
				"aria-describedby=\"answers-situations-0-where-error\"");
		assertThat(body).contains("href=\"#answers-situations-0-where\"", "href=\"#answers-day\"",
				"href=\"#answers-stepsDone\"");
		// What was typed is still there, and the filled row now comes first, where its
		// problem is shown.
		assertThat(tag(body, "answers-headline")).contains("value=\"Kept as typed\"");
		assertThat(tag(body, "answers-stepsDone-0")).contains("checked");
		assertThat(body).contains("<option value=\"45\" selected=\"selected\">45</option>")
			.contains("name=\"answers.situations[0].intensity\"")
			.doesNotContain("name=\"answers.situations[1].intensity\"")
			.doesNotContain("answers-situations-1-where-error");
		assertThat(this.practice.entries(this.client, this.assignmentId)).isEmpty();
	}

	@Test
	void addAnother_showsOneMoreRowKeepsWhatWasTypedAndSavesNothing() throws Exception {
		MultiValueMap<String, String> form = entry();
		form.add("answers.headline", "Still here");
		form.add("answers.stepsDone", "named-it");
		form.add("rowsShown.situations", "1");
		form.add("answers.situations[0].where", "On the bus");
		form.add("answers.situations[0].intensity", "60");
		form.add("addRow", "situations");

		String body = page(as(post("/practice/" + this.assignmentId)).params(form));

		assertThat(body).contains("<legend>Situation 1</legend>", "<legend>Situation 2</legend>")
			.doesNotContain("Situation 3")
			.contains("name=\"rowsShown.situations\" value=\"2\"")
			.contains("<option value=\"60\" selected=\"selected\">60</option>")
			.doesNotContain("field-error")
			.doesNotContain("notice-error");
		assertThat(tag(body, "answers-situations-0-where")).contains("value=\"On the bus\"");
		assertThat(tag(body, "answers-situations-1-where")).contains("value=\"\"");
		assertThat(tag(body, "answers-headline")).contains("value=\"Still here\"");
		assertThat(tag(body, "answers-stepsDone-1")).contains("checked");
		assertThat(addRowButton(body)).contains("#answers-situations-2\"");
		assertThat(this.practice.entries(this.client, this.assignmentId)).isEmpty();
	}

	@Test
	void addAnother_stopsAtTheMostRowsTheFieldTakes() throws Exception {
		MultiValueMap<String, String> form = entry();
		form.add("rowsShown.situations", "2");
		form.add("answers.situations[0].where", "One");
		form.add("answers.situations[1].where", "Two");
		form.add("addRow", "situations");

		String body = page(as(post("/practice/" + this.assignmentId)).params(form));

		assertThat(body).contains("<legend>Situation 3</legend>")
			.doesNotContain("name=\"addRow\"")
			.contains("That&#39;s as many as this form takes at once.");
		assertThat(this.practice.entries(this.client, this.assignmentId)).isEmpty();
	}

	@Test
	void clinicianPage_showsEachAnswerReadablyUnderItsLabel() throws Exception {
		this.practice.record(this.client, this.assignmentId, UUID.randomUUID().toString(),
				new EntryRequest(this.today,
						Map.of("stepsDone", List.of("paused", "wrote-it"), "day", "2026-03-03", "startedAt", "07:30",
								"helped", false, "situations",
								List.of(Map.of("where", "On the bus", "intensity", 40), Map.of("where", "At my desk"))),
						null, null, null, null, null, false, false));

		String body = this.mvc.perform(get("/clients/" + this.clientId).with(TestPeople.signedIn(this.clinician)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		String day = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH).format(LocalDate.of(2026, 3, 3));
		assertThat(body).contains("<dt>Which steps did you do?</dt>")
			.contains("<dd>Paused for a breath, Wrote it down</dd>")
			.contains("<dt>Which day was it?</dt>")
			.contains("<dd>" + day + "</dd>")
			.contains("<dt>What time did it start?</dt>")
			.contains("<dd>07:30</dd>")
			.contains("<dt>Did it help?</dt>")
			.contains("<dt>Moments you noticed</dt>");
		String rows = body.substring(body.indexOf("class=\"answer-rows\""));
		assertThat(rows).containsSubsequence("<h4>Situation 1</h4>", "<dt>Where did it happen?</dt>",
				"<dd>On the bus</dd>", "<dt>How strong was it?</dt>", "<dd>40 (on a scale of 0 to 100)</dd>",
				"<h4>Situation 2</h4>", "<dt>Where did it happen?</dt>", "<dd>At my desk</dd>");
	}

	/** The opening tag of the element with this id. */
	private static String tag(String html, String id) {
		Matcher tag = Pattern.compile("<[a-z]+[^>]*\\sid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
		assertThat(tag.find()).as("an element with id %s", id).isTrue();
		return tag.group();
	}

	/**
	 * The error text shown for a question: the element with its error id, which must come
	 * after the question itself and before the next question.
	 */
	private static String errorAfter(String html, String id) {
		int question = html.indexOf("id=\"" + id + "\"");
		Matcher error = Pattern
			.compile("<p class=\"field-error\" id=\"" + Pattern.quote(id + "-error") + "\">\\s*([^<]*?)\\s*</p>")
			.matcher(html);
		assertThat(error.find()).as("an error for %s", id).isTrue();
		assertThat(question).as("the question %s", id).isNotNegative().isLessThan(error.start());
		return error.group(1).replace("&#39;", "'");
	}

	private static String addRowButton(String html) {
		Matcher button = Pattern.compile("<button[^>]*name=\"addRow\"[^>]*>[^<]*</button>").matcher(html);
		assertThat(button.find()).as("an add-row button").isTrue();
		return button.group();
	}

	private MultiValueMap<String, String> entry() {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("idempotencyKey", UUID.randomUUID().toString());
		form.add("occurredOn", this.today.toString());
		return form;
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(TestPeople.signedIn(this.client)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
		return request.with(TestPeople.signedIn(this.client)).with(csrf());
	}

}
