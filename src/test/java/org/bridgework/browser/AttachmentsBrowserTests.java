package org.bridgework.browser;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.bridgework.caseload.Clients;
import org.bridgework.caseload.NewClient;
import org.bridgework.homework.AssignmentPlan;
import org.bridgework.homework.Assignments;
import org.bridgework.homework.Practice;
import org.bridgework.identity.Accounts;
import org.bridgework.identity.CurrentUser;
import org.bridgework.identity.IssuedInvitation;
import org.bridgework.identity.Role;
import org.bridgework.testing.SampleFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client adds a drawing made with a finger, a photo and a recorded voice note on a
 * phone; a refused save keeps them; their clinician sees and hears them on the client
 * page. Every step is checked with axe-core.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AttachmentsBrowserTests extends BrowserTestSupport {

	private static final String ZONE = "Europe/London";

	private static final String PASSWORD = "a-long-client-password";

	@Autowired
	Accounts accounts;

	@Autowired
	Clients clients;

	@Autowired
	Assignments assignments;

	@Autowired
	Practice practice;

	private String clinicianEmail;

	private CurrentUser clinician;

	private String clientEmail;

	private UUID clientId;

	private CurrentUser client;

	private UUID assignment;

	@BeforeEach
	void clinicianAssignsAWorksheetTakingFiles() {
		this.clinicianEmail = "files-clinician-" + UUID.randomUUID() + "@example.test";
		IssuedInvitation invitation = this.accounts.invite(null, this.clinicianEmail, "Dr Files",
				EnumSet.of(Role.CLINICIAN));
		this.clinician = this.accounts.findUser(this.accounts.acceptInvitation(invitation.token(), PASSWORD, null))
			.orElseThrow();
		CurrentUser clinician = this.clinician;
		this.clientEmail = "files-client-" + UUID.randomUUID() + "@example.test";
		NewClient added = this.clients.add(clinician, "Robin Files", this.clientEmail, ZONE);
		this.clientId = added.id();
		String token = added.inviteUrl().substring(added.inviteUrl().lastIndexOf('/') + 1);
		this.client = this.accounts.findUser(this.accounts.acceptInvitation(token, PASSWORD, null)).orElseThrow();
		this.assignment = this.assignments.assign(clinician, added.id(),
				new AssignmentPlan("test-all-field-types", "Draw and say it", null, null,
						Set.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"), null, null, null,
						LocalDate.now(ZoneId.of(ZONE)).minusDays(1), null, List.of()));
	}

	@Test
	void aDrawingAPhotoAndAVoiceNoteSurviveARefusedSaveAndReachTheClinician() {
		try (BrowserContext phone = phone()) {
			Page page = phone.newPage();
			signIn(page, this.clientEmail, PASSWORD, "/today");
			page.navigate(url("/practice/" + this.assignment));
			assertAccessible(page);

			drawACircle(page);
			assertThat(page.locator("[data-drawing-status]")).hasText("Your drawing will be added when you save.");
			page.getByLabel("Take or choose a photo")
				.setInputFiles(new FilePayload("photo.jpg", "image/jpeg", SampleFiles.jpeg()));
			recordAVoiceNote(page);
			page.locator("[name=\"answers.headline\"]").evaluate("(element) => element.value = 'x'.repeat(201)");
			save(page);

			assertThat(page.locator("#answers-headline-error")).isVisible();
			assertThat(page.locator(".kept-file img")).hasCount(2);
			assertThat(page.locator(".kept-file audio")).hasCount(1);
			assertLoaded(page.locator(".kept-file img"));
			assertAccessible(page);
			assertThat(this.practice.entries(this.client, this.assignment)).isEmpty();

			page.locator("[name=\"answers.headline\"]").fill("Drew it out");
			save(page);
			assertThat(page.locator("main")).containsText("Saved");
		}
		assertThat(this.practice.entries(this.client, this.assignment)).hasSize(1)
			.first()
			.satisfies((entry) -> assertThat(entry.answers()).containsKeys("sketch", "snapshot", "voiceNote"));

		try (BrowserContext desk = phone()) {
			Page page = desk.newPage();
			signIn(page, this.clinicianEmail, PASSWORD, "/clients");
			page.navigate(url("/clients/" + this.clientId));
			Locator pictures = page.locator(".answer-media img");
			assertThat(pictures).hasCount(2);
			assertThat(pictures.first()).hasAttribute("alt", "Drawing added for \u201cDraw how it felt\u201d");
			assertLoaded(pictures);
			assertThat(page.locator(".answer-media audio")).hasCount(1);
			assertAccessible(page);
		}
	}

	@Test
	void theClinicianAddsAGuidedRecordingAndSeesHowLongTheClientListened() {
		UUID breathing = this.assignments.assign(this.clinician, this.clientId,
				new AssignmentPlan("mindful-breathing", "Breathe with my voice", null, null,
						Set.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"), null, null, null,
						LocalDate.now(ZoneId.of(ZONE)).minusDays(1), null, List.of()));
		try (BrowserContext desk = phone()) {
			Page page = desk.newPage();
			signIn(page, this.clinicianEmail, PASSWORD, "/clients");
			page.navigate(url("/clients/" + this.clientId));
			Locator card = page.locator("#recording-" + breathing);
			card.getByLabel("Add a guided recording")
				.setInputFiles(new FilePayload("guide.wav", "audio/wav", SampleFiles.wav(6)));
			card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Upload recording")).click();
			assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("recording")))
				.hasText("The recording is added. Your client will find it on their practice page.");
			assertThat(page.locator("#recording-" + breathing + " audio")).hasCount(1);
			assertAccessible(page);
		}
		try (BrowserContext phone = phone()) {
			Page page = phone.newPage();
			signIn(page, this.clientEmail, PASSWORD, "/today");
			page.navigate(url("/practice/" + breathing));
			Locator player = page.locator("[data-guided-audio]");
			assertThat(player).isVisible();
			assertAccessible(page);
			player.evaluate("(audio) => audio.play()");
			page.waitForFunction("() => document.querySelector('[data-guided-audio]').currentTime >= 2");
			player.evaluate("(audio) => audio.pause()");
			page.locator("[name=\"answers.mindWandering\"][value=\"a-few-times\"]")
				.check(new Locator.CheckOptions().setForce(true));
			save(page);
			assertThat(page.locator("main")).containsText("Saved");
		}
		assertThat(this.practice.entries(this.client, breathing)).singleElement()
			.satisfies((entry) -> assertThat(entry.listenedSeconds()).isBetween(2, 6));
		try (BrowserContext desk = phone()) {
			Page page = desk.newPage();
			signIn(page, this.clinicianEmail, PASSWORD, "/clients");
			page.navigate(url("/clients/" + this.clientId));
			assertThat(page.locator(".timeline")).containsText("Listened to the recording");
		}
	}

	@Test
	void aFileTooBigIsTurnedAwayBeforeSendingWithTheLimitNamed() {
		try (BrowserContext phone = phone()) {
			Page page = phone.newPage();
			signIn(page, this.clientEmail, PASSWORD, "/today");
			page.navigate(url("/practice/" + this.assignment));
			Locator photo = page.getByLabel("Take or choose a photo");

			photo.setInputFiles(new FilePayload("huge.png", "image/png", SampleFiles.pngOfSize(11 * 1024 * 1024)));

			assertThat(page.locator("#answers-snapshot-error"))
				.hasText("That file is bigger than 10 MB. Please choose a smaller one, or record a shorter note.");
			assertThat(photo).hasAttribute("aria-invalid", "true");
			assertThat((Number) photo.evaluate("(input) => input.files.length")).isEqualTo(0);
			assertAccessible(page);
		}
	}

	private static void drawACircle(Page page) {
		Locator canvas = page.locator("[data-drawing-pad] canvas");
		assertThat(canvas).isVisible();
		canvas.scrollIntoViewIfNeeded();
		var box = canvas.boundingBox();
		double centreX = box.x + box.width / 2;
		double centreY = box.y + box.height / 2;
		page.mouse().move(centreX + 40, centreY);
		page.mouse().down();
		for (int step = 1; step <= 24; step++) {
			double angle = step * Math.PI / 12;
			page.mouse().move(centreX + 40 * Math.cos(angle), centreY + 40 * Math.sin(angle));
		}
		page.mouse().up();
	}

	private static void recordAVoiceNote(Page page) {
		page.context().grantPermissions(List.of("microphone"));
		Locator recorder = page.locator("[data-voice-recorder]");
		recorder.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record a voice note")).click();
		assertThat(recorder.getByRole(AriaRole.STATUS)).containsText("Recording");
		page.waitForTimeout(1200);
		recorder.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Stop recording")).click();
		assertThat(recorder.getByRole(AriaRole.STATUS))
			.hasText("Your voice note is ready and will be added when you save.");
		assertThat((Number) page.locator("[name=\"upload.voiceNote\"]").evaluate("(input) => input.files.length"))
			.isEqualTo(1);
	}

	/** Every picture arrived and decoded: the browser knows its width. */
	private static void assertLoaded(Locator pictures) {
		for (int i = 0; i < pictures.count(); i++) {
			Locator picture = pictures.nth(i);
			picture.scrollIntoViewIfNeeded();
			// Pictures load lazily, once scrolled to: wait (Playwright's timeout) for
			// this
			// one to arrive and decode; a picture that never does fails the test.
			picture.page().waitForFunction("(img) => img.complete && img.naturalWidth > 0", picture.elementHandle());
		}
	}

	private static void save(Page page) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
	}

}
