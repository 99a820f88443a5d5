package org.bridgework.erasure;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.bridgework.caseload.Clients;
import org.bridgework.homework.AssignmentPlan;
import org.bridgework.homework.Assignments;
import org.bridgework.homework.EntryRequest;
import org.bridgework.homework.Practice;
import org.bridgework.identity.Accounts;
import org.bridgework.identity.CurrentUser;
import org.bridgework.identity.IssuedInvitation;
import org.bridgework.identity.Role;
import org.bridgework.safety.CrisisSignal;
import org.bridgework.shared.ErasedClient;
import org.bridgework.testing.TestAlerts;
import org.bridgework.testing.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Erasure on the pages, on the real database: the client reads what happens and asks
 * (only with the tick), sees when they asked and may take it back; their clinician sees
 * the request on the caseload and client pages and finishes it with the client's name
 * typed, held up while a crisis alert is open; an admin who is not their clinician may
 * finish it too. The client's record downloads as JSON from My data, with page links to
 * their files.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ErasurePagesIntegrationTests {

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

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private TransactionTemplate transactions;

	private CurrentUser clinician;

	private UUID clientId;

	private CurrentUser client;

	@BeforeEach
	void aClientInCareWithAPrivateEntry() {
		TestPeople people = new TestPeople(this.accounts, this.clients);
		this.clinician = people.clinician();
		TestPeople.Client added = people.clientOf(this.clinician, "Zoë Ng " + UUID.randomUUID(), ZONE);
		this.clientId = added.id();
		this.client = added.user();
		LocalDate today = LocalDate.now(ZoneId.of(ZONE));
		UUID breathing = this.assignments.assign(this.clinician, this.clientId,
				new AssignmentPlan("mindful-breathing", "Breathing", null, null,
						Set.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"), null, null, 1, today.minusDays(5),
						null, List.of()));
		this.practice.record(this.client, breathing, UUID.randomUUID().toString(),
				new EntryRequest(today.minusDays(1), Map.of("mindWandering", "a-few-times", "breathNotes", "Slower"),
						60, 4, 3, 7, "ONLY-FOR-ME", true, false));
	}

	@Test
	void theClientReadsWhatHappensAsksOnlyWithTheTickAndMayTakeItBack() throws Exception {
		assertThat(page(this.client, get("/my-data"))).contains("Erasing your data", "/my-data/erasure");
		assertThat(page(this.client, get("/my-data/erasure"))).contains("Your clinician will finish this with you",
				"removed for good", "won&#39;t be able to sign in", "you can change your mind",
				"Ask for my data to be erased");

		String unticked = page(this.client, as(this.client, post("/my-data/erasure")));
		assertThat(unticked).contains("Please tick the box", "aria-invalid=\"true\"");
		assertThat(requested()).isFalse();

		this.mvc.perform(as(this.client, post("/my-data/erasure")).param("understood", "yes"))
			.andExpect(redirectedUrl("/my-data/erasure?asked"));
		assertThat(page(this.client, get("/my-data/erasure?asked"))).contains("You asked on",
				"Your clinician can see your request now", "Keep my data");
		assertThat(page(this.clinician, get("/clients/" + this.clientId))).contains("Erasure requested",
				"/erasure-requests/" + this.clientId);
		assertThat(page(this.clinician, get("/erasure-requests"))).contains(this.clientName());
		assertThat(page(this.clinician, get("/clients"))).contains("Asked for their data to be erased",
				"/erasure-requests/" + this.clientId);

		this.mvc.perform(as(this.client, post("/my-data/erasure/withdraw")))
			.andExpect(redirectedUrl("/my-data/erasure?withdrawn"));
		assertThat(page(this.client, get("/my-data/erasure?withdrawn"))).contains("Your request is withdrawn");
		assertThat(requested()).isFalse();
		assertThat(page(this.clinician, get("/clients/" + this.clientId))).doesNotContain("Erasure requested");
		assertThat(page(this.clinician, get("/clients"))).doesNotContain("Asked for their data to be erased");
	}

	@Test
	void theClinicianFinishesItWithTheNameTypedOnceNoAlertIsOpen() throws Exception {
		this.mvc.perform(as(this.client, post("/my-data/erasure")).param("understood", "yes"));
		UUID alert = new TestAlerts(this.events, this.transactions, this.jdbc).raise(this.clientId,
				CrisisSignal.Kind.HELP_NOW);
		String path = "/erasure-requests/" + this.clientId;
		String pseudonym = ErasedClient.pseudonymOf(this.clientId);

		assertThat(page(this.clinician, get(path))).contains(this.clientName(), pseudonym,
				"To confirm, type their name", "acknowledge it first");
		assertThat(page(this.clinician, as(this.clinician, post(path)).param("confirm", this.clientName())))
			.contains("acknowledge it first", "role=\"alert\"");
		assertThat(requested()).isTrue();
		this.mvc.perform(as(this.clinician, post("/alerts/" + alert + "/acknowledge")).param("note", "Called"));
		assertThat(page(this.clinician, as(this.clinician, post(path)).param("confirm", "Sam")))
			.contains("Type the client&#39;s name as shown above to confirm.", "value=\"Sam\"");
		assertThat(requested()).isTrue();

		this.mvc.perform(as(this.clinician, post(path)).param("confirm", "  zoe NG " + this.clientName().substring(7)))
			.andExpect(redirectedUrl("/erasure-requests?erased=" + this.clientId.toString().substring(0, 8)));

		assertThat(page(this.clinician, get("/erasure-requests?erased=" + this.clientId.toString().substring(0, 8))))
			.contains("The data is erased", pseudonym)
			.doesNotContain(this.clientName());
		assertThat(this.jdbc.sql("select display_name from client where id = :id")
			.param("id", this.clientId)
			.query(String.class)
			.single()).isEqualTo(pseudonym);
		assertThat(this.jdbc.sql("select count(*) from entry where client_id = :id")
			.param("id", this.clientId)
			.query(Integer.class)
			.single()).isZero();
		this.mvc.perform(get("/clients/" + this.clientId).with(TestPeople.signedIn(this.clinician)))
			.andExpect(status().isNotFound());
	}

	@Test
	void anAdminWhoIsNotTheirClinicianSeesTheRequestOnlyWhileItWaitsAndMayFinishIt() throws Exception {
		CurrentUser admin = admin();
		String path = "/erasure-requests/" + this.clientId;
		this.mvc.perform(get(path).with(TestPeople.signedIn(admin))).andExpect(status().isNotFound());
		assertThat(page(admin, get("/erasure-requests"))).doesNotContain(this.clientName());

		this.mvc.perform(as(this.client, post("/my-data/erasure")).param("understood", "yes"));
		assertThat(page(admin, get("/erasure-requests"))).contains(this.clientName(), "Dr Rivera");
		assertThat(page(admin, get(path))).contains(this.clientName()).doesNotContain("ONLY-FOR-ME");
		this.mvc.perform(as(admin, post(path)).param("confirm", this.clientName()))
			.andExpect(redirectedUrl("/erasure-requests?erased=" + this.clientId.toString().substring(0, 8)));

		assertThat(requested()).isFalse();
		this.mvc.perform(get(path).with(TestPeople.signedIn(admin))).andExpect(status().isNotFound());
	}

	@Test
	void theClientsOwnJsonRecordHoldsTheirPrivateEntryAndItsClinicianCopyDoesNot() throws Exception {
		String own = this.mvc.perform(get("/my-data/record.json").with(TestPeople.signedIn(this.client)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		String theirs = this.mvc
			.perform(get("/clients/" + this.clientId + "/export.json").with(TestPeople.signedIn(this.clinician)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

		assertThat(own).contains("\"format\" : \"bridgework-client-record\"", "ONLY-FOR-ME", this.clientName());
		assertThat(theirs).contains(this.clientName(), "\"keepPrivate\" : true").doesNotContain("ONLY-FOR-ME");
	}

	private String clientName() {
		return this.client.displayName();
	}

	private boolean requested() {
		return this.jdbc.sql("select exists(select 1 from erasure_request where client_id = :id)")
			.param("id", this.clientId)
			.query(Boolean.class)
			.single();
	}

	private CurrentUser admin() {
		IssuedInvitation invitation = this.accounts.invite(null, TestPeople.unique("admin") + "@example.org",
				"An Admin", EnumSet.of(Role.ADMIN));
		return this.accounts.findUser(this.accounts.acceptInvitation(invitation.token(), TestPeople.PASSWORD, null))
			.orElseThrow();
	}

	private String page(CurrentUser user, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(TestPeople.signedIn(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private static MockHttpServletRequestBuilder as(CurrentUser user, MockHttpServletRequestBuilder request) {
		return request.with(TestPeople.signedIn(user)).with(csrf());
	}

}
