package org.bridgework.caseload;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ClientRepository {

	private static final String SELECT_PROFILE = """
			select c.id, c.display_name, c.timezone, c.created_at, a.email, a.password_hash is not null as signed_up
			from client c join account a on a.id = c.account_id
			""";

	private final JdbcClient jdbc;

	ClientRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, UUID accountId, String displayName, String timezone, UUID clinicianId) {
		this.jdbc.sql("insert into client (id, account_id, display_name, timezone) values (:id, :account, :name, :tz)")
			.param("id", id)
			.param("account", accountId)
			.param("name", displayName)
			.param("tz", timezone)
			.update();
		this.jdbc.sql("insert into care_team_member (client_id, clinician_id) values (:client, :clinician)")
			.param("client", id)
			.param("clinician", clinicianId)
			.update();
	}

	List<ClientProfile> caseloadOf(UUID clinicianId) {
		return this.jdbc.sql(SELECT_PROFILE + """
				where exists(select 1 from care_team_member m where m.client_id = c.id and m.clinician_id = :clinician)
				order by lower(c.display_name), c.id""")
			.param("clinician", clinicianId)
			.query(ClientRepository::map)
			.list();
	}

	Optional<ClientProfile> find(UUID clientId) {
		return this.jdbc.sql(SELECT_PROFILE + " where c.id = :id")
			.param("id", clientId)
			.query(ClientRepository::map)
			.optional();
	}

	private static ClientProfile map(ResultSet rs, int row) throws SQLException {
		return new ClientProfile(rs.getObject("id", UUID.class), rs.getString("display_name"), rs.getString("timezone"),
				rs.getString("email"), rs.getBoolean("signed_up"), rs.getTimestamp("created_at").toInstant());
	}

}
