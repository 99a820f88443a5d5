package org.bridgework.library;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

import org.bridgework.identity.CurrentUser;
import org.bridgework.identity.Role;
import org.bridgework.library.TemplateEdit.FieldEdit;
import org.bridgework.library.TemplateRepository.Scope;
import org.bridgework.library.TemplateRepository.Stored;
import org.bridgework.library.TemplateRepository.VersionInfo;
import org.bridgework.shared.FieldChecks;
import org.bridgework.shared.InvalidInputException;
import org.bridgework.shared.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds templates: the newest version of each for choosing, and exact versions for
 * assignments made earlier. Clinicians copy templates and reword their copies; every
 * change is a new version, so assignments made earlier keep the wording they were given.
 *
 * <p>
 * Built-in templates are visible to everyone; the clinic's (published by an admin) to
 * every clinician, changed by admins only; a clinician's own templates to that clinician
 * only. An archived template leaves the lists people choose from, and its homework keeps
 * working.
 */
@Service
public class TemplateLibrary {

	static final int NAME_MAX = 200;

	static final int TEXT_MAX = 2000;

	static final int STEP_MAX = 500;

	static final int STEPS_MAX = 20;

	static final int LABEL_MAX = 300;

	static final int OPTION_LABEL_MAX = 200;

	private static final int KEY_STEM_MAX = 40;

	private static final String SUFFIX_LETTERS = "abcdefghijkmnpqrstuvwxyz23456789";

	private final TemplateRepository templates;

	private final SecureRandom random = new SecureRandom();

	TemplateLibrary(TemplateRepository templates) {
		this.templates = templates;
	}

	/** The built-in templates only, newest version of each, by name. */
	@Transactional(readOnly = true)
	public List<Template> all() {
		return byName(this.templates.latestBuiltIns().stream());
	}

	/**
	 * Every template the person may choose from, newest version of each, by name: the
	 * built-in ones, the clinic's (for clinicians) and their own. Archived ones are left
	 * out.
	 */
	@Transactional(readOnly = true)
	public List<Template> all(CurrentUser person) {
		return byName(choosable(person).map(Stored::template));
	}

	/**
	 * The person's own templates, newest version of each, by name; archived ones left
	 * out.
	 */
	@Transactional(readOnly = true)
	public List<Template> own(CurrentUser person) {
		return byName(choosable(person).filter((stored) -> stored.ownedBy(person.id())).map(Stored::template));
	}

	/** The clinic's templates, for clinicians; archived ones left out. */
	@Transactional(readOnly = true)
	public List<Template> clinic(CurrentUser person) {
		return byName(choosable(person).filter(Stored::clinic).map(Stored::template));
	}

	/**
	 * The archived templates the person looks after: their own, and for an admin the
	 * clinic's.
	 */
	@Transactional(readOnly = true)
	public List<Template> archived(CurrentUser person) {
		return byName(this.templates.latestVisibleTo(person.id(), isClinician(person))
			.stream()
			.filter(Stored::archived)
			.filter((stored) -> mayChange(person, stored))
			.map(Stored::template));
	}

	/**
	 * Whether the person may change the template (it is theirs, or the clinic's and they
	 * are an admin).
	 */
	@Transactional(readOnly = true)
	public boolean mayChange(CurrentUser person, String key) {
		return this.templates.latest(key).map((stored) -> mayChange(person, stored)).orElse(false);
	}

	/** Whether the template is archived. */
	@Transactional(readOnly = true)
	public boolean isArchived(String key) {
		return this.templates.latest(key).map(Stored::archived).orElse(false);
	}

	/** Whether the template is the clinic's. */
	@Transactional(readOnly = true)
	public boolean isClinic(String key) {
		return this.templates.latest(key).map(Stored::clinic).orElse(false);
	}

	/** The newest version of a built-in template. */
	@Transactional(readOnly = true)
	public Template latest(String key) {
		return this.templates.latest(key)
			.filter(Stored::builtIn)
			.map(Stored::template)
			.orElseThrow(() -> new NotFoundException("Template"));
	}

	/**
	 * The newest version of a template the person may see: a built-in, the clinic's (for
	 * clinicians) or their own, archived or not. Anyone else's is said not to exist.
	 */
	@Transactional(readOnly = true)
	public Template latest(CurrentUser person, String key) {
		return visible(person, key).template();
	}

