package org.bridgework.erasure;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.bridgework.caseload.ClientAccess;
import org.bridgework.exports.ExportLinks;
import org.bridgework.exports.ExportPart;
import org.bridgework.exports.ExportPeriod;
import org.bridgework.exports.ExportSection;
import org.bridgework.exports.ExportTable;
import org.bridgework.shared.ClientRowsErasure;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The request itself is the client's data too: the JSON export says when they asked, and
 * finishing the erasure removes it with the rest.
 */
@Component
class ErasureRequestRecord extends ClientRowsErasure implements ExportSection {

	static final int POSITION = 1000;

	static final int ORDER = 600;

	private final ErasureRepository requests;

	ErasureRequestRecord(ErasureRepository requests, JdbcClient jdbc) {
		super(ORDER, jdbc, "erasure_request");
		this.requests = requests;
	}

	@Override
	public int position() {
		return POSITION;
	}

	@Override
	public List<ExportTable> tables(ClientAccess access, ExportPeriod period) {
		return List.of();
	}

	@Override
	public List<ExportPart> parts(ClientAccess access, ExportPeriod period, ExportLinks links) {
		return List.of(new ExportPart("erasureRequest",
				this.requests.requestedAt(access.clientId()).map(RequestPart::new).orElse(null)));
	}

	@Override
	public Map<String, String> exportedTables() {
		return Map.of("erasure_request", "erasureRequest");
	}

	record RequestPart(Instant requestedAt) {
	}

}
