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

	/**
	 * @param creationKey the form's or request's one-time key, or null without one
	 */
	void insert(UUID id, UUID accountId, String displayName, String timezone, UUID clinicianId, String creationKey) {
		this.jdbc.sql("""
				insert into client (id, account_id, display_name, timezone, created_by, creation_key)
				values (:id, :account, :name, :tz, :clinician, :key)""")
			.param("id", id)
			.param("account", accountId)
			.param("name", displayName)
			.param("tz", timezone)
			.param("clinician", clinicianId)
			.param("key", creationKey)
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

	/**
	 * Serialises, until the transaction ends, every attempt of one clinician to add a
	 * client with this key: the second waits, then finds the client the first added.
	 */
	void lockCreationKey(UUID clinicianId, String creationKey) {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtext('bridgework.client-creation'), hashtext(:lockKey))")
			.param("lockKey", clinicianId + "/" + creationKey)
			.query()
			.singleRow();
	}

	Optional<ClientProfile> findByCreationKey(UUID clinicianId, String creationKey) {
		return this.jdbc.sql(SELECT_PROFILE + " where c.created_by = :clinician and c.creation_key = :key")
			.param("clinician", clinicianId)
			.param("key", creationKey)
			.query(ClientRepository::map)
			.optional();
	}

	List<String> clinicianNamesOf(UUID clientId) {
		return this.jdbc.sql("""
				select a.display_name from care_team_member m join account a on a.id = m.clinician_id
				where m.client_id = :client order by m.added_at, a.display_name""")
			.param("client", clientId)
			.query(String.class)
			.list();
	}

	String accountNameOf(UUID clientId) {
		return this.jdbc
			.sql("select a.display_name from client c join account a on a.id = c.account_id where c.id = :id")
			.param("id", clientId)
			.query(String.class)
			.single();
	}

	UUID accountIdOf(UUID clientId) {
		return this.jdbc.sql("select account_id from client where id = :id")
			.param("id", clientId)
			.query(UUID.class)
			.single();
	}

	private static ClientProfile map(ResultSet rs, int row) throws SQLException {
		return new ClientProfile(rs.getObject("id", UUID.class), rs.getString("display_name"), rs.getString("timezone"),
				rs.getString("email"), rs.getBoolean("signed_up"), rs.getTimestamp("created_at").toInstant());
	}

}
