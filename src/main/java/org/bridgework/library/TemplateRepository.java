package org.bridgework.library;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

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
		this.jdbc.sql("""
				insert into template_version (id, key, version, name, kind, definition, checksum, built_in)
				values (:id, :key, :version, :name, :kind, :definition::jsonb, :checksum, :builtIn)""")
			.param("id", UUID.randomUUID())
			.param("key", definition.key())
			.param("version", version)
			.param("name", definition.name())
			.param("kind", definition.kind())
			.param("definition", this.json.writeValueAsString(definition))
			.param("checksum", checksum)
			.param("builtIn", builtIn)
			.update();
	}

	List<Template> latestOfEach() {
		return this.jdbc.sql("""
				select distinct on (key) id, version, definition from template_version
				order by key, version desc""").query(this::map).list();
	}

	Optional<Template> latest(String key) {
		return this.jdbc
			.sql("select id, version, definition from template_version where key = :key order by version desc limit 1")
			.param("key", key)
			.query(this::map)
			.optional();
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

}
