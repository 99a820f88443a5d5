package org.bridgework.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bridgework.api.ApiFixtures.Client;
import org.bridgework.api.ApiFixtures.Clinician;
import org.bridgework.api.ApiFixtures.Person;
import org.bridgework.identity.Accounts;
import org.bridgework.identity.CurrentUser;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bridgework.api.ApiFixtures.PASSWORD;
import static org.bridgework.api.ApiFixtures.tokenOf;
import static org.bridgework.api.ApiFixtures.uniqueEmail;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A client who lost their invitation link, or let it run out, gets a new one from their
 * clinician, and only the newest link works. Adding a client happens once per form or
 * Idempotency-Key, so a refreshed page adds nobody twice. Through the API and the pages.
 */
@AutoConfigureMockMvc
class InvitationLinkIntegrationTests extends ApiIntegrationTestBase {

	private static final Pattern INVITE_URL = Pattern.compile("id=\"inviteUrl\" readonly value=\"([^\"]+)\"");

	private static final Pattern FORM_KEY = Pattern.compile("name=\"formKey\" value=\"([^\"]+)\"");

	private static final String LONDON = "Europe/London";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Accounts accounts;

	@Autowired
	private JdbcClient jdbc;

	// API: a new link

	@Test
	void newLink_shouldWorkAndTheOldOneThenAnswers410() {
		Clinician clinician = this.api.newClinician();
		Invited client = invite(clinician, "Robin Ash");

		JsonNode renewed = http().post(clinician.token(), linkPath(client.id()), null).expect(201).json();

		assertThat(renewed.get("id").stringValue()).isEqualTo(client.id().toString());
		String newToken = tokenOf(renewed.get("inviteUrl").stringValue());
		assertThat(newToken).isNotEqualTo(client.token());
		accept(client.token()).problem(410);
		assertThat(accept(newToken).expect(200).json().get("userId").stringValue()).isNotBlank();
		assertThat(this.api.signIn(client.email(), PASSWORD)).isNotBlank();
		accept(newToken).problem(410);
	}

	@Test
	void newLink_askedForTwice_shouldLeaveOnlyTheNewestWorking() {
		Clinician clinician = this.api.newClinician();
		Invited client = invite(clinician, "Kai Birch");

		String second = tokenOf(http().post(clinician.token(), linkPath(client.id()), null)
			.expect(201)
			.json()
			.get("inviteUrl")
			.stringValue());
		String third = tokenOf(http().post(clinician.token(), linkPath(client.id()), null)
			.expect(201)
			.json()
			.get("inviteUrl")
			.stringValue());

		accept(client.token()).problem(410);
		accept(second).problem(410);
		accept(third).expect(200);
	}

	@Test
	void newLink_forAnotherCliniciansClient_shouldBe404WithoutTheirNameAndChangeNothing() throws Exception {
		Clinician theirs = this.api.newClinician();
		Clinician other = this.api.newClinician();
		Invited client = invite(theirs, "Quinn Oakheart");

		ApiResponse refused = http().post(other.token(), linkPath(client.id()), null);
		MvcResult page = this.mvc.perform(as(other, post(linkPath(client.id()).replace("/api/v1", "")))).andReturn();
		ApiResponse unknown = http().post(other.token(), linkPath(UUID.randomUUID()), null);

		refused.problem(404);
		assertThat(refused.body()).doesNotContain("Quinn").doesNotContain("Oakheart").doesNotContain("/invite/");
		assertThat(refused.json().get("detail").stringValue())
			.isEqualTo(unknown.problem(404).get("detail").stringValue());
		assertThat(page.getResponse().getStatus()).isEqualTo(404);
		assertThat(text(page)).doesNotContain("Quinn").doesNotContain("Oakheart").doesNotContain("/invite/");
		assertThat(unusedInvitations(client.id())).isEqualTo(1);
		accept(client.token()).expect(200);
	}

