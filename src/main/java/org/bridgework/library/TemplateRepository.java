package org.bridgework.library;

import java.sql.ResultSet;
import java.sql.SQLException;
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

	Optional<StoredVersion> latestChecksum(String key) {
		return this.jdbc
			.sql("select version, checksum from template_version where key = :key order by version desc limit 1")
			.param("key", key)
			.query((rs, row) -> new StoredVersion(rs.getInt("version"), rs.getString("checksum")))
			.optional();
	}

	void insert(TemplateDefinition definition, int version, String checksum, boolean builtIn) {
		insert(UUID.randomUUID(), definition, version, checksum, builtIn, null);
	}

	/**
	 * Stores a version of a clinician's own template.
	 */
	UUID insertOwn(TemplateDefinition definition, int version, UUID ownerId) {
		UUID id = UUID.randomUUID();
		insert(id, definition, version, checksum(definition), false, ownerId);
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

	private void insert(UUID id, TemplateDefinition definition, int version, String checksum, boolean builtIn,
			UUID ownerId) {
		this.jdbc.sql("""
				insert into template_version (id, key, version, name, kind, definition, checksum, built_in, owner_id)
				values (:id, :key, :version, :name, :kind, :definition::jsonb, :checksum, :builtIn, :ownerId)""")
			.param("id", id)
			.param("key", definition.key())
			.param("version", version)
			.param("name", definition.name())
			.param("kind", definition.kind())
			.param("definition", this.json.writeValueAsString(definition))
			.param("checksum", checksum)
			.param("builtIn", builtIn)
			.param("ownerId", ownerId)
			.update();
	}

	/** The newest version of every built-in template. */
	List<Template> latestBuiltIns() {
		return this.jdbc.sql("""
				select distinct on (key) id, version, definition from template_version
				where owner_id is null
				order by key, version desc""").query(this::map).list();
	}

	/** The newest version of every template of one clinician's own. */
	List<Template> latestOwnedBy(UUID ownerId) {
		return this.jdbc.sql("""
				select distinct on (key) id, version, definition from template_version
				where owner_id = :owner
				order by key, version desc""").param("owner", ownerId).query(this::map).list();
	}

	/** The newest version of a template, with its owner (null for a built-in). */
	Optional<Owned> latest(String key) {
		return this.jdbc.sql("""
				select id, version, definition, owner_id from template_version
				where key = :key order by version desc limit 1""")
			.param("key", key)
			.query((rs, row) -> new Owned(map(rs, row), rs.getObject("owner_id", UUID.class)))
			.optional();
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

	private Template map(ResultSet rs, int row) throws SQLException {
		TemplateDefinition definition = this.json.readValue(rs.getString("definition"), TemplateDefinition.class);
		return definition.asVersion(rs.getObject("id", UUID.class), rs.getInt("version"));
	}

	record StoredVersion(int version, String checksum) {
	}

	/**
	 * @param ownerId the clinician whose own template this is, null for a built-in
	 */
	record Owned(Template template, UUID ownerId) {

		boolean builtIn() {
			return this.ownerId == null;
		}

		boolean ownedBy(UUID accountId) {
			return this.ownerId != null && this.ownerId.equals(accountId);
		}

	}

}
