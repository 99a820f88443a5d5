package org.bridgework.exports;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.bridgework.caseload.ClientAccess;
import org.bridgework.caseload.CoveringAccess;
import org.bridgework.caseload.CoveringGrant;
import org.bridgework.shared.Messages;

import org.springframework.stereotype.Component;

/**
 * Who was given covering access to the client's record while their clinicians were away
 * (docs/adr/0015): by whom, for how long and why. It is about the client, so it goes with
 * their record; when the covering clinician looked is in the access history.
 */
@Component
class CoveringAccessExport implements ExportSection {

	static final int POSITION = 960;

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

	private final CoveringAccess covering;

	private final Messages messages;

	CoveringAccessExport(CoveringAccess covering, Messages messages) {
		this.covering = covering;
		this.messages = messages;
	}

	@Override
	public int position() {
		return POSITION;
	}

	@Override
	public List<ExportTable> tables(ClientAccess access, ExportPeriod period) {
		ZoneId zone = access.timezone();
		List<List<String>> rows = grants(access, period).stream()
			.map((grant) -> List.of(grant.clinicianName(), grant.grantedByName(), when(grant.grantedAt(), zone),
					when(grant.endsAt(), zone), grant.reason()))
			.toList();
		return List.of(new ExportTable("covering-access", word("export.covering.title"),
				List.of(word("export.covering.clinician"), word("export.covering.grantedBy"),
						word("export.covering.from"), word("export.covering.until"), word("export.covering.reason")),
				rows, word("export.covering.empty")));
	}

	@Override
	public List<ExportPart> parts(ClientAccess access, ExportPeriod period, ExportLinks links) {
		return List.of(new ExportPart("coveringAccess", grants(access, period).stream().map(GrantPart::of).toList()));
	}

	@Override
	public Map<String, String> exportedTables() {
		return Map.of("covering_access", "coveringAccess");
	}

	private List<CoveringGrant> grants(ClientAccess access, ExportPeriod period) {
		return this.covering.forRecord(access)
			.stream()
			.filter((grant) -> period.includes(grant.grantedAt().atZone(access.timezone()).toLocalDate()))
			.toList();
	}

	private static String when(Instant at, ZoneId zone) {
		return WHEN.format(at.atZone(zone));
	}

	private String word(String code) {
		return this.messages.get(code);
	}

	/**
	 * @param until when the access stopped or will stop: ended early or run out
	 */
	record GrantPart(UUID id, UUID clinicianId, String clinicianName, UUID grantedBy, String grantedByName,
			Instant grantedAt, Instant expiresAt, Instant endedAt, String endedByName, Instant until, String reason) {

		static GrantPart of(CoveringGrant grant) {
			return new GrantPart(grant.id(), grant.clinicianId(), grant.clinicianName(), grant.grantedBy(),
					grant.grantedByName(), grant.grantedAt(), grant.expiresAt(), grant.endedAt(), grant.endedByName(),
					grant.endsAt(), grant.reason());
		}

	}

}
