package org.bridgework.homework.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.bridgework.caseload.Clients;

import org.bridgework.homework.AssignmentPlan;
import org.bridgework.homework.Assignments;
import org.bridgework.homework.Barrier;
import org.bridgework.homework.Entry;
import org.bridgework.homework.Practice;
import org.bridgework.homework.SkipReason;
import org.bridgework.identity.Accounts;
import org.bridgework.identity.CurrentUser;

import org.bridgework.testing.TestPeople;
import org.bridgework.shared.FormErrors;
import org.bridgework.shared.InvalidInputException;
import org.bridgework.shared.Messages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

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
 * The client's pages end to end on the real database: today's list, recording a practice,
 * a refused entry, saying it didn't happen, and someone else's practice.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ClientPagesIntegrationTests {

	private static final String ZONE = "Europe/London";

	private static final String TITLE = "One minute of breathing";

	private static final Pattern KEY = Pattern.compile("name=\"idempotencyKey\" value=\"([^\"]+)\"");

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

	@Autowired
	private ITemplateEngine templates;

	@Autowired
	private Messages messages;

	private CurrentUser clinician;

	private UUID clientId;

	private CurrentUser client;

	private UUID assignmentId;

	private LocalDate today;

	private TestPeople people;

	@BeforeEach
	void clinicianAssignsDailyBreathing() {
		this.people = new TestPeople(this.accounts, this.clients);
		this.clinician = this.people.clinician();
		TestPeople.Client added = this.people.clientOf(this.clinician, "Sam", ZONE);
		this.clientId = added.id();
		this.client = added.user();
		this.today = LocalDate.now(ZoneId.of(ZONE));
		this.assignmentId = this.assignments.assign(this.clinician, this.clientId,
				new AssignmentPlan("mindful-breathing", TITLE, "Notice worry before it snowballs",
						"Practise coming back to the breath", Set.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"),
						LocalTime.of(8, 0), "After I brush my teeth", 1, this.today.minusDays(7), null,
						List.of(new Barrier("Too sleepy", "Do it standing by the window"))));
	}

	@Test
	void today_listsTheAssignmentDueWithItsCueAndAButtonToOpenIt() throws Exception {
		String body = page(get("/today"));

		assertThat(body).contains(TITLE)
			.contains("After I brush my teeth")
			.contains("To do")
			.contains("/practice/" + this.assignmentId + "?date=" + this.today)
			.contains("Your practices");
	}

	@Test
	void practicePage_showsPurposeStepsBarriersTimerAndTheTemplateFields() throws Exception {
		String body = page(get("/practice/" + this.assignmentId).param("date", this.today.toString()));

		assertThat(body).contains("Practise coming back to the breath")
			.contains("<details")
			.contains("Too sleepy")
			.contains("My plan: Do it standing by the window")
			.contains("data-timer")
			.contains("/js/practice-timer.js")
			.contains("name=\"answers.mindWandering\"")
			.contains("<textarea id=\"answers-breathNotes\"")
			.contains("I felt overwhelmed")
			.contains("action=\"/practice/" + this.assignmentId + "#record-title\"")
			.contains("action=\"/practice/" + this.assignmentId + "/skip#skip\"");
		assertThat(KEY.matcher(body).find()).isTrue();
	}

	@Test
	void breathingPractice_hasAHiddenBreathingGuideWithItsSecondsAndWords() throws Exception {
		String body = page(get("/practice/" + this.assignmentId));

		assertThat(body).contains("class=\"card pacer\" hidden")
			.contains("data-pacer")
			.contains("data-inhale=\"4\"")
			.contains("data-hold=\"0\"")
			.contains("data-exhale=\"6\"")
			.contains("data-msg-in=\"Breathe in\"")
			.contains("data-msg-hold=\"Hold\"")
			.contains("data-msg-out=\"Breathe out\"")
			.contains("data-msg-started=\"Breathing guide started: in for 4, out for 6.\"")
			.contains("data-msg-stopped=\"Breathing guide stopped.\"")
			.contains("Breathing guide")
			.contains("data-pacer-start")
			.contains("data-pacer-stop")
			.contains("aria-live=\"polite\" data-pacer-status")
			.contains("/js/breathing-pacer.js")
			.doesNotContain("style=");
	}

	@Test
	void breathingGuideWithAHold_announcesTheHoldToo() throws Exception {
		String body = page(get("/practice/" + assignToClient("three-breath-pause")));

		assertThat(body).contains("data-hold=\"2\"")
			.contains("data-msg-started=\"Breathing guide started: in for 4, hold for 2, out for 6.\"");
	}

	@Test
	void practiceWithoutPacer_hasNoBreathingGuideNorItsScript() throws Exception {
		String body = page(get("/practice/" + assignToClient("mood-log")));

		assertThat(body).doesNotContain("data-pacer")
			.doesNotContain("breathing-pacer.js")
			.doesNotContain("Breathing guide");
	}

	@Test
	void postingAValidEntry_redirectsWithThanksAndTodayShowsItDone() throws Exception {
		this.mvc.perform(as(post("/practice/" + this.assignmentId)).params(validEntry(UUID.randomUUID().toString())))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/today?saved"));

		String body = page(get("/today").param("saved", ""));

		assertThat(body).contains("Saved. Nice work taking time for this.")
			.contains("badge-done")
			.contains("You made time for this today.")
			.doesNotContain("To do");
		List<Entry> entries = this.practice.entries(this.client, this.assignmentId);
		assertThat(entries).singleElement().satisfies((entry) -> {
			assertThat(entry.answers()).containsEntry("mindWandering", "a-few-times")
				.containsEntry("breathNotes", "Slow and deep");
			assertThat(entry.durationSeconds()).isEqualTo(75);
			assertThat(entry.quality()).isEqualTo(4);
			assertThat(entry.moodBefore()).isEqualTo(3);
			assertThat(entry.moodAfter()).isEqualTo(6);
			assertThat(entry.flagForSession()).isTrue();
			assertThat(entry.keepPrivate()).isFalse();
		});
	}

	@Test
	void afterAHardPractice_todayOffersASelfCareStepWithCrisisResourcesOneTapAway() throws Exception {
		MultiValueMap<String, String> lowerMood = validEntry(UUID.randomUUID().toString());
		lowerMood.set("moodBefore", "6");
		lowerMood.set("moodAfter", "3");

		this.mvc.perform(as(post("/practice/" + this.assignmentId)).params(lowerMood))
			.andExpect(redirectedUrl("/today?saved&care"));
		String body = page(get("/today").param("saved", "").param("care", ""));

		assertThat(body).contains("Take a moment for yourself")
			.contains("That sounded like a hard practice.")
			.contains("A three-breath pause")
			.contains("Name five things you can see.")
			.contains("href=\"/help\">See crisis resources now</a>");
		assertThat(page(get("/today").param("saved", ""))).doesNotContain("Take a moment for yourself");
	}

	@Test
	void helpPage_isOpenWithoutSigningInAndEveryPageSaysItIsNotForEmergencies() throws Exception {
		String help = this.mvc.perform(get("/help"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(help).contains("<h1>Need help now?</h1>")
			.contains("href=\"tel:988\"")
			.contains("href=\"sms:988\"")
			.contains("href=\"tel:116123\">Call 116 123</a>")
			.contains("href=\"https://www.samaritans.org\"")
			.contains("Name five things you can see.");
		assertThat(page(get("/today"))).contains("Bridgework is not watched in real time and is not for emergencies.")
			.contains("href=\"/help\">Need help now?</a>");
	}

	@Test
	void postingTheSameFormTwice_storesOneEntry() throws Exception {
		Matcher key = KEY.matcher(page(get("/practice/" + this.assignmentId)));
		assertThat(key.find()).isTrue();
		MultiValueMap<String, String> form = validEntry(key.group(1));

		for (int i = 0; i < 2; i++) {
			this.mvc.perform(as(post("/practice/" + this.assignmentId)).params(form))
				.andExpect(redirectedUrl("/today?saved"));
		}

		assertThat(this.practice.entries(this.client, this.assignmentId)).hasSize(1);
	}

	@Test
	void aKeyReusedForOtherAnswers_keepsTheFormWithANewKeyAndStoresNothingNew() throws Exception {
		String key = UUID.randomUUID().toString();
		this.mvc.perform(as(post("/practice/" + this.assignmentId)).params(validEntry(key)))
			.andExpect(redirectedUrl("/today?saved"));
		MultiValueMap<String, String> changed = validEntry(key);
		changed.set("note", "Changed my mind");

		String body = this.mvc.perform(as(post("/practice/" + this.assignmentId)).params(changed))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(body).contains(">Changed my mind</textarea>").contains("This form was already sent once");
		Matcher newKey = KEY.matcher(body);
		assertThat(newKey.find()).isTrue();
		assertThat(newKey.group(1)).isNotEqualTo(key);
		assertThat(this.practice.entries(this.client, this.assignmentId)).hasSize(1);
	}

	@Test
	void anInvalidEntry_comesBackWithWhatWasWrittenAndErrorsAndStoresNothing() throws Exception {
		MultiValueMap<String, String> form = validEntry(UUID.randomUUID().toString());
		form.set("quality", "9");
		form.remove("answers.mindWandering");
		form.set("note", "I wrote this & it matters");

		String body = this.mvc.perform(as(post("/practice/" + this.assignmentId)).params(form))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(body).contains(">I wrote this &amp; it matters</textarea>")
			.contains(">Slow and deep</textarea>")
			.contains("Please choose a number from 1 to 5.")
			.contains("id=\"quality-error\"")
			.contains("id=\"answers-mindWandering-error\"")
			.contains("Please fill this in.")
			.contains("aria-invalid=\"true\"");
		assertThat(this.practice.entries(this.client, this.assignmentId)).isEmpty();
	}

	@Test
	void anUnreadableNumber_isAFieldErrorAndStoresNothing() throws Exception {
		MultiValueMap<String, String> form = validEntry(UUID.randomUUID().toString());
		form.set("durationMinutes", "about one");

		String body = this.mvc.perform(as(post("/practice/" + this.assignmentId)).params(form))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(body).contains("id=\"durationSeconds-error\"").contains("value=\"about one\"");
		assertThat(this.practice.entries(this.client, this.assignmentId)).isEmpty();
	}

	@Test
	void skipForm_storesTheSkipWithItsReasonAndTodaySaysThanks() throws Exception {
		this.mvc
			.perform(as(post("/practice/" + this.assignmentId + "/skip")).param("reason", "OVERWHELMED")
				.param("occurredOn", this.today.toString())
				.param("note", "Long day")
				.param("idempotencyKey", UUID.randomUUID().toString()))
			.andExpect(redirectedUrl("/today?skipped=" + this.assignmentId));

		assertThat(this.practice.skips(this.client, this.assignmentId)).singleElement().satisfies((skip) -> {
			assertThat(skip.reason()).isEqualTo(SkipReason.OVERWHELMED);
			assertThat(skip.note()).isEqualTo("Long day");
			assertThat(skip.occurredOn()).isEqualTo(this.today);
		});
		assertThat(page(get("/today").param("skipped", this.assignmentId.toString())))
			.contains("Thanks for letting us know.")
			.contains("badge-skipped")
			.contains("You planned for moments like this", "Too sleepy", "Do it standing by the window");
	}

	@Test
	void skipWithoutAReason_comesBackOpenWithTheNoteAndStoresNothing() throws Exception {
		String body = this.mvc
			.perform(as(post("/practice/" + this.assignmentId + "/skip")).param("occurredOn", this.today.toString())
				.param("note", "Kids were sick")
				.param("idempotencyKey", UUID.randomUUID().toString()))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(body).contains(">Kids were sick</textarea>")
			.contains("There is no wrong answer.")
			.contains("<details id=\"skip\" class=\"card skip\" open");
		assertThat(this.practice.skips(this.client, this.assignmentId)).isEmpty();
	}

	@Test
	void anotherClient_cannotOpenThisClientsPractice() throws Exception {
		CurrentUser stranger = this.people.clientOf(this.people.clinician(), "Sam", ZONE).user();

		String body = this.mvc.perform(get("/practice/" + this.assignmentId).with(TestPeople.signedIn(stranger)))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(body).contains("We couldn&#39;t find that practice").doesNotContain(TITLE).doesNotContain("brush");
		this.mvc
			.perform(post("/practice/" + this.assignmentId).params(validEntry(UUID.randomUUID().toString()))
				.with(TestPeople.signedIn(stranger))
				.with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(this.practice.entries(this.client, this.assignmentId)).isEmpty();
	}

	@Test
	void everyBuiltInTemplate_rendersItsFieldsAsAccessibleControls() throws Exception {
		String moodLog = page(get("/practice/" + assignToClient("mood-log")));
		String thoughtRecord = page(get("/practice/" + assignToClient("thought-record")));
		String gratitude = page(get("/practice/" + assignToClient("gratitude-journal")));
		String experiment = page(get("/practice/" + assignToClient("behavioral-experiment")));

		assertThat(moodLog).contains("<fieldset class=\"mood\" id=\"answers-mood\"")
			.contains("class=\"mood-word\">Very low</span>")
			.contains("class=\"mood-word\">Very good</span>")
			.contains("d=\"M7.5 17.5 Q12 12.5 16.5 17.5\"", "d=\"M8 15.5 L16 15.5\"",
					"d=\"M7.5 13.5 Q12 19.5 16.5 13.5\"")
			.doesNotContain("data-timer");
		assertThat(thoughtRecord)
			.contains("<select id=\"answers-situations-0-emotionBefore\" name=\"answers.situations[0].emotionBefore\"")
			.contains("<option value=\"55\">55</option>")
			.contains("100 (As strong as it gets)")
			.doesNotContain("value=\"57\"");
		assertThat(gratitude).contains("id=\"answers-noticingFeeling-4\"").contains("(Really good)");
		assertThat(experiment).contains("<select id=\"answers-beliefBefore\"");
	}

	@Test
	void moodLogEntry_storesTheChosenFaceAsANumber() throws Exception {
		UUID moodLog = assignToClient("mood-log");

		this.mvc
			.perform(as(post("/practice/" + moodLog)).param("idempotencyKey", UUID.randomUUID().toString())
				.param("occurredOn", this.today.toString())
				.param("answers.mood", "5")
				.param("answers.activity", "moving")
				.param("answers.energy", "")
				.param("keepPrivate", "true"))
			.andExpect(redirectedUrl("/today?saved"));

		assertThat(this.practice.entries(this.client, moodLog)).singleElement().satisfies((entry) -> {
			assertThat(entry.answers()).containsEntry("mood", 5)
				.containsEntry("activity", "moving")
				.doesNotContainKey("energy");
			assertThat(entry.keepPrivate()).isTrue();
		});
	}

	@Test
	void fieldRenderers_coverNumbersChecklistsAndYesNoWithLabelsAndErrors() {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		params.add("answers.picks", "call");
		params.add("answers.again", "yes");
		params.add("answers.count", "twelve");
		EntryForm form = EntryForm.from(params, EntryFormTests.TEMPLATE);
		FormErrors errors = FormErrors.of(new InvalidInputException("answers.count", "validation.answer.number"),
				this.messages);

		String html = EntryFormTests.TEMPLATE.fields()
			.stream()
			.map((field) -> this.templates.process("practice/fields", Set.of("field"),
					new Context(Locale.ENGLISH, Map.of("v", AnswerView.of(field, form, errors)))))
			.collect(Collectors.joining());

		assertThat(html).contains("<input type=\"number\" inputmode=\"numeric\" step=\"1\" id=\"answers-count\"")
			.contains("value=\"twelve\"")
			.contains("aria-describedby=\"answers-count-error\"")
			.contains("Please answer with a whole number.")
			.contains("type=\"checkbox\" id=\"answers-picks-1\" name=\"answers.picks\" value=\"call\" checked")
			.contains("type=\"radio\" id=\"answers-again-0\" name=\"answers.again\" value=\"yes\" checked")
			.contains("<label for=\"answers-again-1\">");
	}

	private UUID assignToClient(String templateKey) {
		return this.assignments.assign(this.clinician, this.clientId, new AssignmentPlan(templateKey,
				templateKey + " practice", null, null, Set.of("MON"), null, null, null, this.today, null, List.of()));
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

	private MultiValueMap<String, String> validEntry(String key) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("idempotencyKey", key);
		form.add("occurredOn", this.today.toString());
		form.add("answers.breathNotes", "Slow and deep");
		form.add("answers.mindWandering", "a-few-times");
		form.add("answers.place", "");
		form.add("durationMinutes", "1");
		form.add("durationSeconds", "15");
		form.add("quality", "4");
		form.add("moodBefore", "3");
		form.add("moodAfter", "6");
		form.add("note", "Calmer after");
		form.add("flagForSession", "true");
		return form;
	}

}
