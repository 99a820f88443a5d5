package org.bridgework.erasure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The waiting requests, with who they are about. Callers have checked access already.
 */
@Repository
class ErasureRepository {

	private static final String SELECT_PENDING = """
			select r.client_id, r.requested_at, c.display_name, c.timezone,
			       array(select a.display_name from care_team_member m join account a on a.id = m.clinician_id
			             where m.client_id = c.id order by m.added_at, a.display_name) as clinicians
			from erasure_request r join client c on c.id = r.client_id
			""";

	private final JdbcClient jdbc;

	ErasureRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Asks once: asking again keeps the first request and its time.
	 * @return whether this was the first time
	 */
	boolean request(UUID clientId, Instant at) {
		return this.jdbc.sql("""
				insert into erasure_request (client_id, requested_at) values (:client, :at)
				on conflict (client_id) do nothing""")
			.param("client", clientId)
			.param("at", java.sql.Timestamp.from(at))
			.update() == 1;
	}

	Optional<Instant> requestedAt(UUID clientId) {
		return this.jdbc.sql("select requested_at from erasure_request where client_id = :client")
			.param("client", clientId)
			.query((rs, row) -> rs.getTimestamp("requested_at").toInstant())
			.optional();
	}

	boolean withdraw(UUID clientId) {
		return this.jdbc.sql("delete from erasure_request where client_id = :client")
			.param("client", clientId)
			.update() == 1;
	}

	/** Every waiting request, oldest first; or only those of one clinician's clients. */
	List<PendingErasure> pending(UUID clinicianId) {
		String where = (clinicianId == null) ? ""
				: "where exists(select 1 from care_team_member m where m.client_id = c.id and m.clinician_id = :clinician)";
		JdbcClient.StatementSpec query = this.jdbc.sql(SELECT_PENDING + where + " order by r.requested_at, c.id");
		if (clinicianId != null) {
			query = query.param("clinician", clinicianId);
		}
		return query.query(ErasureRepository::map).list();
	}

	Optional<PendingErasure> pendingFor(UUID clientId) {
		return this.jdbc.sql(SELECT_PENDING + "where r.client_id = :client")
			.param("client", clientId)
			.query(ErasureRepository::map)
			.optional();
	}

	/**
	 * The client's account, with the request and the client locked until the transaction
	 * ends: a second erasure of the same client waits, then finds nothing to do, and
	 * nothing new can point at the client meanwhile.
	 */
	Optional<UUID> lockRequest(UUID clientId) {
		return this.jdbc.sql("""
				select c.account_id from erasure_request r join client c on c.id = r.client_id
				where r.client_id = :client for update""").param("client", clientId).query(UUID.class).optional();
	}

	private static PendingErasure map(ResultSet rs, int row) throws SQLException {
		return new PendingErasure(rs.getObject("client_id", UUID.class), rs.getString("display_name"),
				rs.getString("timezone"), Arrays.asList((String[]) rs.getArray("clinicians").getArray()),
				rs.getTimestamp("requested_at").toInstant(), null);
	}

}
