package org.bridgework.browser;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

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
import org.bridgework.library.FieldType;
import org.bridgework.library.Template;
import org.bridgework.library.TemplateField;
import org.bridgework.library.TemplateLibrary;
import org.bridgework.testing.SampleFiles;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every template in the library, filled in on a phone as a client would: the form renders
 * accessibly, a complete entry is saved, and a wrong one comes back with a message next
 * to the field and nothing stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EveryTemplateBrowserTests extends BrowserTestSupport {

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

	@Autowired
	TemplateLibrary library;

	@Test
	void everyTemplate_rendersAccessiblySavesAValidEntryAndRefusesAWrongOne() {
		CurrentUser clinician = newPerson(Role.CLINICIAN);
		String email = "every-" + UUID.randomUUID() + "@example.test";
		NewClient client = this.clients.add(clinician, "Every Template", email, ZONE);
		CurrentUser clientUser = this.accounts
			.findUser(this.accounts.acceptInvitation(tokenOf(client.inviteUrl()), PASSWORD, null))
			.orElseThrow();
		LocalDate today = LocalDate.now(ZoneId.of(ZONE));
		try (BrowserContext phone = phone()) {
			Page page = phone.newPage();
			signIn(page, email);
			for (Template template : this.library.all()) {
				UUID assignment = assign(clinician, client.id(), template, today);
				refuseAWrongEntry(page, template, assignment, clientUser);
				saveAValidEntry(page, template, assignment, clientUser);
			}
		}
	}

	private void saveAValidEntry(Page page, Template template, UUID assignment, CurrentUser client) {
		page.navigate(url("/practice/" + assignment));
		for (TemplateField field : template.fields()) {
			fill(page, field, "answers." + field.name());
		}
		assertAccessible(page);
		save(page);
		assertThat(page.locator("main")).containsText("Saved");
		assertThat(this.practice.entries(client, assignment)).as(template.key()).hasSize(1);
	}

	/**
	 * Leaves a required answer empty; a template that requires nothing gets a text longer
	 * than it takes, set the way a script or a paste would (the browser itself only stops
	 * typing).
	 */
	private void refuseAWrongEntry(Page page, Template template, UUID assignment, CurrentUser client) {
		page.navigate(url("/practice/" + assignment));
		String wrongName = requiredAnswerName(template).orElseGet(() -> overlongText(page, template));
		for (TemplateField field : template.fields()) {
			fill(page, field, "answers." + field.name(), wrongName);
		}
		save(page);
		Locator error = page.locator("#" + idOf(wrongName) + "-error");
		assertThat(error).isVisible();
		assertAccessible(page);
		assertThat(this.practice.entries(client, assignment)).as(template.key()).isEmpty();
	}

	private void fill(Page page, TemplateField field, String name) {
		fill(page, field, name, null);
	}

	private void fill(Page page, TemplateField field, String name, String leaveAlone) {
		if (name.equals(leaveAlone)) {
			return;
		}
		Locator inputs = page.locator("[name=\"" + name + "\"]");
		switch (field.type()) {
			case SHORT_TEXT, LONG_TEXT -> inputs.fill("Something I noticed");
			case NUMBER -> inputs.fill(String.valueOf(field.lowest()));
			case DATE -> inputs.fill(LocalDate.now(ZoneId.of(ZONE)).toString());
			case TIME -> inputs.fill("08:30");
			case MOOD -> page.locator("[name=\"" + name + "\"][value=\"3\"]").check(forced());
			case YES_NO -> page.locator("[name=\"" + name + "\"][value=\"yes\"]").check(forced());
			case SCALE -> chooseOnScale(inputs);
			case CHOICE, MULTI_CHOICE, CHECKLIST -> inputs.first().check(forced());
			case REPEATING -> {
				for (TemplateField sub : field.subFields()) {
					fill(page, sub, name + "[0]." + sub.name(), leaveAlone);
				}
			}
			case DRAWING, PHOTO -> page.locator("[name=\"" + name.replace("answers.", "upload.") + "\"]")
				.setInputFiles(new FilePayload("picture.png", "image/png", SampleFiles.png()));
			case VOICE_NOTE -> page.locator("[name=\"" + name.replace("answers.", "upload.") + "\"]")
				.setInputFiles(new FilePayload("note.wav", "audio/wav", SampleFiles.wav()));
		}
	}

	private static void chooseOnScale(Locator inputs) {
		if ("SELECT".equals(inputs.first().evaluate("element => element.tagName"))) {
			inputs.first().selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
		}
		else {
			inputs.first().check(forced());
		}
	}

	private static Optional<String> requiredAnswerName(Template template) {
		for (TemplateField field : template.fields()) {
			if (field.required() && field.type() != FieldType.REPEATING) {
				return Optional.of("answers." + field.name());
			}
			if (field.type() == FieldType.REPEATING) {
				Optional<TemplateField> sub = field.subFields().stream().filter(TemplateField::required).findFirst();
				if (sub.isPresent()) {
					return Optional.of("answers." + field.name() + "[0]." + sub.get().name());
				}
			}
		}
		return Optional.empty();
	}

	private static String overlongText(Page page, Template template) {
		for (TemplateField field : template.fields()) {
			if (field.type().isText()) {
				return overfill(page, "answers." + field.name(), field);
			}
			for (TemplateField sub : (field.type() == FieldType.REPEATING) ? field.subFields()
					: List.<TemplateField>of()) {
				if (sub.type().isText()) {
					return overfill(page, "answers." + field.name() + "[0]." + sub.name(), sub);
				}
			}
		}
		throw new AssertionError(template.key() + " has nothing a client could get wrong");
	}

	private static String overfill(Page page, String name, TemplateField text) {
		page.locator("[name=\"" + name + "\"]")
			.evaluate("(element, length) => element.value = 'x'.repeat(length)", text.textLimit() + 1);
		return name;
	}

	private static void save(Page page) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
	}

	private static Locator.CheckOptions forced() {
		return new Locator.CheckOptions().setForce(true);
	}

	private static String idOf(String name) {
		return name.replace(".", "-").replace("[", "-").replace("]", "");
	}

	private UUID assign(CurrentUser clinician, UUID clientId, Template template, LocalDate today) {
		Set<String> everyDay = Arrays.stream(DayOfWeek.values())
			.map((day) -> day.name().substring(0, 3))
			.collect(Collectors.toSet());
		return this.assignments.assign(clinician, clientId, new AssignmentPlan(template.key(), template.name(), null,
				null, everyDay, null, null, null, today.minusDays(7), null, List.of()));
	}

	private void signIn(Page page, String email) {
		page.navigate(url("/login"));
		page.getByLabel("Email").fill(email);
		page.getByLabel("Password").fill(PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		assertThat(page).hasURL(url("/today"));
	}

	private CurrentUser newPerson(Role role) {
		IssuedInvitation invitation = this.accounts.invite(null, "clinician-" + UUID.randomUUID() + "@example.test",
				"Clinician", EnumSet.of(role));
		return this.accounts.findUser(this.accounts.acceptInvitation(invitation.token(), PASSWORD, null)).orElseThrow();
	}

	private static String tokenOf(String inviteUrl) {
		return inviteUrl.substring(inviteUrl.lastIndexOf('/') + 1);
	}

}
