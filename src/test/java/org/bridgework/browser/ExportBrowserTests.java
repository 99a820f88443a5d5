package org.bridgework.browser;

import java.io.IOException;
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
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.bridgework.caseload.Clients;
import org.bridgework.caseload.NewClient;
import org.bridgework.homework.AssignmentPlan;
import org.bridgework.homework.Assignments;
import org.bridgework.homework.EntryRequest;
import org.bridgework.homework.Practice;
import org.bridgework.identity.Accounts;
import org.bridgework.identity.CurrentUser;
import org.bridgework.identity.IssuedInvitation;
import org.bridgework.identity.Role;
import org.bridgework.testing.PdfText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a phone: the client finds "Download my record" on Today and downloads their record,
 * private entry and all; their clinician downloads it from the client page, and a first
 * day after the last is put right next to the field. Every page is checked with axe-core.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExportBrowserTests extends BrowserTestSupport {

	private static final String ZONE = "Europe/Warsaw";

	private static final String PASSWORD = "a-long-export-password";

	@Autowired
	Accounts accounts;

	@Autowired
	Clients clients;

	@Autowired
	Assignments assignments;

	@Autowired
	Practice practice;

	private String clinicianEmail;

	private String clientEmail;

	private UUID clientId;

	@BeforeEach
	void aClientWithAPrivateEntry() {
		this.clinicianEmail = "export-clinician-" + UUID.randomUUID() + "@example.test";
		IssuedInvitation invitation = this.accounts.invite(null, this.clinicianEmail, "Dr Nowak",
				EnumSet.of(Role.CLINICIAN));
		CurrentUser clinician = this.accounts
			.findUser(this.accounts.acceptInvitation(invitation.token(), PASSWORD, null))
			.orElseThrow();
		this.clientEmail = "export-client-" + UUID.randomUUID() + "@example.test";
		NewClient added = this.clients.add(clinician, "Zoë Łukasz", this.clientEmail, ZONE);
		this.clientId = added.id();
		String token = added.inviteUrl().substring(added.inviteUrl().lastIndexOf('/') + 1);
		CurrentUser client = this.accounts.findUser(this.accounts.acceptInvitation(token, PASSWORD, null))
			.orElseThrow();
		LocalDate today = LocalDate.now(ZoneId.of(ZONE));
		UUID breathing = this.assignments.assign(clinician, added.id(),
				new AssignmentPlan("mindful-breathing", "Breathing by the window", null, null,
						Set.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"), null, null, 1, today.minusDays(10),
						null, List.of()));
		this.practice.record(client, breathing, UUID.randomUUID().toString(),
				new EntryRequest(today.minusDays(2), Map.of("mindWandering", "a-few-times", "breathNotes", "Slower"),
						60, 4, 3, 7, "Only-for-me", true, false));
	}

	@Test
	void theClientDownloadsTheirOwnRecordFromToday() throws IOException {
		try (BrowserContext phone = phone()) {
			Page page = phone.newPage();
			signIn(page, this.clientEmail, PASSWORD, "/today");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download my record")).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("My data");
			assertAccessible(page);

			Download pdf = page.waitForDownload(() -> page
				.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download PDF").setExact(true))
				.click());
			assertThat(pdf.suggestedFilename()).matches("bridgework-zoe-lukasz-\\d{4}-\\d{2}-\\d{2}\\.pdf");
			assertThat(PdfText.of(Files.readAllBytes(pdf.path()))).contains("Zoë Łukasz", "Breathing by the window",
					"Only-for-me");

			Download zip = page.waitForDownload(
					() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download CSV files (ZIP)"))
						.click());
			assertThat(zip.suggestedFilename()).endsWith(".zip");
			assertThat(Files.size(zip.path())).isGreaterThan(100);
		}
	}

	@Test
	void theClinicianDownloadsTheRecordAndIsToldWhenTheDatesAreTheWrongWayRound() throws IOException {
		try (BrowserContext phone = phone()) {
			Page page = phone.newPage();
			signIn(page, this.clinicianEmail, PASSWORD, "/clients");
			page.navigate(url("/clients/" + this.clientId));
			assertThat(page.locator("#export")).containsText("Download the record");
			assertAccessible(page);

			Download pdf = page.waitForDownload(() -> page.locator("#export")
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Download PDF").setExact(true))
				.click());
			String text = PdfText.of(Files.readAllBytes(pdf.path()));
			assertThat(text).contains("Zoë Łukasz", "Dr Nowak").doesNotContain("Only-for-me");

			page.getByLabel("First day (optional)").fill("2026-03-10");
			page.getByLabel("Last day (optional)").fill("2026-03-01");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("PDF for these dates")).click();
			assertThat(page.locator("#export-from-error"))
				.hasText("The first day needs to be on or before the last day.");
			assertThat(page.getByLabel("First day (optional)")).hasValue("2026-03-10");
			assertAccessible(page);
		}
	}

}
