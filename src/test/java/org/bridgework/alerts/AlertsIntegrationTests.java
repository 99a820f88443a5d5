package org.bridgework.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.bridgework.caseload.Clients;
import org.bridgework.identity.Accounts;
import org.bridgework.identity.CurrentUser;
import org.bridgework.safety.CrisisSignal;
import org.bridgework.shared.InvalidInputException;
import org.bridgework.shared.NotFoundException;
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
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bridgework.testing.TestPeople.signedIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Alerts on the real database: a crisis signal stores its alert in the publisher's own
 * transaction (rolled back together, committed together), and the clinician's pages show
 * and acknowledge it; the client's "Tell my clinician" form tells them once.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AlertsIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Accounts accounts;

	@Autowired
	private Clients clients;

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private AlertHistory history;

	@Autowired
	private AlertStore store;

	private CurrentUser clinician;

	private TestPeople.Client client;

	@BeforeEach
	void aClinicianWithAClient() {
		TestPeople people = new TestPeople(this.accounts, this.clients);
		this.clinician = people.clinician();
		this.client = people.clientOf(this.clinician, "Robin " + UUID.randomUUID(), "Europe/London");
	}

	@Test
	void signalInATransactionThatRollsBack_leavesNoAlert() {
		UUID response = UUID.randomUUID();

		assertThatThrownBy(() -> this.transactions.executeWithoutResult((status) -> {
			this.events.publishEvent(new CrisisSignal(this.client.id(), CrisisSignal.Kind.PHQ9_ITEM9, response));
			assertThat(alertsOf(this.client.id())).as("seen inside the publishing transaction").isEqualTo(1);
			throw new IllegalStateException("the response could not be stored after all");
		})).isInstanceOf(IllegalStateException.class);

		assertThat(alertsOf(this.client.id())).isZero();
	}

	@Test
	void signalInATransactionThatCommits_leavesAnOpenAlert() {
		UUID response = UUID.randomUUID();

		this.transactions.executeWithoutResult((status) -> this.events
			.publishEvent(new CrisisSignal(this.client.id(), CrisisSignal.Kind.PHQ9_ITEM9, response)));

		assertThat(this.jdbc.sql("select kind || ' ' || status || ' ' || source_id from alert where client_id = :c")
			.param("c", this.client.id())
			.query(String.class)
			.list()).containsExactly("PHQ9_ITEM9 OPEN " + response);
	}

	@Test
	void signalWithoutATransaction_storesTheAlertInOneOfItsOwn() {
		this.events.publishEvent(new CrisisSignal(this.client.id(), CrisisSignal.Kind.PHQ9_ITEM9, null));

		assertThat(alertsOf(this.client.id())).isEqualTo(1);
	}

	@Test
	void caseloadAndClientPage_showTheOpenAlert_andAcknowledgeWorksWithoutJavaScript() throws Exception {
		UUID alertId = raise(CrisisSignal.Kind.PHQ9_ITEM9);

		String caseload = page("/clients", this.clinician);
		assertThat(caseload)
			.contains("Needs your attention", "thoughts of self-harm", "/alerts/" + alertId + "/acknowledge",
					this.client.user().displayName(), "Only the client&#39;s clinicians see it.")
			.doesNotContain("&#39;&#39;");
		assertThat(page("/clients/" + this.client.id(), this.clinician)).contains("Needs your attention",
				"/alerts/" + alertId + "/acknowledge");
		assertThat(page("/alerts", this.clinician)).contains("thoughts of self-harm", "sends no escalation emails");

		this.mvc
			.perform(post("/alerts/" + alertId + "/acknowledge").param("from", "clients")
				.param("note", "Phoned them, they are safe")
				.with(signedIn(this.clinician))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/clients?alertAcknowledged#alerts"));

		assertThat(page("/clients?alertAcknowledged", this.clinician)).contains("The alert is acknowledged")
			.doesNotContain("/alerts/" + alertId + "/acknowledge");
		assertThat(page("/alerts", this.clinician)).contains("Acknowledged by", "Phoned them, they are safe");
		this.mvc
			.perform(post("/alerts/" + alertId + "/acknowledge").param("from", "alerts")
				.with(signedIn(this.clinician))
				.with(csrf()))
			.andExpect(redirectedUrl("/alerts?alertAcknowledgedAlready"));
	}

	@Test
	void anotherClinician_neitherSeesNorAcknowledgesTheAlert() throws Exception {
		UUID alertId = raise(CrisisSignal.Kind.HELP_NOW);
		CurrentUser stranger = new TestPeople(this.accounts, this.clients).clinician();

		assertThat(page("/clients", stranger)).doesNotContain(this.client.user().displayName(), alertId.toString());
		assertThat(page("/alerts", stranger)).doesNotContain(this.client.user().displayName(), alertId.toString());
		this.mvc.perform(post("/alerts/" + alertId + "/acknowledge").with(signedIn(stranger)).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(this.jdbc.sql("select status from alert where id = :id")
			.param("id", alertId)
			.query(String.class)
			.single()).isEqualTo("OPEN");
	}

	@Test
	void clientTellsTheirClinician_seesTheResourcesAtOnce_andASecondPressAddsNoAlert() throws Exception {
		assertThat(page("/help", this.client.user())).contains("Tell my clinician I need help", "/help-requests");

		this.mvc.perform(post("/help-requests").with(signedIn(this.client.user())).with(csrf()))
			.andExpect(redirectedUrl("/help?told#told"));
		assertThat(this.mvc.perform(get("/help").param("told", "").with(signedIn(this.client.user())))
			.andReturn()
			.getResponse()
			.getContentAsString())
			.contains("Your clinician has been told", "not watching Bridgework in real time", "Samaritans");
		this.mvc.perform(post("/help-requests").with(signedIn(this.client.user())).with(csrf()))
			.andExpect(redirectedUrl("/help?alreadyTold#told"));

		assertThat(alertsOf(this.client.id())).isEqualTo(1);
		assertThat(page("/clients", this.clinician)).contains("I need help now");
	}

	@Test
	void history_keepsAnAlertDealtWithBefore_neverOpen_andOnlyFromTheClientsOwnClinician() {
		Instant raised = Instant.now().minus(Duration.ofDays(20));
		CurrentUser stranger = new TestPeople(this.accounts, this.clients).clinician();

		UUID kept = this.history.recordAcknowledged(this.clinician, this.client.id(), CrisisSignal.Kind.HELP_NOW,
				raised, raised.plus(Duration.ofHours(9)), "Phoned them");

		assertThat(this.store.find(kept)).hasValueSatisfying((alert) -> {
			assertThat(alert.open()).isFalse();
			assertThat(alert.acknowledgedBy()).isEqualTo(this.clinician.id());
			assertThat(alert.acknowledgementNote()).isEqualTo("Phoned them");
		});
		assertThatThrownBy(() -> this.history.recordAcknowledged(this.clinician, this.client.id(),
				CrisisSignal.Kind.HELP_NOW, raised, raised.minusSeconds(1), null))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> this.history.recordAcknowledged(stranger, this.client.id(), CrisisSignal.Kind.HELP_NOW,
				raised, raised.plusSeconds(60), null))
			.isInstanceOf(NotFoundException.class);
		assertThat(alertsOf(this.client.id())).isEqualTo(1);
	}

	@Test
	void clinicianCannotPressHelpForAClient() throws Exception {
		this.mvc.perform(post("/help-requests").with(signedIn(this.clinician)).with(csrf()))
			.andExpect(status().isForbidden());
	}

	private UUID raise(CrisisSignal.Kind kind) {
		return new TestAlerts(this.events, this.transactions, this.jdbc).raise(this.client.id(), kind);
	}

	private String page(String path, CurrentUser user) throws Exception {
		return this.mvc.perform(get(path).with(signedIn(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private int alertsOf(UUID clientId) {
		return this.jdbc.sql("select count(*) from alert where client_id = :c")
			.param("c", clientId)
			.query(Integer.class)
			.single();
	}

}
