package org.bridgework.measures;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class MeasureRepository {

	private static final TypeReference<List<Integer>> ANSWERS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	MeasureRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void add(MeasureResponse response) {
		this.jdbc.sql("""
				insert into measure_response (id, client_id, instrument, answers, difficulty, total, severity, taken_at)
				values (:id, :client, :instrument, :answers::jsonb, :difficulty, :total, :severity, :takenAt)""")
			.param("id", response.id())
			.param("client", response.clientId())
			.param("instrument", response.instrument())
			.param("answers", this.json.writeValueAsString(response.answers()))
			.param("difficulty", response.difficulty())
			.param("total", response.total())
			.param("severity", response.severity())
			.param("takenAt", Timestamp.from(response.takenAt()))
			.update();
	}

	Optional<MeasureResponse> find(UUID id) {
		return this.jdbc.sql("select * from measure_response where id = :id")
			.param("id", id)
			.query(this::map)
			.optional();
	}

	/**
	 * The client's responses, oldest first; all instruments when {@code instrument} is
	 * null.
	 */
	List<MeasureResponse> series(UUID clientId, String instrument) {
		return this.jdbc.sql("""
				select * from measure_response where client_id = :client
				and (cast(:instrument as text) is null or instrument = :instrument) order by taken_at, id""")
			.param("client", clientId)
			.param("instrument", instrument)
			.query(this::map)
			.list();
	}

	private MeasureResponse map(ResultSet rs, int row) throws SQLException {
		String instrument = rs.getString("instrument");
		List<Integer> answers = this.json.readValue(rs.getString("answers"), ANSWERS);
		return new MeasureResponse(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class), instrument,
				answers, rs.getObject("difficulty", Integer.class), rs.getTimestamp("taken_at").toInstant(),
				Scorer.score(instrument, answers));
	}

}