	/**
	 * The newest version of a template the clinician may give as homework: one they may
	 * see that is not archived.
	 */
	@Transactional(readOnly = true)
	public Template forAssigning(CurrentUser clinician, String key) {
		Stored stored = visible(clinician, key);
		if (stored.archived()) {
			throw new NotFoundException("Template");
		}
		return stored.template();
	}

	/**
	 * An exact version, whoever owns it: assignments point at the version they were
	 * given.
	 */
	@Transactional(readOnly = true)
	public Template version(UUID versionId) {
		return this.templates.version(versionId).orElseThrow(() -> new NotFoundException("Template version"));
	}

	/** One version of a template the person may see. */
	@Transactional(readOnly = true)
	public Template version(CurrentUser person, String key, int version) {
		visible(person, key);
		return this.templates.version(key, version).orElseThrow(() -> new NotFoundException("Template version"));
	}

	/**
	 * Every version of a template the person may see, newest first, each with what
	 * changed from the one before.
	 */
	@Transactional(readOnly = true)
	public List<VersionHistory> history(CurrentUser person, String key) {
		visible(person, key);
		List<VersionInfo> versions = this.templates.history(key);
		List<VersionHistory> history = new ArrayList<>();
		for (int i = versions.size() - 1; i >= 0; i--) {
			VersionInfo info = versions.get(i);
			List<TemplateChange> changes = (i == 0) ? List.of()
					: TemplateChange.between(versions.get(i - 1).template(), info.template());
			history.add(new VersionHistory(info.template().version(), info.createdAt(), info.authorName(), changes));
		}
		return history;
	}

	/**
	 * The newest version of a template the person may change, to edit: one of their own,
	 * or for an admin one of the clinic's. A built-in is refused (copy it first); anyone
	 * else's is said not to exist.
	 */
	@Transactional(readOnly = true)
	public Template editable(CurrentUser person, String key) {
		return changeable(person, key).template();
	}

	/**
	 * Copies a template the clinician may see into a new one of their own: a fresh key,
	 * version 1, the same questions and wording under a new name.
	 */
	@Transactional
	public Template copy(CurrentUser clinician, String sourceKey, String newName) {
		return copy(clinician, sourceKey, newName, false);
	}

	/**
	 * Copies a template the clinician may see into a new one: their own, or with
	 * {@code forClinic} (admins only) the clinic's.
	 */
	@Transactional
	public Template copy(CurrentUser clinician, String sourceKey, String newName, boolean forClinic) {
		clinician.require(Role.CLINICIAN);
		if (forClinic) {
			clinician.require(Role.ADMIN);
		}
		Template source = latest(clinician, sourceKey);
		String name = (newName == null) ? null : newName.strip();
		new FieldChecks().required("name", name).maxLength("name", name, NAME_MAX).throwIfAny();
		TemplateDefinition copy = TemplateDefinition.of(source).withKeyAndName(freshKey(name), name);
		requireWellFormed(copy);
		return store(copy, 1, forClinic ? Scope.CLINIC : Scope.OWN, clinician);
	}

	/**
	 * Builds a new template from scratch: the clinician's own, or with
	 * {@code draft.clinic()} (admins only) the clinic's. Version 1.
	 */
	@Transactional
	public Template create(CurrentUser clinician, TemplateDraft draft) {
		clinician.require(Role.CLINICIAN);
		if (draft.forClinic()) {
			clinician.require(Role.ADMIN);
		}
		String name = (draft.name() == null) ? "" : draft.name().strip();
		TemplateDefinition definition = TemplateBuilder.build(freshKey(name), draft, null);
		requireWellFormed(definition);
		return store(definition, 1, draft.forClinic() ? Scope.CLINIC : Scope.OWN, clinician);
	}

