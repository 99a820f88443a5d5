package org.bridgework.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bridgework.api.ApiFixtures.EVERY_DAY;
import static org.bridgework.api.ApiFixtures.PASSWORD;
import static org.bridgework.api.ApiFixtures.assignmentBody;
import static org.bridgework.api.ApiFixtures.entryBody;

/**
 * Templates built from scratch, through the API and through the builder page without
 * JavaScript; clinic templates an admin shares; archiving; the version history; and a
 * client reading the template versions their homework uses.
 */
class TemplateBuilderIntegrationTests extends ApiIntegrationTestBase {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aClinicianBuildsATemplateThroughTheApiAndOnlyTheirClientReadsItsVersion() {
		String marker = UUID.randomUUID().toString();
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);
		Client otherClient = this.api.newClientOf(clinician);
		Clinician stranger = this.api.newClinician();

		JsonNode created = create(clinician, draft("Worry diary " + marker)).expect(201).json();
		String key = created.get("key").stringValue();
		assertThat(key).startsWith("worry-diary-");
		assertThat(created.get("version").intValue()).isEqualTo(1);

		JsonNode template = template(clinician, key).expect(200).json();
		assertThat(template.get("kind").stringValue()).isEqualTo("worksheet");
		assertThat(template.get("estimatedMinutes").intValue()).isEqualTo(5);
		assertThat(names(template.get("fields"))).containsExactly("howStrongIsTheWorry", "whereWereYou", "worries");
		JsonNode scale = template.get("fields").get(0);
		assertThat(scale.get("type").stringValue()).isEqualTo("scale");
		assertThat(scale.get("max").intValue()).isEqualTo(10);
		assertThat(scale.get("maxLabel").stringValue()).isEqualTo("Very strong");
		assertThat(scale.get("required").booleanValue()).isTrue();
		assertThat(values(template.get("fields").get(1).get("options"))).containsExactly("at-home", "at-work");
		JsonNode rows = template.get("fields").get(2);
		assertThat(names(rows.get("fields"))).containsExactly("whatWasTheWorry", "didItHappen");
		assertThat(rows.get("maxRows").intValue()).isEqualTo(5);
		assertThat(this.api.http().get(clinician.token(), "/api/v1/templates").expect(200).body()).contains(key);

		Assignment assignment = this.api.assign(clinician, client,
				assignmentBody(key, EVERY_DAY, client.today().minusDays(5), null));
		this.api.record(client, assignment,
				entryBody(client.today().minusDays(1), Map.of("howStrongIsTheWorry", 7, "whereWereYou", "at-home",
						"worries", List.of(Map.of("whatWasTheWorry", "The train is late", "didItHappen", false)))));

