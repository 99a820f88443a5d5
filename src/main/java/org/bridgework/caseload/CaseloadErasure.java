package org.bridgework.caseload;

import java.sql.Timestamp;

import org.bridgework.shared.ClientRowsErasure;
import org.bridgework.shared.ErasedClient;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Erasing a client takes them off every caseload, removes the covering grants on them
 * (the audit trail keeps that they were given and ended, by id), and leaves their record
 * only as the id the audit trail names: the pseudonym for a name, no time zone of theirs,
 * no key of the form that added them.
 */
@Component
class CaseloadErasure extends ClientRowsErasure {

	static final int ORDER = 900;

	CaseloadErasure(JdbcClient jdbc) {
		super(ORDER, jdbc, "covering_access", "care_team_member", "client");
	}

	@Override
	public void erase(ErasedClient client) {
		client.deleteRows(this.jdbc, "covering_access", "care_team_member");
		this.jdbc.sql("""
				update client set display_name = :pseudonym, timezone = 'UTC', creation_key = null, erased_at = :at
				where id = :client""")
			.param("pseudonym", client.pseudonym())
			.param("at", Timestamp.from(client.at()))
			.param("client", client.clientId())
			.update();
	}

}