	/**
	 * A new version built from the whole template as written: questions added, removed or
	 * moved, their settings and options changed. Names, types and option values of
	 * questions kept from the version before stay. Nothing is stored when the draft has
	 * problems, or when it changes nothing.
	 */
	@Transactional
	public Template revise(CurrentUser person, String key, TemplateDraft draft) {
		changeable(person, key);
		this.templates.lockForEditing(key);
		Stored current = changeable(person, key);
		TemplateDefinition before = TemplateDefinition.of(current.template());
		TemplateDefinition after = TemplateBuilder.build(key, draft, current.template());
		requireWellFormed(after);
		if (this.templates.checksum(after).equals(this.templates.checksum(before))) {
			return current.template();
		}
		return store(after, current.template().version() + 1, current.scope(), person);
	}

	/**
	 * Rewords a template the person may change as a new version. Nothing is stored when
	 * the edit has problems, or when it changes nothing.
	 */
	@Transactional
	public Template edit(CurrentUser person, String key, TemplateEdit edit) {
		changeable(person, key);
		this.templates.lockForEditing(key);
		Stored current = changeable(person, key);
		TemplateDefinition before = TemplateDefinition.of(current.template());
		TemplateDefinition after = reworded(before, edit);
		requireWellFormed(after);
		if (this.templates.checksum(after).equals(this.templates.checksum(before))) {
			return current.template();
		}
		return store(after, current.template().version() + 1, current.scope(), person);
	}

	/**
	 * Takes a template out of the lists people choose from. Homework already given from
	 * it keeps working.
	 */
	@Transactional
	public void archive(CurrentUser person, String key) {
		changeable(person, key);
		this.templates.archive(key, person.id());
	}

	/** Puts an archived template back in the lists. */
	@Transactional
	public void restore(CurrentUser person, String key) {
		changeable(person, key);
		this.templates.restore(key);
	}

	private Template store(TemplateDefinition definition, int version, Scope scope, CurrentUser author) {
		UUID id = this.templates.insertVersion(definition, version, scope, author.id(), author.id());
		return version(id);
	}

	private Stream<Stored> choosable(CurrentUser person) {
		return this.templates.latestVisibleTo(person.id(), isClinician(person))
			.stream()
			.filter((stored) -> !stored.archived());
	}

	private static boolean isClinician(CurrentUser person) {
		return person.is(Role.CLINICIAN) || person.is(Role.ADMIN);
	}

	private Stored visible(CurrentUser person, String key) {
		return this.templates.latest(key)
			.filter((stored) -> stored.builtIn() || (stored.clinic() && isClinician(person))
					|| stored.ownedBy(person.id()))
			.orElseThrow(() -> new NotFoundException("Template"));
	}

	private static boolean mayChange(CurrentUser person, Stored stored) {
		return (stored.ownedBy(person.id()) && person.is(Role.CLINICIAN)) || (stored.clinic() && person.is(Role.ADMIN));
	}

	private Stored changeable(CurrentUser person, String key) {
		Stored stored = visible(person, key);
		if (stored.builtIn()) {
			throw new AccessDeniedException("Built-in templates are changed by copying them");
		}
		if (!mayChange(person, stored)) {
			throw new NotFoundException("Template");
		}
		return stored;
	}

	private static TemplateDefinition reworded(TemplateDefinition before, TemplateEdit edit) {
		FieldChecks checks = new FieldChecks();
		String name = (edit.name() != null) ? edit.name().strip() : before.name();
		checks.required("name", name).maxLength("name", name, NAME_MAX);
		String purpose = (edit.purpose() != null) ? FieldChecks.trimToNull(edit.purpose()) : before.purpose();
		checks.maxLength("purpose", purpose, TEXT_MAX);
		String whyItWorks = (edit.whyItWorks() != null) ? FieldChecks.trimToNull(edit.whyItWorks())
				: before.whyItWorks();
		checks.maxLength("whyItWorks", whyItWorks, TEXT_MAX);
		List<String> steps = (edit.steps() != null)
				? edit.steps().stream().filter((step) -> step != null && !step.isBlank()).map(String::strip).toList()
				: before.steps();
		checks.check(steps == null || steps.size() <= STEPS_MAX, "steps", "library.validation.steps.tooMany",
				STEPS_MAX);
		if (steps != null && steps.stream().anyMatch((step) -> step.length() > STEP_MAX)) {
			checks.add("steps", "library.validation.step.tooLong", STEP_MAX);
		}
		Map<String, FieldEdit> edits = new LinkedHashMap<>();
		for (FieldEdit fieldEdit : edit.fields()) {
			String fieldName = (fieldEdit == null) ? null : fieldEdit.name();
			if (fieldName == null || before.fields().stream().noneMatch((field) -> field.name().equals(fieldName))) {
				checks.add("fields." + fieldName, "library.validation.field.unknown");
			}
			else {
				edits.put(fieldName, fieldEdit);
			}
		}
		List<TemplateField> fields = new ArrayList<>();
		for (TemplateField field : before.fields()) {
			FieldEdit fieldEdit = edits.get(field.name());
			fields.add((fieldEdit != null) ? reworded(field, fieldEdit, checks) : field);
		}
		checks.throwIfAny();
		return before.withWording(name, purpose, whyItWorks, steps, fields);
	}

