package org.bridgework.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import org.bridgework.api.ApiFixtures.Assignment;
import org.bridgework.api.ApiFixtures.Client;
import org.bridgework.api.ApiFixtures.Clinician;
import org.bridgework.web.Visitor;
import org.bridgework.web.Visitor.Page;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bridgework.api.ApiFixtures.EVERY_DAY;
import static org.bridgework.api.ApiFixtures.PASSWORD;
import static org.bridgework.api.ApiFixtures.assignmentBody;
import static org.bridgework.api.ApiFixtures.entryBody;

/**
 * A clinician copies a template, rewords the copy, and every edit is a new version:
 * homework assigned earlier keeps the wording it was given, and nobody else sees, copies
 * or edits the clinician's own templates.
 */
class TemplateEditingIntegrationTests extends ApiIntegrationTestBase {

	static final String V1_BREATH_LABEL = "What did you notice about your breath?";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anEditIsANewVersionAndEarlierHomeworkKeepsItsWording() {
		String marker = UUID.randomUUID().toString();
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);
		JsonNode copy = copy(clinician, "mindful-breathing", "Calm minute " + marker).expect(201).json();
		String key = copy.get("key").stringValue();
		assertThat(key).startsWith("calm-minute-");
		assertThat(copy.get("version").intValue()).isEqualTo(1);
		JsonNode v1 = template(clinician, key).expect(200).json();
		assertThat(v1.get("name").stringValue()).isEqualTo("Calm minute " + marker);
		Assignment before = assignAndRecord(clinician, client, key, "BEFORE-ANSWER-" + marker);

		JsonNode edited = edit(clinician, key,
				wording("Calm minute, reworded " + marker, "breathNotes", "BREATH-V2-" + marker))
			.expect(200)
			.json();
		Assignment after = assignAndRecord(clinician, client, key, "AFTER-ANSWER-" + marker);

		assertThat(edited.get("key").stringValue()).isEqualTo(key);
		assertThat(edited.get("version").intValue()).isEqualTo(2);
		JsonNode v2 = template(clinician, key).expect(200).json();
		assertThat(v2.get("version").intValue()).isEqualTo(2);
		assertThat(v2.get("name").stringValue()).isEqualTo("Calm minute, reworded " + marker);
		assertThat(labelOf(v2, "breathNotes")).isEqualTo("BREATH-V2-" + marker);
		assertThat(labelOf(v2, "mindWandering")).isEqualTo(labelOf(v1, "mindWandering"));
		assertThat(templateVersionOf(before)).isEqualTo(v1.get("versionId").stringValue());
		assertThat(templateVersionOf(after)).isEqualTo(v2.get("versionId").stringValue());

