package org.bridgework.relapse;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.bridgework.identity.CurrentUser;
import org.bridgework.shared.ConflictException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class StayingWellPlanRepository {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	StayingWellPlanRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
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
		try {
			return this.jdbc.sql("""
					insert into staying_well_plan_version (id, client_id, version, content, saved_by, saved_by_name)
					select :id, :client, coalesce(max(version), 0) + 1, :content::jsonb, :by, :name
					from staying_well_plan_version where client_id = :client
					returning version""")
				.param("id", UUID.randomUUID())
				.param("client", clientId)
				.param("content", this.json.writeValueAsString(content))
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
		return new PlanVersion(rs.getInt("version"), this.json.readValue(rs.getString("content"), PlanRequest.class),
				rs.getTimestamp("saved_at").toInstant(), rs.getString("saved_by_name"));
	}

}