	private static TemplateField reworded(TemplateField field, FieldEdit edit, FieldChecks checks) {
		String at = "fields." + field.name();
		String label = (edit.label() != null) ? edit.label().strip() : field.label();
		checks.required(at + ".label", label).maxLength(at + ".label", label, LABEL_MAX);
		String help = (edit.help() != null) ? FieldChecks.trimToNull(edit.help()) : field.help();
		checks.maxLength(at + ".help", help, TEXT_MAX);
		boolean required = (edit.required() != null) ? edit.required() : field.required();
		List<FieldOption> options = field.options();
		if (!edit.options().isEmpty()) {
			options = rewordedOptions(field, edit.options(), checks);
		}
		return new TemplateField(field.name(), field.type(), label, help, required, field.min(), field.max(),
				field.minLabel(), field.maxLabel(), field.unit(), field.maxLength(), options, field.fields(),
				field.minRows(), field.maxRows(), field.rowLabel());
	}

	/**
	 * New labels for a question's options, by value. Values stay: they are what past
	 * answers stored.
	 */
	private static List<FieldOption> rewordedOptions(TemplateField field, List<FieldOption> edits, FieldChecks checks) {
		String at = "fields." + field.name() + ".options";
		if (field.options() == null) {
			checks.add(at, "library.validation.options.none");
			return null;
		}
		Map<String, String> labels = new HashMap<>();
		for (FieldOption option : edits) {
			String value = (option == null) ? null : option.value();
			if (field.options().stream().noneMatch((known) -> known.value().equals(value))) {
				checks.add(at, "library.validation.option.unknown");
			}
			else if (option.label() != null) {
				labels.put(value, option.label().strip());
			}
		}
		List<FieldOption> options = new ArrayList<>();
		for (FieldOption option : field.options()) {
			String label = labels.getOrDefault(option.value(), option.label());
			checks.required(at + "." + option.value() + ".label", label)
				.maxLength(at + "." + option.value() + ".label", label, OPTION_LABEL_MAX);
			options.add(new FieldOption(option.value(), label));
		}
		return options;
	}

	/**
	 * The last word on a definition: if a reworded one would break a rule the library
	 * files follow, it is refused as input, never stored.
	 */
	private static void requireWellFormed(TemplateDefinition definition) {
		try {
			definition.requireWellFormed("edit");
		}
		catch (IllegalStateException ex) {
			throw new InvalidInputException("fields", "library.validation.malformed");
		}
	}

	private String freshKey(String name) {
		String stem = slug(name);
		for (int attempt = 0; attempt < 10; attempt++) {
			String key = stem + "-" + suffix();
			if (!this.templates.keyExists(key)) {
				return key;
			}
		}
		throw new IllegalStateException("No free template key for " + stem);
	}

	static String slug(String name) {
		String ascii = Normalizer.normalize(Objects.requireNonNullElse(name, ""), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT);
		String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (slug.length() > KEY_STEM_MAX) {
			slug = slug.substring(0, KEY_STEM_MAX).replaceAll("-+$", "");
		}
		return slug.isEmpty() ? "template" : slug;
	}

	private String suffix() {
		StringBuilder suffix = new StringBuilder();
		for (int i = 0; i < 6; i++) {
			suffix.append(SUFFIX_LETTERS.charAt(this.random.nextInt(SUFFIX_LETTERS.length())));
		}
		return suffix.toString();
	}

	private static List<Template> byName(Stream<Template> templates) {
		return templates
			.sorted(Comparator.comparing(Template::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Template::key))
			.toList();
	}

}