		ApiResponse asClient = version(client, key, 1);
		assertThat(asClient.status()).isEqualTo(200);
		assertThat(names(asClient.json().get("fields"))).containsExactly("howStrongIsTheWorry", "whereWereYou",
				"worries");
		assertThat(version(clinician, key, 1).status()).isEqualTo(200);
		List<ApiResponse> refused = List.of(template(client, key), version(client, key, 2),
				version(otherClient, key, 1), version(stranger, key, 1), template(stranger, key));
		for (ApiResponse response : refused) {
			assertThat(response.status()).as(response.request()).isEqualTo(404);
			response.assertProblemShape();
			// The path asked for comes back in "instance"; nothing else of the template
			// does.
			assertThat(response.body()).doesNotContain(marker, "How strong", "Worry diary", "whereWereYou");
		}
		assertThat(this.api.http().get(stranger.token(), "/api/v1/templates").expect(200).body()).doesNotContain(key,
				marker);
	}

	@Test
	void aDraftWithProblemsIsRefusedPlaceByPlaceAndStoresNothing() {
		Clinician clinician = this.api.newClinician();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", " ");
		body.put("kind", "poem");
		body.put("fields",
				List.of(Map.of("type", "scale", "label", "", "min", 5, "max", 5),
						Map.of("type", "choice", "label", "Pick one", "options", List.of(Map.of("label", "Only one"))),
						Map.of("type", "repeating", "label", "Rows", "fields",
								List.of(Map.of("type", "repeating", "label", "Rows in rows")))));

		ApiResponse refused = create(clinician, body);
		ApiResponse empty = create(clinician,
				Map.of("name", "Nothing to ask", "kind", "practice", "fields", List.of()));
		Map<String, Object> forClinic = draft("Not mine to share");
		forClinic.put("clinic", true);
		ApiResponse notAnAdmin = create(clinician, forClinic);

		assertThat(refused.invalidFields()).containsExactlyInAnyOrder("name", "kind", "fields[0].label",
				"fields[0].max", "fields[1].options", "fields[2].fields[0].type");
		assertThat(empty.invalidFields()).containsExactly("fields");
		assertThat(notAnAdmin.status()).isEqualTo(403);
		assertThat(templatesSavedBy(clinician)).isZero();
	}

	@Test
	void anAdminSharesATemplateWithTheClinicAndOnlyAdminsChangeIt() {
		String marker = UUID.randomUUID().toString();
		String admin = this.api.adminToken();
		Map<String, Object> shared = draft("Clinic check-in " + marker);
		shared.put("clinic", true);
		String key = this.api.http()
			.post(admin, "/api/v1/templates", shared)
			.expect(201)
			.json()
			.get("key")
			.stringValue();
		Clinician clinician = this.api.newClinician();
		Clinician colleague = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);

		assertThat(this.api.http().get(clinician.token(), "/api/v1/templates").expect(200).body()).contains(key);
		assertThat(this.api.http().get(colleague.token(), "/api/v1/templates").expect(200).body()).contains(key);
		assertThat(template(colleague, key).status()).isEqualTo(200);
		Assignment assignment = this.api.assign(clinician, client,
				assignmentBody(key, EVERY_DAY, client.today().minusDays(2), null));
		assertThat(assignment.templateKey()).isEqualTo(key);
		assertThat(template(client, key).status()).isEqualTo(404);
		assertThat(version(client, key, 1).status()).isEqualTo(200);
		assertThat(this.api.http()
			.post(clinician.token(), "/api/v1/templates/" + key + "/copies", Map.of("name", "My check-in"))
			.status()).isEqualTo(201);

		ApiResponse reworded = reword(clinician.token(), key, "Changed by a clinician");
		Visitor browser = signedIn(clinician.email(), PASSWORD);
		Page library = browser.get("/library");
		assertThat(library.text()).contains("Shared by your clinic", "Clinic check-in " + marker);
		Page editPage = browser.get("/library/" + key + "/edit");
		Page archive = browser.submit(library, "/library/" + key + "/archive", Map.of());
		assertThat(reworded.status()).isEqualTo(404);
		assertThat(editPage.status()).isEqualTo(404);
		assertThat(archive.status()).isEqualTo(404);
		assertThat(versionCount(key)).isEqualTo(1);

		assertThat(reword(admin, key, "Reworded by the admin").expect(200).json().get("version").intValue())
			.isEqualTo(2);
		assertThat(template(colleague, key).json().get("name").stringValue()).isEqualTo("Reworded by the admin");
		Visitor adminBrowser = signedIn(ADMIN_EMAIL, ADMIN_PASSWORD);
		assertThat(adminBrowser.get("/library/" + key + "/edit").status()).isEqualTo(200);

		String copied = this.api.http()
			.post(admin, "/api/v1/templates/mood-log/copies", Map.of("name", "Clinic mood " + marker, "clinic", true))
			.expect(201)
			.json()
			.get("key")
			.stringValue();
		assertThat(this.api.http().get(colleague.token(), "/api/v1/templates").expect(200).body()).contains(copied);
		assertThat(this.api.http()
			.post(clinician.token(), "/api/v1/templates/mood-log/copies", Map.of("name", "Mine", "clinic", true))
			.status()).isEqualTo(403);
	}

	@Test
	void archivingTakesATemplateOutOfTheListsAndItsHomeworkKeepsWorking() {
		String marker = UUID.randomUUID().toString();
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);
		String name = "Old diary " + marker;
		String key = create(clinician, draft(name)).expect(201).json().get("key").stringValue();
		Assignment assignment = this.api.assign(clinician, client,
				assignmentBody(key, EVERY_DAY, client.today().minusDays(3), null));
		Visitor browser = signedIn(clinician.email(), PASSWORD);

		Page confirm = browser.get("/library/" + key + "/archive");
		assertThat(confirm.status()).isEqualTo(200);
		assertThat(confirm.text()).contains("Archive " + name + "?", "Yes, archive it", "No, keep it");
		assertThat(archiveRows(key)).isEqualTo(0);
		Page archived = browser.submit(confirm, "/library/" + key + "/archive", Map.of());
		assertThat(archived.status()).isEqualTo(302);
		assertThat(archived.location()).isEqualTo("/library?archived");

		assertThat(this.api.http().get(clinician.token(), "/api/v1/templates").expect(200).body()).doesNotContain(key);
		assertThat(browser.get("/clients/" + client.id() + "/assignments/new").text()).doesNotContain(name);
		assertThat(browser.get("/clients/" + client.id() + "/assignments/new?template=" + key).status()).isEqualTo(404);
		assertThat(this.api.http()
			.post(clinician.token(), "/api/v1/clients/" + client.id() + "/assignments",
					assignmentBody(key, EVERY_DAY, client.today(), null))
			.invalidFields()).containsExactly("templateKey");
		Page library = browser.get("/library");
		assertThat(library.text()).contains("Archived", name, "Put it back in the library");

		Visitor clientBrowser = signedIn(client.email(), PASSWORD);
		Page practice = clientBrowser.get("/practice/" + assignment.id());
		assertThat(practice.status()).isEqualTo(200);
		assertThat(practice.text()).contains("How strong is the worry?");
		this.api.record(client, assignment,
				entryBody(client.today(), Map.of("howStrongIsTheWorry", 3, "whereWereYou", "at-work")));
		assertThat(version(client, key, 1).status()).isEqualTo(200);

		Page restored = browser.submit(library, "/library/" + key + "/restore", Map.of());
		assertThat(restored.location()).isEqualTo("/library?restored");
		assertThat(this.api.http().get(clinician.token(), "/api/v1/templates").expect(200).body()).contains(key);
	}

	@Test
	void theBuilderPageBuildsAndReshapesATemplateWithoutJavaScript() {
		Clinician clinician = this.api.newClinician();
		Visitor browser = signedIn(clinician.email(), PASSWORD);
		Page page = browser.get("/library/new");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("Build a template", "No questions yet");

		MultiValueMap<String, String> form = formOf(page);
		form.set("name", "Urge surfing");
		form.set("kind", "skills");
		form.set("newType", "SCALE");
		page = act(browser, page, form, "addField");
		assertThat(page.status()).isEqualTo(200);
		form = formOf(page);
		assertThat(form.getFirst("fields[0].min")).isEqualTo("0");
		assertThat(form.getFirst("fields[0].type")).isEqualTo("SCALE");
		form.set("fields[0].label", "How strong is the urge?");
		form.set("fields[0].max", "5");
		form.set("newType", "CHOICE");
		page = act(browser, page, form, "addField");
		form = formOf(page);
		form.set("fields[1].label", "What helped?");
		form.set("fields[1].options[0].label", "A walk");
		form.set("fields[1].options[1].label", "Music");
		page = act(browser, page, form, "addOption:1");
		form = formOf(page);
		assertThat(form.getFirst("name")).isEqualTo("Urge surfing");
		assertThat(form.getFirst("fields[0].label")).isEqualTo("How strong is the urge?");
		assertThat(form.getFirst("fields[1].options[1].label")).isEqualTo("Music");
		assertThat(form.containsKey("fields[1].options[2].label")).isTrue();
		form.set("fields[1].options[2].label", "Calling a friend");
		page = act(browser, page, form, "moveUp:1");
		form = formOf(page);
		assertThat(form.getFirst("fields[0].label")).isEqualTo("What helped?");
		assertThat(form.getFirst("fields[1].label")).isEqualTo("How strong is the urge?");
		form.set("newType", "REPEATING");
		page = act(browser, page, form, "addField");
		form = formOf(page);
		form.set("fields[2].label", "Each urge");
		form.set("fields[2].fields[0].label", "When was it?");
		form.set("fields[2].newSubType", "YES_NO");
		page = act(browser, page, form, "addSubField:2");
		form = formOf(page);
		assertThat(form.getFirst("fields[2].fields[1].type")).isEqualTo("YES_NO");
		Matcher subTypes = Pattern.compile("name=\"fields\\[2\\]\\.newSubType\">(.*?)</select>", Pattern.DOTALL)
			.matcher(page.body());
		assertThat(subTypes.find()).isTrue();
		assertThat(subTypes.group(1)).contains("value=\"YES_NO\"").doesNotContain("value=\"REPEATING\"");

		Page refused = act(browser, page, form, "save");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("id=\"field-2-1-label-error\"",
				"aria-describedby=\"field-2-1-label-error\"", "aria-invalid=\"true\"");
		form = formOf(refused);
		assertThat(form.getFirst("fields[0].options[2].label")).isEqualTo("Calling a friend");
		assertThat(form.getFirst("fields[2].fields[0].label")).isEqualTo("When was it?");
		page = act(browser, refused, form, "removeField:2.1");
		form = formOf(page);
		assertThat(form.containsKey("fields[2].fields[1].label")).isFalse();
		Page saved = act(browser, page, form, "save");
		assertThat(saved.status()).isEqualTo(302);
		assertThat(saved.location()).startsWith("/library/urge-surfing-").endsWith("/edit?created");
		String key = saved.location().replace("/library/", "").replace("/edit?created", "");

		JsonNode v1 = template(clinician, key).expect(200).json();
		assertThat(v1.get("kind").stringValue()).isEqualTo("skills");
		assertThat(names(v1.get("fields"))).containsExactly("whatHelped", "howStrongIsTheUrge", "eachUrge");
		assertThat(values(v1.get("fields").get(0).get("options"))).containsExactly("a-walk", "music",
				"calling-a-friend");
		assertThat(v1.get("fields").get(1).get("max").intValue()).isEqualTo(5);
		assertThat(names(v1.get("fields").get(2).get("fields"))).containsExactly("whenWasIt");

		Page edit = browser.get("/library/" + key + "/edit");
		assertThat(edit.status()).isEqualTo(200);
		form = formOf(edit);
		form.set("fields[0].options[0].label", "A long walk");
		page = act(browser, edit, form, "removeOption:0:1");
		form = formOf(page);
		assertThat(form.getFirst("fields[0].options[0].label")).isEqualTo("A long walk");
		page = act(browser, page, form, "addOption:0");
		form = formOf(page);
		form.set("fields[0].options[2].label", "Tea");
		form.set("fields[1].label", "How strong was the urge?");
		Page resaved = act(browser, page, form, "save");
		assertThat(resaved.location()).isEqualTo("/library/" + key + "/edit?saved=2");

		JsonNode v2 = template(clinician, key).expect(200).json();
		JsonNode options = v2.get("fields").get(0).get("options");
		assertThat(values(options)).containsExactly("a-walk", "calling-a-friend", "tea");
		assertThat(options.get(0).get("label").stringValue()).isEqualTo("A long walk");

		Page history = browser.get("/library/" + key + "/versions");
		assertThat(history.status()).isEqualTo(200);
		assertThat(history.text()).contains("Version 2", "Version 1", "by " + clinician.displayName(),
				"Question \"What helped?\": choice \"A walk\" \u2192 \"A long walk\"",
				"Question \"What helped?\": choice \"Music\" removed.",
				"Question \"What helped?\": choice \"Tea\" added.",
				"Question \"How strong is the urge?\" wording: \"How strong is the urge?\" \u2192 \"How strong was the urge?\"");

		MultiValueMap<String, String> retyped = formOf(browser.get("/library/" + key + "/edit"));
		retyped.set("fields[1].type", "SHORT_TEXT");
		Page typeChanged = act(browser, edit, retyped, "save");
		assertThat(typeChanged.status()).isEqualTo(400);
		assertThat(typeChanged.body()).contains("id=\"field-1-type-error\"");
		assertThat(versionCount(key)).isEqualTo(2);
	}

	// Helpers

	static Map<String, Object> draft(String name) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", name);
		body.put("kind", "worksheet");
		body.put("modalities", List.of("CBT"));
		body.put("purpose", "To notice worries and let them pass.");
		body.put("whyItWorks", "Writing a worry down makes it smaller.");
		body.put("steps", List.of("Notice the worry.", "Write it down."));
		body.put("estimatedMinutes", 5);
		body.put("fields",
				List.of(Map.of("type", "scale", "label", "How strong is the worry?", "min", 0, "max", 10, "minLabel",
						"Not at all", "maxLabel", "Very strong", "required", true),
						Map.of("type", "choice", "label", "Where were you?", "options",
								List.of(Map.of("label", "At home"), Map.of("label", "At work"))),
						Map.of("type", "repeating", "label", "Worries", "rowLabel", "Worry", "maxRows", 5, "fields",
								List.of(Map.of("type", "short-text", "label", "What was the worry?"),
										Map.of("type", "yes-no", "label", "Did it happen?")))));
		return body;
	}

	private ApiResponse create(ApiFixtures.Person person, Map<String, Object> body) {
		return this.api.http().post(person.token(), "/api/v1/templates", body);
	}

	private ApiResponse template(ApiFixtures.Person person, String key) {
		return this.api.http().get(person.token(), "/api/v1/templates/" + key);
	}

	private ApiResponse version(ApiFixtures.Person person, String key, int version) {
		return this.api.http().get(person.token(), "/api/v1/templates/" + key + "/versions/" + version);
	}

	private ApiResponse reword(String token, String key, String name) {
		return this.api.http().send("PUT", "/api/v1/templates/" + key, token, Map.of("name", name), Map.of());
	}

	private static List<String> names(JsonNode fields) {
		List<String> names = new ArrayList<>();
		fields.forEach((field) -> names.add(field.get("name").stringValue()));
		return names;
	}

	private static List<String> values(JsonNode options) {
		List<String> values = new ArrayList<>();
		options.forEach((option) -> values.add(option.get("value").stringValue()));
		return values;
	}

	private int versionCount(String key) {
		return this.jdbc.sql("select count(*) from template_version where key = :key")
			.param("key", key)
			.query(Integer.class)
			.single();
	}

	private int archiveRows(String key) {
		return this.jdbc.sql("select count(*) from template_archive where key = :key")
			.param("key", key)
			.query(Integer.class)
			.single();
	}

	private int templatesSavedBy(Clinician clinician) {
		return this.jdbc.sql("select count(*) from template_version where created_by = :id")
			.param("id", clinician.id())
			.query(Integer.class)
			.single();
	}

	private Page act(Visitor browser, Page page, MultiValueMap<String, String> form, String action) {
		MultiValueMap<String, String> fields = new LinkedMultiValueMap<>(form);
		fields.set("action", action);
		String path = formAction(page);
		return browser.submit(page, path, fields);
	}

	private static final Pattern BUILDER_FORM = Pattern
		.compile("<form action=\"([^\"]*)\" method=\"post\" class=\"card\"[^>]*>(.*?)</form>", Pattern.DOTALL);

	private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>");

	private static final Pattern TEXTAREA = Pattern.compile("<textarea\\b([^>]*)>(.*?)</textarea>", Pattern.DOTALL);

	private static final Pattern SELECT = Pattern.compile("<select\\b([^>]*)>(.*?)</select>", Pattern.DOTALL);

	private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>");

	private static String formAction(Page page) {
		Matcher form = BUILDER_FORM.matcher(page.body());
		assertThat(form.find()).as("the builder form on %s", page.body()).isTrue();
		return unescape(form.group(1));
	}

	/** What the builder form would post as it stands, buttons aside. */
	private static MultiValueMap<String, String> formOf(Page page) {
		Matcher form = BUILDER_FORM.matcher(page.body());
		assertThat(form.find()).as("the builder form").isTrue();
		String html = form.group(2);
		MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
		Matcher input = INPUT.matcher(html);
		while (input.find()) {
			String attributes = input.group(1);
			String name = attribute(attributes, "name");
			String type = attribute(attributes, "type");
			if (name == null || "_csrf".equals(name)) {
				continue;
			}
			if (("checkbox".equals(type) || "radio".equals(type)) && !attributes.matches("(?s).*\\bchecked\\b.*")) {
				continue;
			}
			String value = attribute(attributes, "value");
			fields.add(name, (value != null) ? value : "");
		}
		Matcher textarea = TEXTAREA.matcher(html);
		while (textarea.find()) {
			fields.add(attribute(textarea.group(1), "name"), unescape(textarea.group(2)));
		}
		Matcher select = SELECT.matcher(html);
		while (select.find()) {
			Matcher option = OPTION.matcher(select.group(2));
			String chosen = null;
			while (option.find()) {
				if (chosen == null || option.group(1).matches("(?s).*\\bselected\\b.*")) {
					String value = attribute(option.group(1), "value");
					if (chosen == null || option.group(1).matches("(?s).*\\bselected\\b.*")) {
						chosen = value;
					}
				}
			}
			fields.add(attribute(select.group(1), "name"), chosen);
		}
		return fields;
	}

	private static String attribute(String attributes, String name) {
		Matcher matcher = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attributes);
		return matcher.find() ? unescape(matcher.group(1)) : null;
	}

	private static String unescape(String html) {
		return html.replace("&#39;", "'")
			.replace("&#x27;", "'")
			.replace("&quot;", "\"")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&amp;", "&");
	}

	private Visitor signedIn(String email, String password) {
		Visitor visitor = new Visitor(this.port);
		Page page = visitor.signIn(email, password);
		assertThat(page.location()).as("%s signs in", email).isEqualTo("/");
		return visitor;
	}

}
