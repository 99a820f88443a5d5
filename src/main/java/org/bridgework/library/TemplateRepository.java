package org.bridgework.library;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.bridgework.shared.Tokens;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TemplateRepository {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	TemplateRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void lockForLoading() {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtext('bridgework.template-library'))").query().singleRow();
	}

	private static final String SELECT = """
			select t.id, t.version, t.definition, t.built_in, t.clinic, t.owner_id,
			       exists (select 1 from template_archive x where x.key = t.key) as archived
			from template_version t
			""";

	private static final String LATEST = SELECT.replace("select t.id", "select distinct on (t.key) t.id");

	Optional<StoredVersion> latestChecksum(String key) {
		return this.jdbc
			.sql("select version, checksum from template_version where key = :key order by version desc limit 1")
			.param("key", key)
			.query((rs, row) -> new StoredVersion(rs.getInt("version"), rs.getString("checksum")))
			.optional();
	}

	void insert(TemplateDefinition definition, int version, String checksum, boolean builtIn) {
		insert(UUID.randomUUID(), definition, version, checksum, builtIn ? Scope.BUILT_IN : Scope.OWN, null, null);
	}

	/**
	 * Stores a version of a clinician's own template.
	 */
	UUID insertOwn(TemplateDefinition definition, int version, UUID ownerId) {
		return insertVersion(definition, version, Scope.OWN, ownerId, ownerId);
	}

	/**
	 * Stores a version of a clinician's own template (with its owner) or of a clinic
	 * template (no owner), saved by {@code author}.
	 */
	UUID insertVersion(TemplateDefinition definition, int version, Scope scope, UUID ownerId, UUID author) {
		UUID id = UUID.randomUUID();
		insert(id, definition, version, checksum(definition), scope, (scope == Scope.OWN) ? ownerId : null, author);
		return id;
	}

	String checksum(TemplateDefinition definition) {
		return Tokens.sha256(this.json.writeValueAsString(definition));
	}

	/**
	 * Holds off other edits of one template until the transaction ends, so two edits at
	 * once become two versions rather than one failure.
	 */
	void lockForEditing(String key) {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtext('bridgework.template:' || :key))")
			.param("key", key)
			.query()
			.singleRow();
	}

	private void insert(UUID id, TemplateDefinition definition, int version, String checksum, Scope scope, UUID ownerId,
			UUID author) {
		this.jdbc.sql("""
				insert into template_version
				    (id, key, version, name, kind, definition, checksum, built_in, owner_id, clinic, created_by)
				values (:id, :key, :version, :name, :kind, :definition::jsonb, :checksum, :builtIn, :ownerId,
				    :clinic, :author)""")
			.param("id", id)
			.param("key", definition.key())
			.param("version", version)
			.param("name", definition.name())
			.param("kind", definition.kind())
			.param("definition", this.json.writeValueAsString(definition))
			.param("checksum", checksum)
			.param("builtIn", scope == Scope.BUILT_IN)
			.param("ownerId", ownerId)
			.param("clinic", scope == Scope.CLINIC)
			.param("author", author)
			.update();
	}

	/** The newest version of every built-in template. */
	List<Template> latestBuiltIns() {
		return latestWhere("t.built_in").stream().map(Stored::template).toList();
	}

	/**
	 * The newest version of every template a person may choose from or look after: the
	 * built-in ones, the clinic's (for clinicians) and their own, archived or not.
	 */
	List<Stored> latestVisibleTo(UUID personId, boolean clinician) {
		return this.jdbc.sql(LATEST + """
				where t.built_in or (t.clinic and :clinician) or t.owner_id = :person
				order by t.key, t.version desc""")
			.param("person", personId)
			.param("clinician", clinician)
			.query(this::mapStored)
			.list();
	}

	/** The newest version of every template of one clinician's own. */
	List<Template> latestOwnedBy(UUID ownerId) {
		return this.jdbc.sql(LATEST + " where t.owner_id = :owner order by t.key, t.version desc")
			.param("owner", ownerId)
			.query(this::mapStored)
			.list()
			.stream()
			.filter((stored) -> !stored.archived())
			.map(Stored::template)
			.toList();
	}

	private List<Stored> latestWhere(String condition) {
		return this.jdbc.sql(LATEST + " where " + condition + " order by t.key, t.version desc")
			.query(this::mapStored)
			.list();
	}

	/** The newest version of a template, with whose it is and whether it is archived. */
	Optional<Stored> latest(String key) {
		return this.jdbc.sql(SELECT + " where t.key = :key order by t.version desc limit 1")
			.param("key", key)
			.query(this::mapStored)
			.optional();
	}

	/** Every version of a template, oldest first, with when and by whom it was saved. */
	List<VersionInfo> history(String key) {
		return this.jdbc.sql("""
				select t.id, t.version, t.definition, t.created_at, a.display_name
				from template_version t left join account a on a.id = t.created_by
				where t.key = :key order by t.version""")
			.param("key", key)
			.query((rs, row) -> new VersionInfo(map(rs, row), rs.getTimestamp("created_at").toInstant(),
					rs.getString("display_name")))
			.list();
	}

	Optional<Template> version(String key, int version) {
		return this.jdbc
			.sql("select id, version, definition from template_version where key = :key and version = :version")
			.param("key", key)
			.param("version", version)
			.query(this::map)
			.optional();
	}

	void archive(String key, UUID by) {
		this.jdbc.sql("insert into template_archive (key, archived_by) values (:key, :by) on conflict (key) do nothing")
			.param("key", key)
			.param("by", by)
			.update();
	}

	void restore(String key) {
		this.jdbc.sql("delete from template_archive where key = :key").param("key", key).update();
	}

	boolean keyExists(String key) {
		return this.jdbc.sql("select exists (select 1 from template_version where key = :key)")
			.param("key", key)
			.query(Boolean.class)
			.single();
	}

	Optional<Template> version(UUID versionId) {
		return this.jdbc.sql("select id, version, definition from template_version where id = :id")
			.param("id", versionId)
			.query(this::map)
			.optional();
	}

	private Stored mapStored(ResultSet rs, int row) throws SQLException {
		Scope scope = rs.getBoolean("built_in") ? Scope.BUILT_IN : rs.getBoolean("clinic") ? Scope.CLINIC : Scope.OWN;
		return new Stored(map(rs, row), scope, rs.getObject("owner_id", UUID.class), rs.getBoolean("archived"));
	}

	private Template map(ResultSet rs, int row) throws SQLException {
		TemplateDefinition definition = this.json.readValue(rs.getString("definition"), TemplateDefinition.class);
		return definition.asVersion(rs.getObject("id", UUID.class), rs.getInt("version"));
	}

	record StoredVersion(int version, String checksum) {
	}

	/** Whose a template is. */
	enum Scope {

		/** From the library files, for everyone. */
		BUILT_IN,
		/** Published by an admin for every clinician of the clinic. */
		CLINIC,
		/** A clinician's own, for them only. */
		OWN

	}

	/**
	 * The newest version of a template and whose it is.
	 *
	 * @param ownerId the clinician whose own template this is, null for the others
	 */
	record Stored(Template template, Scope scope, UUID ownerId, boolean archived) {

		boolean builtIn() {
			return this.scope == Scope.BUILT_IN;
		}

		boolean clinic() {
			return this.scope == Scope.CLINIC;
		}

		boolean ownedBy(UUID accountId) {
			return this.scope == Scope.OWN && this.ownerId != null && this.ownerId.equals(accountId);
		}

	}

	/**
	 * @param authorName who saved the version, null for the built-in library
	 */
	record VersionInfo(Template template, Instant createdAt, String authorName) {
	}

}
