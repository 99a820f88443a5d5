package org.bridgework.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.bridgework.caseload.Clients;
import org.bridgework.caseload.NewClient;
import org.bridgework.erasure.Erasures;
import org.bridgework.homework.AssignmentPlan;
import org.bridgework.homework.Assignments;
import org.bridgework.homework.EntryRequest;
import org.bridgework.homework.Practice;
import org.bridgework.identity.Accounts;
import org.bridgework.identity.CurrentUser;
import org.bridgework.identity.IssuedInvitation;
import org.bridgework.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a phone: the client saves their whole record as JSON from My data, reads what
 * erasure means and asks for it (the tick first); their clinician finds the request on
 * the caseload and client pages and finishes it with the client's name typed. Every page
 * is checked with axe-core.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErasureBrowserTests extends BrowserTestSupport {

	private static final String ZONE = "Europe/Warsaw";

	private static final String PASSWORD = "a-long-erasure-password";

	@Autowired
	Accounts accounts;

	@Autowired
	Clients clients;

	@Autowired
	Assignments assignments;

	@Autowired
	Practice practice;

	@Autowired
	Erasures erasures;

	private String clinicianEmail;

	private String clientEmail;

	private String clientName;

	private UUID clientId;

	private CurrentUser client;

	@BeforeEach
	void aClientWithAPrivateEntry() {
		this.clinicianEmail = "erasure-clinician-" + UUID.randomUUID() + "@example.test";
		IssuedInvitation invitation = this.accounts.invite(null, this.clinicianEmail, "Dr Nowak",
				EnumSet.of(Role.CLINICIAN));
		CurrentUser clinician = this.accounts
			.findUser(this.accounts.acceptInvitation(invitation.token(), PASSWORD, null))
			.orElseThrow();
		this.clientEmail = "erasure-client-" + UUID.randomUUID() + "@example.test";
		this.clientName = "Zoë Łukasz";
		NewClient added = this.clients.add(clinician, this.clientName, this.clientEmail, ZONE);
		this.clientId = added.id();
		String token = added.inviteUrl().substring(added.inviteUrl().lastIndexOf('/') + 1);
		this.client = this.accounts.findUser(this.accounts.acceptInvitation(token, PASSWORD, null)).orElseThrow();
		LocalDate today = LocalDate.now(ZoneId.of(ZONE));
		UUID breathing = this.assignments.assign(clinician, added.id(),
				new AssignmentPlan("mindful-breathing", "Breathing by the window", null, null,
						Set.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"), null, null, 1, today.minusDays(10),
						null, List.of()));
		this.practice.record(this.client, breathing, UUID.randomUUID().toString(),
				new EntryRequest(today.minusDays(2), Map.of("mindWandering", "a-few-times", "breathNotes", "Slower"),
						60, 4, 3, 7, "Only-for-me", true, false));
	}

	@Test
	void theClientSavesTheirRecordAsJsonThenAsksForErasure() throws IOException {
		try (BrowserContext phone = phone()) {
			Page page = phone.newPage();
			signIn(page, this.clientEmail, PASSWORD, "/today");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download my record")).click();
			Download json = page.waitForDownload(() -> page
				.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download everything as data (JSON)"))
				.click());
			assertThat(json.suggestedFilename()).matches("bridgework-zoe-lukasz-\\d{4}-\\d{2}-\\d{2}\\.json");
			assertThat(Files.readString(json.path(), StandardCharsets.UTF_8)).contains("Zoë Łukasz",
					"Breathing by the window", "Only-for-me");

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Read what erasure means and ask for it"))
				.click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Erase my data");
			assertThat(page.locator("main")).containsText("Your clinician will finish this with you");
			assertAccessible(page);

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ask for my data to be erased"))
				.click();
			assertThat(page.locator("#erasure-understood-error")).containsText("Please tick the box");
			assertAccessible(page);

			page.getByLabel("I understand that once my clinician finishes this, my data is gone for good.").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ask for my data to be erased"))
				.click();
			assertThat(page.locator("main")).containsText("You asked on");
			assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Keep my data")))
				.isVisible();
			assertAccessible(page);
		}
	}

	@Test
	void theClinicianFindsTheRequestAndFinishesItWithTheNameTyped() {
		this.erasures.request(this.client);
		try (BrowserContext phone = phone()) {
			Page page = phone.newPage();
			signIn(page, this.clinicianEmail, PASSWORD, "/clients");
			assertThat(page.locator("#erasure-requests")).containsText("Zoë Łukasz");
			assertAccessible(page);
			page.navigate(url("/clients/" + this.clientId));
			assertThat(page.locator("#erasure")).containsText("asked on");
			assertAccessible(page);

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Review and finish the erasure")).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Finish erasing Zoë Łukasz's data");
			assertAccessible(page);

			page.getByLabel("To confirm, type their name: Zoë Łukasz").fill("Zoe");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Erase for good")).click();
			assertThat(page.locator("#erasure-confirm-error"))
				.hasText("Type the client's name as shown above to confirm.");
			assertAccessible(page);

			page.getByLabel("To confirm, type their name: Zoë Łukasz").fill("zoe łukasz");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Erase for good")).click();
			assertThat(page.locator("[role=status]")).containsText("The data is erased");
			assertThat(page.locator("main")).not().containsText("Zoë Łukasz");
			assertAccessible(page);
		}
	}

}
