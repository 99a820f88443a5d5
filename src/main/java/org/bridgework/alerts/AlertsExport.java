package org.bridgework.alerts;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.bridgework.caseload.ClientAccess;
import org.bridgework.exports.ExportLinks;
import org.bridgework.exports.ExportPart;
import org.bridgework.exports.ExportPeriod;
import org.bridgework.exports.ExportSection;
import org.bridgework.exports.ExportTable;
import org.bridgework.safety.CrisisSignal;

import org.springframework.stereotype.Component;

/**
 * Crisis alerts in the JSON export: only which kind and when, as the alert itself keeps
 * no clinical content (the clinician's acknowledgement note stays out). The PDF and CSV
 * files leave them out.
 */
@Component
class AlertsExport implements ExportSection {

	static final int POSITION = 900;

	private final AlertStore store;

	AlertsExport(AlertStore store) {
		this.store = store;
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
		return List.of(new ExportPart("alerts",
				this.store.inRecord(access.clientId())
					.stream()
					.filter((alert) -> period.includes(alert.createdAt().atZone(access.timezone()).toLocalDate()))
					.toList()));
	}

	@Override
	public Map<String, String> exportedTables() {
		return Map.of("alert", "alerts");
	}

	record AlertPart(CrisisSignal.Kind kind, Instant createdAt) {
	}

}