		Visitor clientBrowser = signedIn(client.email());
		Page beforePage = clientBrowser.get("/practice/" + before.id());
		Page afterPage = clientBrowser.get("/practice/" + after.id());
		assertThat(beforePage.status()).isEqualTo(200);
		assertThat(beforePage.text()).contains(V1_BREATH_LABEL).doesNotContain("BREATH-V2-");
		assertThat(afterPage.text()).contains("BREATH-V2-" + marker).doesNotContain(V1_BREATH_LABEL);
		Visitor clinicianBrowser = signedIn(clinician.email());
		assertThat(clinicianBrowser.get("/clients/" + client.id() + "/assignments/new").text())
			.contains("Calm minute, reworded " + marker, "Mindful breathing");
		Page review = clinicianBrowser.get("/clients/" + client.id());
		assertThat(review.status()).isEqualTo(200);
		assertThat(review.text()).contains(V1_BREATH_LABEL, "BEFORE-ANSWER-" + marker, "BREATH-V2-" + marker,
				"AFTER-ANSWER-" + marker);
		assertThat(labelBefore(review.text(), "BEFORE-ANSWER-" + marker, V1_BREATH_LABEL, "BREATH-V2-" + marker))
			.isEqualTo(V1_BREATH_LABEL);
		assertThat(labelBefore(review.text(), "AFTER-ANSWER-" + marker, V1_BREATH_LABEL, "BREATH-V2-" + marker))
			.isEqualTo("BREATH-V2-" + marker);
	}

	@Test
	void anotherClinicianNeitherSeesNorCopiesNorEditsSomeonesOwnTemplate() {
		String marker = "PRIVATE-" + UUID.randomUUID();
		Clinician owner = this.api.newClinician();
		Client ownersClient = this.api.newClientOf(owner);
		String key = copy(owner, "mood-log", "Mood " + marker).expect(201).json().get("key").stringValue();
		edit(owner, key, wording("Mood " + marker, "mood", "LABEL-" + marker)).expect(200);
		Clinician stranger = this.api.newClinician();
		int versionsBefore = versionCount(key);

		ApiResponse list = this.api.http().get(stranger.token(), "/api/v1/templates").expect(200);
		ApiResponse one = template(stranger, key);
		ApiResponse copied = copy(stranger, key, "Taken");
		ApiResponse edited = edit(stranger, key, wording("Taken " + marker, "mood", "Taken"));
		ApiResponse asClient = template(ownersClient, key);

		assertThat(list.body()).doesNotContain(marker, key);
		assertThat(one.status()).isEqualTo(404);
		assertThat(copied.status()).isEqualTo(404);
		assertThat(edited.status()).isEqualTo(404);
		assertThat(asClient.status()).isEqualTo(404);
		for (ApiResponse refused : List.of(one, copied, edited, asClient)) {
			refused.assertProblemShape();
			assertThat(refused.body()).doesNotContain(marker);
		}
		assertThat(versionCount(key)).isEqualTo(versionsBefore);
		assertThat(ownTemplatesOf(stranger)).isZero();
		assertThat(this.api.http().get(owner.token(), "/api/v1/templates").expect(200).body()).contains(key,
				"LABEL-" + marker);

		Visitor browser = signedIn(stranger.email());
		Page library = browser.get("/library");
		Page editPage = browser.get("/library/" + key + "/edit");
		Page copyPost = browser.submit(library, "/library/" + key + "/copy", Map.of("name", "Taken"));
		Page editPost = browser.submit(library, "/library/" + key + "/edit",
				Map.of("name", "Taken", "fields[0].name", "mood", "fields[0].label", "Taken"));
		assertThat(library.status()).isEqualTo(200);
		assertThat(library.text()).doesNotContain(marker);
		Client strangersClient = this.api.newClientOf(stranger);
		assertThat(browser.get("/clients/" + strangersClient.id() + "/assignments/new").text()).contains("Mood log")
			.doesNotContain(marker);
		assertThat(browser.get("/clients/" + strangersClient.id() + "/assignments/new?template=" + key).status())
			.isEqualTo(404);
		assertThat(this.api.http()
			.post(stranger.token(), "/api/v1/clients/" + strangersClient.id() + "/assignments",
					assignmentBody(key, EVERY_DAY, strangersClient.today(), null))
			.invalidFields()).containsExactly("templateKey");
		for (Page refused : List.of(editPage, copyPost, editPost)) {
			assertThat(refused.status()).isEqualTo(404);
			assertThat(refused.body()).doesNotContain(marker);
		}
		assertThat(versionCount(key)).isEqualTo(versionsBefore);
		assertThat(ownTemplatesOf(stranger)).isZero();
		assertThat(signedIn(owner.email()).get("/library").text()).contains("Mood " + marker);
	}

	@Test
	void aBuiltInTemplateIsCopiedNeverEdited() {
		Clinician clinician = this.api.newClinician();
		int versionsBefore = versionCount("mindful-breathing");

		ApiResponse edited = edit(clinician, "mindful-breathing", wording("Mine now", "breathNotes", "Changed"));
		Visitor browser = signedIn(clinician.email());
		Page library = browser.get("/library");
		Page editPage = browser.get("/library/mindful-breathing/edit");
		Page editPost = browser.submit(library, "/library/mindful-breathing/edit",
				Map.of("name", "Mine now", "fields[0].name", "breathNotes", "fields[0].label", "Changed"));

		assertThat(edited.status()).isIn(403, 404);
		edited.assertProblemShape();
		assertThat(editPage.status()).isIn(403, 404);
		assertThat(editPost.status()).isIn(403, 404);
		assertThat(versionCount("mindful-breathing")).isEqualTo(versionsBefore);
		assertThat(template(clinician, "mindful-breathing").expect(200).json().get("name").stringValue())
			.isEqualTo("Mindful breathing");
	}

	@Test
	void anEditWithABlankNameOrLabelIsRefusedFieldByFieldAndStoresNothing() {
		Clinician clinician = this.api.newClinician();
		String key = copy(clinician, "mindful-breathing", "Breathing my way").expect(201)
			.json()
			.get("key")
			.stringValue();

		Map<String, Object> blank = wording("  ", "breathNotes", " ");
		blank.put("fields", List.of(Map.of("name", "breathNotes", "label", " "),
				Map.of("name", "mindWandering", "options", List.of(Map.of("value", "a-few-times", "label", "")))));
		ApiResponse refused = edit(clinician, key, blank);
		ApiResponse unknown = edit(clinician, key, wording("Fine", "noSuchQuestion", "Hello"));
		ApiResponse noName = copy(clinician, "mindful-breathing", " ");

		assertThat(refused.invalidFields()).containsExactlyInAnyOrder("name", "fields.breathNotes.label",
				"fields.mindWandering.options.a-few-times.label");
		assertThat(unknown.invalidFields()).containsExactly("fields.noSuchQuestion");
		assertThat(noName.invalidFields()).containsExactly("name");
		assertThat(versionCount(key)).isEqualTo(1);
		assertThat(ownTemplatesOf(clinician)).isEqualTo(1);

		Visitor browser = signedIn(clinician.email());
		Page form = browser.get("/library/" + key + "/edit");
		assertThat(form.status()).isEqualTo(200);
		Page page = browser.submit(form, "/library/" + key + "/edit",
				Map.of("name", "", "fields[0].name", "breathNotes", "fields[0].label", ""));
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.body()).contains("id=\"name-error\"", "aria-describedby=\"name-error\"",
				"id=\"field-0-label-error\"", "aria-describedby=\"field-0-label-error\"", "aria-invalid=\"true\"");
		assertThat(page.text()).contains("Please fill this in.");
		assertThat(versionCount(key)).isEqualTo(1);

		Page saved = browser.submit(form, "/library/" + key + "/edit", Map.of("name", "Breathing, kinder",
				"fields[0].name", "breathNotes", "fields[0].label", "What was your breath like?"));
		assertThat(saved.status()).isEqualTo(302);
		assertThat(saved.location()).isEqualTo("/library/" + key + "/edit?saved=2");
		assertThat(browser.get(saved.location()).text()).contains("Saved as version 2", "What was your breath like?");
		assertThat(versionCount(key)).isEqualTo(2);
	}

	@Test
	void theLibraryPageCopiesATemplateAndLeadsToItsEditPage() {
		Clinician clinician = this.api.newClinician();
		Visitor browser = signedIn(clinician.email());
		Page library = browser.get("/library");
		assertThat(library.status()).isEqualTo(200);
		assertThat(library.text()).contains("Mindful breathing", "Use a copy");

		Page refused = browser.submit(library, "/library/mindful-breathing/copy", Map.of("name", ""));
		Page copied = browser.submit(library, "/library/mindful-breathing/copy", Map.of("name", "My breathing"));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("id=\"copy-name-mindful-breathing-error\"");
		assertThat(copied.status()).isEqualTo(302);
		assertThat(copied.location()).startsWith("/library/my-breathing-").endsWith("/edit?copied");
		Page edit = browser.get(copied.location());
		assertThat(edit.status()).isEqualTo(200);
		assertThat(edit.text()).contains("Your copy is ready", V1_BREATH_LABEL);
		assertThat(ownTemplatesOf(clinician)).isEqualTo(1);
		assertThat(browser.get("/library").text()).contains("My breathing", "Edit");
	}

	private Assignment assignAndRecord(Clinician clinician, Client client, String key, String answer) {
		Assignment assignment = this.api.assign(clinician, client,
				assignmentBody(key, EVERY_DAY, client.today().minusDays(10), null));
		this.api.record(client, assignment,
				entryBody(client.today().minusDays(1), Map.of("mindWandering", "a-few-times", "breathNotes", answer)));
		return assignment;
	}

	/** The template version an assignment points at (the API does not show it). */
	private String templateVersionOf(Assignment assignment) {
		return this.jdbc.sql("select template_version_id from assignment where id = :id")
			.param("id", assignment.id())
			.query(UUID.class)
			.single()
			.toString();
	}

	private ApiResponse copy(ApiFixtures.Person person, String key, String name) {
		return this.api.http().post(person.token(), "/api/v1/templates/" + key + "/copies", Map.of("name", name));
	}

	private ApiResponse edit(ApiFixtures.Person person, String key, Map<String, Object> body) {
		return this.api.http().send("PUT", "/api/v1/templates/" + key, person.token(), body, Map.of());
	}

	private ApiResponse template(ApiFixtures.Person person, String key) {
		return this.api.http().get(person.token(), "/api/v1/templates/" + key);
	}

	private static Map<String, Object> wording(String name, String field, String label) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", name);
		body.put("fields", List.of(Map.of("name", field, "label", label)));
		return body;
	}

	private static String labelOf(JsonNode template, String field) {
		for (JsonNode node : template.get("fields")) {
			if (node.get("name").stringValue().equals(field)) {
				return node.get("label").stringValue();
			}
		}
		throw new AssertionError("No field " + field + " in " + template);
	}

	/** Of the labels, the one shown last before the answer on the page. */
	private static String labelBefore(String text, String answer, String... labels) {
		String before = text.substring(0, text.indexOf(answer));
		String closest = null;
		for (String label : labels) {
			if (before.contains(label)
					&& (closest == null || before.lastIndexOf(label) > before.lastIndexOf(closest))) {
				closest = label;
			}
		}
		return closest;
	}

	private int versionCount(String key) {
		return this.jdbc.sql("select count(*) from template_version where key = :key")
			.param("key", key)
			.query(Integer.class)
			.single();
	}

	private int ownTemplatesOf(Clinician clinician) {
		return this.jdbc.sql("""
				select count(distinct t.key) from template_version t join account a on a.id = t.owner_id
				where lower(a.email) = lower(:email)""")
			.param("email", clinician.email())
			.query(Integer.class)
			.single();
	}

	private Visitor signedIn(String email) {
		Visitor visitor = new Visitor(this.port);
		Page page = visitor.signIn(email, PASSWORD);
		assertThat(page.location()).as("%s signs in", email).isEqualTo("/").isNotNull();
		return visitor;
	}

}
