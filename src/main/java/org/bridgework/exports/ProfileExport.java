package org.bridgework.exports;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bridgework.caseload.CareRecordHeader;
import org.bridgework.caseload.ClientAccess;
import org.bridgework.caseload.Clients;
import org.bridgework.shared.Messages;

import org.springframework.stereotype.Component;

/**
 * Who the record is about, first in every export: the client's name, time zone and
 * clinicians, and in the JSON export their account (the email they sign in with).
 */
@Component
class ProfileExport implements ExportSection {

	static final int POSITION = 0;

	private final Clients clients;

	private final Messages messages;

	ProfileExport(Clients clients, Messages messages) {
		this.clients = clients;
		this.messages = messages;
	}

	@Override
	public int position() {
		return POSITION;
	}

	@Override
	public List<ExportTable> tables(ClientAccess access, ExportPeriod period) {
		CareRecordHeader header = this.clients.header(access);
		return List.of(new ExportTable("profile", word("export.profile.title"),
				List.of(word("export.profile.name"), word("export.profile.timezone"),
						word("export.profile.clinicians")),
				List.of(List.of(header.profile().displayName(), header.profile().timezone(),
						clinicians(header, this.messages))),
				""));
	}

	@Override
	public List<ExportPart> parts(ClientAccess access, ExportPeriod period, ExportLinks links) {
		CareRecordHeader header = this.clients.header(access);
		return List.of(
				new ExportPart("client",
						new ClientPart(header.profile().id(), header.profile().displayName(),
								header.profile().timezone(), header.profile().createdAt(), header.clinicianNames())),
				new ExportPart("account", new AccountPart(header.accountId(), header.profile().email(),
						header.accountName(), header.profile().signedUp())));
	}

	@Override
	public Map<String, String> exportedTables() {
		return Map.of("client", "client", "care_team_member", "client", "account", "account");
	}

	/** The clinicians' names as the title block and profile table say them. */
	static String clinicians(CareRecordHeader header, Messages messages) {
		return header.clinicianNames().isEmpty() ? messages.get("export.title.noClinician")
				: String.join(", ", header.clinicianNames());
	}

	private String word(String code) {
		return this.messages.get(code);
	}

	/**
	 * @param clinicians the names of the client's clinicians, first added first
	 */
	record ClientPart(UUID id, String displayName, String timezone, Instant createdAt, List<String> clinicians) {
	}

	/**
	 * @param signedUp whether the client has chosen a password
	 */
	record AccountPart(UUID id, String email, String displayName, boolean signedUp) {
	}

}