	@Test
	void newLink_forTheClientThemselves_isNotTheirsToAskFor() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);

		ApiResponse refused = http().post(client.token(), linkPath(client.id()), null);

		assertThat(refused.status()).isIn(403, 404);
		refused.assertProblemShape();
		assertThat(invitationCount(client.id())).isEqualTo(1);
	}

	@Test
	void newLink_forAClientWhoSignedUp_shouldBe409AndChangeNothing() throws Exception {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);

		JsonNode problem = http().post(clinician.token(), linkPath(client.id()), null).problem(409);
		MvcResult page = this.mvc.perform(as(clinician, post("/clients/" + client.id() + "/invitation"))).andReturn();

		assertThat(problem.get("detail").stringValue()).contains("already signed up");
		assertThat(problem.toString()).doesNotContain("inviteUrl");
		assertThat(page.getResponse().getRedirectedUrl()).isEqualTo("/clients/" + client.id() + "?signedUp");
		assertThat(page(get(page.getResponse().getRedirectedUrl()), clinician))
			.contains(client.displayName() + " has already signed up, so they don't need a new link.")
			.doesNotContain("Get a new invitation link");
		assertThat(invitationCount(client.id())).isEqualTo(1);
		assertThat(unusedInvitations(client.id())).isZero();
		assertThat(this.api.signIn(client.email(), PASSWORD)).isNotBlank();
	}

	// Pages: a new link

	@Test
	void clientPage_shouldOfferANewLinkOnlyWhileTheClientHasNotSignedUp() throws Exception {
		Clinician clinician = this.api.newClinician();
		Invited waiting = invite(clinician, "Noor Vale");
		Client signedUp = this.api.newClientOf(clinician);

		String waitingPage = page(get("/clients/" + waiting.id()), clinician);
		String signedUpPage = page(get("/clients/" + signedUp.id()), clinician);

		assertThat(waitingPage).contains("Noor Vale hasn't signed up yet")
			.contains("action=\"/clients/" + waiting.id() + "/invitation\"")
			.contains("Get a new invitation link")
			.contains("The old link will stop working as soon as you make a new one.");
		assertThat(signedUpPage).doesNotContain("Get a new invitation link")
			.doesNotContain("/invitation\"")
			.doesNotContain("The old link will stop working");
	}

	@Test
	void newLinkPage_shouldShowAWorkingLinkAndRetireTheOldOne() throws Exception {
		Clinician clinician = this.api.newClinician();
		Invited client = invite(clinician, "Ines Moor");

		String page = page(post("/clients/" + client.id() + "/invitation"), clinician);

		assertThat(page).contains("A new invitation link for Ines Moor")
			.contains("Any earlier link for Ines Moor no longer works.")
			.contains("works once and expires in 7 days")
			.contains("href=\"/clients/" + client.id() + "\"");
		String newToken = tokenOf(inviteUrlOn(page));
		assertThat(newToken).isNotEqualTo(client.token());
		accept(client.token()).problem(410);
		accept(newToken).expect(200);
	}

	// Pages: adding a client once per form

	@Test
	void addClientForm_postedTwiceWithTheSameKey_shouldAddOneClientAndGiveAFreshLink() throws Exception {
		Clinician clinician = this.api.newClinician();
		String name = "Sasha Reed " + UUID.randomUUID();
		String formKey = formKeyOn(page(get("/clients/new"), clinician));
		MockHttpServletRequestBuilder form = post("/clients/new").param("formKey", formKey)
			.param("displayName", name)
			.param("email", "")
			.param("timezone", LONDON);

		String first = page(form, clinician);
		String refreshed = page(form, clinician);

		assertThat(first).contains(name + " is on your caseload").doesNotContain("already added from this form");
		assertThat(refreshed).contains(name + " is on your caseload")
			.contains(name + " was already added from this form, so nobody was added twice.");
		assertThat(namesOnCaseload(clinician)).containsOnlyOnce(name);
		String firstToken = tokenOf(inviteUrlOn(first));
		String freshToken = tokenOf(inviteUrlOn(refreshed));
		assertThat(freshToken).isNotEqualTo(firstToken);
		accept(firstToken).problem(410);
		accept(freshToken, Map.of("password", PASSWORD, "email", uniqueEmail("sasha"))).expect(200);
	}

	@Test
	void addClientForm_shouldGiveEachShowingItsOwnKey() throws Exception {
		Clinician clinician = this.api.newClinician();

		String one = formKeyOn(page(get("/clients/new"), clinician));
		String two = formKeyOn(page(get("/clients/new"), clinician));

		assertThat(UUID.fromString(one)).isNotEqualTo(UUID.fromString(two));
	}

	@Test
	void addClientForm_reusedForSomeoneElse_shouldAddNobodyAndOfferAFreshForm() throws Exception {
		Clinician clinician = this.api.newClinician();
		String formKey = formKeyOn(page(get("/clients/new"), clinician));
		page(post("/clients/new").param("formKey", formKey)
			.param("displayName", "Alex First")
			.param("timezone", LONDON), clinician);

		MvcResult reused = this.mvc
			.perform(as(clinician,
					post("/clients/new").param("formKey", formKey)
						.param("displayName", "Blake Second")
						.param("timezone", LONDON)))
			.andReturn();

		assertThat(reused.getResponse().getStatus()).isEqualTo(409);
		String body = text(reused);
		assertThat(body).contains("This form had already added a client, so nobody new was added.")
			.contains("value=\"Blake Second\"")
			.doesNotContain("/invite/");
		assertThat(namesOnCaseload(clinician)).containsExactly("Alex First");
		String freshKey = formKeyOn(body);
		assertThat(freshKey).isNotEqualTo(formKey);
		page(post("/clients/new").param("formKey", freshKey)
			.param("displayName", "Blake Second")
			.param("timezone", LONDON), clinician);
		assertThat(namesOnCaseload(clinician)).containsExactly("Alex First", "Blake Second");
	}

	@Test
	void addClientForm_refusedOnce_shouldKeepItsKeyFreeForTheCorrectedForm() throws Exception {
		Clinician clinician = this.api.newClinician();
		String formKey = formKeyOn(page(get("/clients/new"), clinician));

		MvcResult refused = this.mvc
			.perform(as(clinician, post("/clients/new").param("formKey", formKey).param("displayName", "Dana Field")))
			.andReturn();
		String added = page(post("/clients/new").param("formKey", formOf(refused))
			.param("displayName", "Dana Field")
			.param("timezone", LONDON), clinician);

		assertThat(refused.getResponse().getStatus()).isEqualTo(400);
		assertThat(formOf(refused)).isEqualTo(formKey);
		assertThat(added).contains("Dana Field is on your caseload").doesNotContain("already added");
		assertThat(namesOnCaseload(clinician)).containsExactly("Dana Field");
	}

	@Test
	void addClientForm_postedAgainAfterTheClientSignedUp_shouldShowTheirPageInsteadOfALink() throws Exception {
		Clinician clinician = this.api.newClinician();
		String formKey = formKeyOn(page(get("/clients/new"), clinician));
		MockHttpServletRequestBuilder form = post("/clients/new").param("formKey", formKey)
			.param("displayName", "Eli Stone")
			.param("timezone", LONDON);
		String first = page(form, clinician);
		accept(tokenOf(inviteUrlOn(first)), Map.of("password", PASSWORD, "email", uniqueEmail("eli"))).expect(200);

		MvcResult again = this.mvc.perform(as(clinician, form)).andReturn();

		UUID clientId = onlyClientNamed(clinician, "Eli Stone");
		assertThat(again.getResponse().getRedirectedUrl()).isEqualTo("/clients/" + clientId + "?signedUp");
		assertThat(unusedInvitations(clientId)).isZero();
		assertThat(namesOnCaseload(clinician)).containsExactly("Eli Stone");
	}

	// API: adding a client once per Idempotency-Key

	@Test
	void addClient_withTheSameIdempotencyKeyTwice_shouldAddOneClientWithAFreshLink() {
		Clinician clinician = this.api.newClinician();
		String key = UUID.randomUUID().toString();
		Map<String, Object> body = Map.of("displayName", "Flo Hart", "email", uniqueEmail("flo"), "timezone", LONDON);

		JsonNode first = addClient(clinician, key, body).expect(201).json();
		JsonNode again = addClient(clinician, key, body).expect(201).json();

		assertThat(again.get("id").stringValue()).isEqualTo(first.get("id").stringValue());
		assertThat(namesOnCaseload(clinician)).containsExactly("Flo Hart");
		accept(tokenOf(first.get("inviteUrl").stringValue())).problem(410);
		accept(tokenOf(again.get("inviteUrl").stringValue())).expect(200);
	}

	@Test
	void addClient_withTheSameIdempotencyKeyAndOtherDetails_shouldBe409AndAddNobody() {
		Clinician clinician = this.api.newClinician();
		String key = UUID.randomUUID().toString();
		JsonNode first = addClient(clinician, key, Map.of("displayName", "Gus Lane", "timezone", LONDON)).expect(201)
			.json();

		JsonNode problem = addClient(clinician, key, Map.of("displayName", "Gus Lane", "timezone", "Europe/Paris"))
			.problem(409);

		assertThat(problem.get("detail").stringValue()).contains("Idempotency-Key");
		assertThat(namesOnCaseload(clinician)).containsExactly("Gus Lane");
		accept(tokenOf(first.get("inviteUrl").stringValue()), Map.of("password", PASSWORD, "email", uniqueEmail("gus")))
			.expect(200);
	}

	@Test
	void addClient_withoutAKey_shouldAddEachTimeAsTheContractSays() {
		Clinician clinician = this.api.newClinician();
		Map<String, Object> body = Map.of("displayName", "Hal Twin", "timezone", LONDON);

		UUID first = http().post(clinician.token(), "/api/v1/clients", body).created();
		UUID second = http().post(clinician.token(), "/api/v1/clients", body).created();

		assertThat(first).isNotEqualTo(second);
		assertThat(namesOnCaseload(clinician)).containsExactly("Hal Twin", "Hal Twin");
	}

	@Test
	void addClient_keysBelongToOneClinician() {
		Clinician one = this.api.newClinician();
		Clinician two = this.api.newClinician();
		String key = UUID.randomUUID().toString();
		Map<String, Object> body = Map.of("displayName", "Ivy Shared", "timezone", LONDON);

		UUID first = addClient(one, key, body).created();
		UUID second = addClient(two, key, body).created();

		assertThat(first).isNotEqualTo(second);
		assertThat(namesOnCaseload(one)).containsExactly("Ivy Shared");
		assertThat(namesOnCaseload(two)).containsExactly("Ivy Shared");
	}

	@Test
	void addClient_withTheSameKeyAtTheSameMoment_shouldAddOneClient() throws Exception {
		Clinician clinician = this.api.newClinician();
		String key = UUID.randomUUID().toString();
		Map<String, Object> body = Map.of("displayName", "Jude Race", "email", uniqueEmail("jude"), "timezone", LONDON);
		int racers = 6;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(racers);
		try {
			List<CompletableFuture<ApiResponse>> answers = new ArrayList<>();
			for (int i = 0; i < racers; i++) {
				answers.add(CompletableFuture.supplyAsync(() -> {
					awaitQuietly(start);
					return addClient(clinician, key, body);
				}, pool));
			}
			start.countDown();
			List<String> ids = new ArrayList<>();
			for (CompletableFuture<ApiResponse> answer : answers) {
				ids.add(answer.get(60, TimeUnit.SECONDS).expect(201).json().get("id").stringValue());
			}
			assertThat(ids).hasSize(racers).containsOnly(ids.get(0));
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(namesOnCaseload(clinician)).containsExactly("Jude Race");
		assertThat(unusedInvitations(onlyClientNamed(clinician, "Jude Race"))).isEqualTo(1);
	}

	// Helpers

	/** A client added through the API who has not accepted their invitation. */
	private Invited invite(Clinician clinician, String displayName) {
		String email = uniqueEmail("client");
		JsonNode created = http()
			.post(clinician.token(), "/api/v1/clients",
					Map.of("displayName", displayName, "email", email, "timezone", LONDON))
			.expect(201)
			.json();
		return new Invited(UUID.fromString(created.get("id").stringValue()), email,
				tokenOf(created.get("inviteUrl").stringValue()));
	}

	private ApiResponse addClient(Clinician clinician, String key, Map<String, Object> body) {
		return http().post(clinician.token(), "/api/v1/clients", body, Map.of("Idempotency-Key", key));
	}

	private ApiResponse accept(String token) {
		return accept(token, Map.of("password", PASSWORD));
	}

	private ApiResponse accept(String token, Map<String, Object> body) {
		return http().post(null, "/api/v1/invitations/" + token, body);
	}

	private List<String> namesOnCaseload(Clinician clinician) {
		List<String> names = new ArrayList<>();
		http().get(clinician.token(), "/api/v1/clients")
			.expect(200)
			.json()
			.forEach((client) -> names.add(client.get("displayName").stringValue()));
		return names;
	}

	private UUID onlyClientNamed(Clinician clinician, String name) {
		List<UUID> ids = new ArrayList<>();
		http().get(clinician.token(), "/api/v1/clients").expect(200).json().forEach((client) -> {
			if (name.equals(client.get("displayName").stringValue())) {
				ids.add(UUID.fromString(client.get("id").stringValue()));
			}
		});
		assertThat(ids).hasSize(1);
		return ids.get(0);
	}

	private int invitationCount(UUID clientId) {
		return this.jdbc.sql("""
				select count(*) from invitation i join client c on c.account_id = i.account_id where c.id = :client""")
			.param("client", clientId)
			.query(Integer.class)
			.single();
	}

	/** Invitations of the client that nobody used and no newer link replaced. */
	private int unusedInvitations(UUID clientId) {
		return this.jdbc.sql("""
				select count(*) from invitation i join client c on c.account_id = i.account_id
				where c.id = :client and i.accepted_at is null and i.replaced_at is null""")
			.param("client", clientId)
			.query(Integer.class)
			.single();
	}

	private static String linkPath(UUID clientId) {
		return "/api/v1/clients/" + clientId + "/invitation";
	}

	private ApiClient http() {
		return this.api.http();
	}

	private String page(MockHttpServletRequestBuilder request, Person person) throws Exception {
		MvcResult result = this.mvc.perform(as(person, request)).andReturn();
		assertThat(result.getResponse().getStatus()).as("%s: %s", request, text(result)).isEqualTo(200);
		return text(result);
	}

	private MockHttpServletRequestBuilder as(Person person, MockHttpServletRequestBuilder request) {
		CurrentUser user = this.accounts.findUser(idOf(person)).orElseThrow();
		List<SimpleGrantedAuthority> authorities = user.roles()
			.stream()
			.map((role) -> new SimpleGrantedAuthority("ROLE_" + role.name()))
			.toList();
		return request.with(authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities)))
			.with(csrf());
	}

	private static UUID idOf(Person person) {
		return (person instanceof Clinician clinician) ? clinician.id() : ((Client) person).userId();
	}

	private static String inviteUrlOn(String page) {
		return find(INVITE_URL, page);
	}

	private static String formKeyOn(String page) {
		return find(FORM_KEY, page);
	}

	private static String formOf(MvcResult result) throws Exception {
		return formKeyOn(text(result));
	}

	private static String find(Pattern pattern, String page) {
		Matcher matcher = pattern.matcher(page);
		assertThat(matcher.find()).as("%s on %s", pattern, page).isTrue();
		return matcher.group(1);
	}

	private static String text(MvcResult result) throws Exception {
		return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString());
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** A client who has an invitation link and has not used it. */
	private record Invited(UUID id, String email, String token) {
	}

}
