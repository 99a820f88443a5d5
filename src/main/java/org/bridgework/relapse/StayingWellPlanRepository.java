package org.bridgework.relapse;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.bridgework.identity.CurrentUser;
import org.bridgework.shared.ConflictException;
import org.bridgework.shared.EncryptedColumn;
import org.bridgework.shared.EncryptedColumns;
import org.bridgework.shared.FieldCipher;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class StayingWellPlanRepository implements EncryptedColumns {

	static final EncryptedColumn CONTENT = EncryptedColumn.of("staying_well_plan_version", "content");

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final FieldCipher cipher;

	StayingWellPlanRepository(JdbcClient jdbc, JsonMapper json, FieldCipher cipher) {
		this.jdbc = jdbc;
		this.json = json;
		this.cipher = cipher;
	}

	@Override
	public List<EncryptedColumn> encryptedColumns() {
		return List.of(CONTENT);
	}

	Optional<PlanVersion> current(UUID clientId) {
		return this.jdbc
			.sql("select * from staying_well_plan_version where client_id = :client order by version desc limit 1")
			.param("client", clientId)
			.query(this::map)
			.optional();
	}

	/** Newest first. */
	List<PlanVersion> versions(UUID clientId) {
		return this.jdbc.sql("select * from staying_well_plan_version where client_id = :client order by version desc")
			.param("client", clientId)
			.query(this::map)
			.list();
	}

	/**
	 * Keeps the plan as the next version. Two saves at once cannot both take the same
	 * number: the second is refused and stores nothing.
	 */
	int add(UUID clientId, PlanRequest content, CurrentUser by) {
		UUID id = UUID.randomUUID();
		try {
			return this.jdbc.sql("""
					insert into staying_well_plan_version (id, client_id, version, content, saved_by, saved_by_name)
					select :id, :client, coalesce(max(version), 0) + 1, :content, :by, :name
					from staying_well_plan_version where client_id = :client
					returning version""")
				.param("id", id)
				.param("client", clientId)
				.param("content", this.cipher.seal(CONTENT, id, this.json.writeValueAsString(content)))
				.param("by", by.id())
				.param("name", by.displayName())
				.query(Integer.class)
				.single();
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException("problem.stayingWell.changed");
		}
	}

	private PlanVersion map(ResultSet rs, int row) throws SQLException {
		String content = this.cipher.open(CONTENT, rs.getObject("id", UUID.class), rs.getString("content"));
		return new PlanVersion(rs.getInt("version"), this.json.readValue(content, PlanRequest.class),
				rs.getTimestamp("saved_at").toInstant(), rs.getString("saved_by_name"));
	}

}
