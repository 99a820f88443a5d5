package org.bridgework.alerts;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bridgework.caseload.Clients;
import org.bridgework.identity.Accounts;
import org.bridgework.identity.CurrentUser;
import org.bridgework.safety.CrisisSignal;
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
import static org.bridgework.testing.TestPeople.signedIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The header's count of open alerts, on every page a clinician sees, counts their own
 * clients' open alerts only; alert times read in the clinician's own time zone, named,
 * with how long ago.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AlertHeaderAndTimesIntegrationTests {

	private static final Pattern HEADER_COUNT = Pattern.compile(
			"class=\"nav-count\" aria-hidden=\"true\">\\((\\d+)\\)</span><span\\s+class=\"visually-hidden\">([^<]*)</span>");

	private static final String KOLKATA = "Asia/Kolkata";

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

	private TestPeople people;

	private CurrentUser clinician;

	private TestPeople.Client robin;

	private TestPeople.Client jordan;

	@BeforeEach
	void aClinicianWithTwoClients() {
		this.people = new TestPeople(this.accounts, this.clients);
		this.clinician = this.people.clinician();
		this.robin = this.people.clientOf(this.clinician, "Robin " + UUID.randomUUID(), "Europe/London");
		this.jordan = this.people.clientOf(this.clinician, "Jordan " + UUID.randomUUID(), "America/New_York");
	}

	@Test
	void header_countsTheOpenAlertsOfTheClinicianOwnClients_onEveryPage() throws Exception {
		raise(this.robin, CrisisSignal.Kind.HELP_NOW);
		raise(this.jordan, CrisisSignal.Kind.PHQ9_ITEM9);
		this.history.recordAcknowledged(this.clinician, this.robin.id(), CrisisSignal.Kind.HELP_NOW,
				Instant.now().minus(Duration.ofDays(3)), Instant.now().minus(Duration.ofDays(2)), null);

		for (String path : new String[] { "/clients", "/clients/new", "/library", "/alerts", "/account/settings",
				"/clients/" + this.robin.id(), "/help" }) {
			assertThat(headerCount(page(path, this.clinician))).as("header of %s", path)
				.isEqualTo(new HeaderCount(2, "(2 open alerts)"));
		}
	}

	@Test
	void header_ofAnotherClinician_countsNoneOfTheseAlerts() throws Exception {
		raise(this.robin, CrisisSignal.Kind.HELP_NOW);
		CurrentUser stranger = this.people.clinician();

		assertThat(headerCount(page("/clients", stranger))).isEqualTo(new HeaderCount(0, "(no open alerts)"));
		assertThat(headerCount(page("/clients", this.clinician))).isEqualTo(new HeaderCount(1, "(1 open alert)"));
	}

	@Test
	void header_stopsCountingAnAlertOnceItIsAcknowledged() throws Exception {
		UUID alert = raise(this.jordan, CrisisSignal.Kind.PHQ9_ITEM9);
		assertThat(headerCount(page("/library", this.clinician)).count()).isEqualTo(1);

		this.mvc
			.perform(post("/alerts/" + alert + "/acknowledge").param("from", "alerts")
				.with(signedIn(this.clinician))
				.with(csrf()))
			.andExpect(redirectedUrl("/alerts?alertAcknowledged"));

		assertThat(headerCount(page("/library", this.clinician)).count()).isZero();
	}

	@Test
	void header_ofAClient_hasNoAlertsLinkNorCount() throws Exception {
		raise(this.robin, CrisisSignal.Kind.HELP_NOW);

		assertThat(page("/today", this.robin.user())).doesNotContain("href=\"/alerts\"", "nav-count", "open alert");
	}

	@Test
	void countOfOpenAlerts_isAnsweredFromTheIndexes() {
		String plan = this.transactions.execute((status) -> {
			// On a small table PostgreSQL rightly prefers reading it whole; forbid that
			// to see that the indexes can answer the count.
			this.jdbc.sql("set local enable_seqscan = off").update();
			return String.join("\n",
					this.jdbc.sql("explain " + AlertStore.COUNT_OPEN_FOR_CLINICIAN)
						.param("clinician", this.clinician.id())
						.param("now", java.sql.Timestamp.from(Instant.now()))
						.query(String.class)
						.list());
		});

		assertThat(plan).contains("alert_open_by_client", "care_team_member_clinician", "covering_access_clinician")
			.doesNotContain("Seq Scan");
	}

	@Test
	void alertTimes_areInTheZoneTheClinicianSaved_namedAndSayingHowLongAgo() throws Exception {
		this.mvc
			.perform(post("/account/settings").param("timezone", KOLKATA).with(signedIn(this.clinician)).with(csrf()))
			.andExpect(redirectedUrl("/account/settings?saved"));
		// Whole seconds: PostgreSQL keeps microseconds, the page shows what it kept.
		Instant raised = Instant.now().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS);
		Instant acknowledged = Instant.now().minus(Duration.ofMinutes(12)).truncatedTo(ChronoUnit.SECONDS);
		this.history.recordAcknowledged(this.clinician, this.robin.id(), CrisisSignal.Kind.HELP_NOW, raised,
				acknowledged, "Phoned them");
		UUID open = raise(this.jordan, CrisisSignal.Kind.HELP_NOW);
		Instant openRaised = this.jdbc.sql("select created_at from alert where id = :id")
			.param("id", open)
			.query(java.sql.Timestamp.class)
			.single()
			.toInstant();

		String alerts = page("/alerts", this.clinician);
		assertThat(alerts)
			.contains("Times are shown in Asia/Kolkata.",
					"Raised 3 hours ago, on " + inKolkata(raised) + " (Asia/Kolkata)",
					"12 minutes ago, on " + inKolkata(acknowledged) + " (Asia/Kolkata)",
					"Raised just now, on " + inKolkata(openRaised) + " (Asia/Kolkata)", "datetime=\"" + raised + "\"")
			.doesNotContain("UTC");
		assertThat(page("/clients", this.clinician))
			.contains("Raised just now, on " + inKolkata(openRaised) + " (Asia/Kolkata)");
		assertThat(page("/clients/" + this.jordan.id(), this.clinician))
			.contains("Raised just now, on " + inKolkata(openRaised) + " (Asia/Kolkata)");
	}

	private static String inKolkata(Instant at) {
		ZoneId zone = ZoneId.of(KOLKATA);
		boolean thisYear = at.atZone(zone).getYear() == Instant.now().atZone(zone).getYear();
		return DateTimeFormatter.ofPattern(thisYear ? "EEE d MMM, HH:mm" : "EEE d MMM yyyy, HH:mm", Locale.UK)
			.format(at.atZone(zone));
	}

	private UUID raise(TestPeople.Client client, CrisisSignal.Kind kind) {
		return new TestAlerts(this.events, this.transactions, this.jdbc).raise(client.id(), kind);
	}

	private String page(String path, CurrentUser user) throws Exception {
		return this.mvc.perform(get(path).with(signedIn(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static HeaderCount headerCount(String page) {
		Matcher matcher = HEADER_COUNT.matcher(page);
		assertThat(matcher.find()).as("the header's alert count in %s", page).isTrue();
		return new HeaderCount(Integer.parseInt(matcher.group(1)), matcher.group(2));
	}

	/** What the eye sees in brackets after "Alerts", and what a screen reader hears. */
	record HeaderCount(int count, String spoken) {
	}

}
