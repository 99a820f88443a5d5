package org.bridgework.homework.web;

import java.util.List;
import java.util.UUID;

import org.bridgework.caseload.Clients;
import org.bridgework.homework.Assignment;
import org.bridgework.homework.Assignments;
import org.bridgework.homework.PlanProposal;
import org.bridgework.homework.PracticeIdea;
import org.bridgework.homework.PracticeIdeas;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A practice of the client's own, through the pages without JavaScript: the client writes
 * it from Today, the clinician finds it on the client page and plans it as homework with
 * the client's words already in the form.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PracticeIdeaPagesIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Accounts accounts;

	@Autowired
	private Clients clients;

	@Autowired
	private Assignments assignments;

	@Autowired
	private PracticeIdeas ideas;

	private CurrentUser clinician;

	private CurrentUser client;

	private UUID clientId;

	@BeforeEach
	void aClientAndTheirClinician() {
		TestPeople people = new TestPeople(this.accounts, this.clients);
		this.clinician = people.clinician();
		TestPeople.Client added = people.clientOf(this.clinician, "Robin", "Europe/London");
		this.client = added.user();
		this.clientId = added.id();
	}

	@Test
	void theClientWritesAnIdeaAndTheClinicianPlansItAsHomeworkWithTheirWords() throws Exception {
		assertThat(page(get("/today"), this.client))
			.contains("href=\"/practice-ideas\">Suggest a practice of your own");
		this.mvc
			.perform(as(post("/practice-ideas"), this.client).param("idempotencyKey", UUID.randomUUID().toString())
				.param("title", "A ten-minute walk after lunch")
				.param("why", "Fresh air clears my head")
				.param("whenAndCue", "After lunch at work")
				.param("durationMinutes", "10"))
			.andExpect(redirectedUrl("/practice-ideas?sent"));
		assertThat(page(get("/practice-ideas").param("sent", ""), this.client))
			.contains("Your idea is with your clinician")
			.contains("A ten-minute walk after lunch")
			.contains("With your clinician");
		PracticeIdea idea = this.ideas.own(this.client).get(0);

		String clientPage = page(get("/clients/" + this.clientId), this.clinician);
		assertThat(clientPage).contains("Ideas from your client")
			.contains("Why: Fresh air clears my head")
			.contains("href=\"/clients/" + this.clientId + "/assignments/new?idea=" + idea.id() + "\"");
		String chooser = page(get("/clients/" + this.clientId + "/assignments/new").param("idea", idea.id().toString()),
				this.clinician);
		assertThat(chooser).contains("Planning Robin&#39;s own idea")
			.contains("template=mindful-daily-activity&amp;idea=" + idea.id());
		String form = page(
				get("/clients/" + this.clientId + "/assignments/new").param("template", "mindful-daily-activity")
					.param("idea", idea.id().toString()),
				this.clinician);
		assertThat(form).contains("value=\"A ten-minute walk after lunch\"")
			.contains(">Fresh air clears my head</textarea>")
			.contains("name=\"idea\" value=\"" + idea.id() + "\"");

		this.mvc
			.perform(as(post("/clients/" + this.clientId + "/assignments/new"), this.clinician)
				.param("templateKey", "mindful-daily-activity")
				.param("idea", idea.id().toString())
				.param("title", "A mindful walk after lunch")
				.param("purpose", "Fresh air clears my head")
				.param("daysOfWeek", "MON", "WED", "FRI")
				.param("durationMinutes", "10")
				.param("startDate", java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).toString()))
			.andExpect(redirectedUrl("/clients/" + this.clientId + "?assigned"));

		List<Assignment> assigned = this.assignments.forClient(this.clinician, this.clientId);
		assertThat(assigned).singleElement().extracting(Assignment::title).isEqualTo("A mindful walk after lunch");
		PracticeIdea planned = this.ideas.own(this.client).get(0);
		assertThat(planned.status()).isEqualTo(PlanProposal.Status.ACCEPTED);
		assertThat(planned.assignmentId()).isEqualTo(assigned.get(0).id());
		assertThat(page(get("/practice-ideas"), this.client)).contains("Planned as homework")
			.contains("href=\"/practice/" + assigned.get(0).id() + "\"");
	}

	@Test
	void anIdeaWithoutWordsComesBackWithTheRestOfWhatWasTyped() throws Exception {
		String body = this.mvc
			.perform(as(post("/practice-ideas"), this.client).param("idempotencyKey", UUID.randomUUID().toString())
				.param("title", " ")
				.param("why", "Because I like it")
				.param("durationMinutes", "ten"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(body).contains("Nothing was sent yet, and what you typed is still here.")
			.contains(">Because I like it</textarea>")
			.contains("value=\"ten\"")
			.contains("id=\"title-error\"")
			.contains("id=\"durationMinutes-error\"");
		assertThat(this.ideas.own(this.client)).isEmpty();
	}

	@Test
	void theClinicianAsksToTalkItThroughAndTheClientSeesTheReply() throws Exception {
		UUID idea = this.ideas.propose(this.client, null,
				new org.bridgework.homework.PracticeIdeaRequest("Singing in the car", null, null, null));

		this.mvc
			.perform(as(post("/clients/" + this.clientId + "/practice-ideas/" + idea + "/discuss"), this.clinician)
				.param("reply", "What a lovely idea, let's shape it together"))
			.andExpect(redirectedUrl("/clients/" + this.clientId + "?idea=discuss#practice-ideas"));
		this.mvc.perform(as(post("/clients/" + this.clientId + "/practice-ideas/" + idea + "/discuss"), this.clinician))
			.andExpect(redirectedUrl("/clients/" + this.clientId + "?idea=answered#practice-ideas"));

		assertThat(page(get("/clients/" + this.clientId).param("idea", "answered"), this.clinician))
			.contains("This idea was answered already, so nothing changed.");
		assertThat(page(get("/practice-ideas"), this.client)).contains("To talk about together")
			.contains("Your clinician: What a lovely idea, let&#39;s shape it together");
	}

	private String page(MockHttpServletRequestBuilder request, CurrentUser who) throws Exception {
		return this.mvc.perform(request.with(TestPeople.signedIn(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, CurrentUser who) {
		return request.with(TestPeople.signedIn(who)).with(csrf());
	}

}
