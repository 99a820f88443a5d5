package org.bridgework.shared;

import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Encrypts the free text written before Bridgework encrypted it, in Flyway's transaction
 * (Flyway's lock lets one node of several do it, once). A Spring bean, as it needs the
 * key: Spring Boot hands Flyway every {@code JavaMigration} bean. The columns are listed
 * as they were at this version, not read from the modules: a column added later comes
 * with its own migration.
 */
@Component
class V33__Encrypt_free_text extends BaseJavaMigration {

	private static final Logger log = LoggerFactory.getLogger(V33__Encrypt_free_text.class);

	static final List<EncryptedColumn> COLUMNS = List.of(EncryptedColumn.of("assignment", "title"),
			EncryptedColumn.of("assignment", "goal"), EncryptedColumn.of("assignment", "purpose"),
			EncryptedColumn.of("assignment", "cue"), EncryptedColumn.of("assignment", "place"),
			EncryptedColumn.of("assignment", "barriers"), EncryptedColumn.of("entry", "answers"),
			EncryptedColumn.of("entry", "note"), EncryptedColumn.of("skip", "note"),
			EncryptedColumn.of("plan_proposal", "changes"), EncryptedColumn.of("plan_proposal", "note"),
			EncryptedColumn.of("plan_proposal", "reply"), EncryptedColumn.of("plan_revision", "changes"),
			EncryptedColumn.of("practice_idea", "title"), EncryptedColumn.of("practice_idea", "why"),
			EncryptedColumn.of("practice_idea", "when_and_cue"), EncryptedColumn.of("practice_idea", "reply"),
			EncryptedColumn.of("check_in", "text"), EncryptedColumn.of("session_summary", "learned"),
			EncryptedColumn.of("session_summary", "practised"), EncryptedColumn.of("session_summary", "still_hard"),
			EncryptedColumn.of("session_summary", "homework_agreed"), EncryptedColumn.of("treatment_goal", "words"),
			EncryptedColumn.of("treatment_goal", "value_word"), EncryptedColumn.of("treatment_goal_revision", "before"),
			EncryptedColumn.of("treatment_goal_revision", "after"),
			EncryptedColumn.of("staying_well_plan_version", "content"), EncryptedColumn.of("booster", "title"),
			EncryptedColumn.of("booster", "note"), new EncryptedColumn("ladder", "assignment_id", "steps"),
			new EncryptedColumn("ladder", "assignment_id", "target_unit"),
			EncryptedColumn.of("ladder_step_change", "from_label"),
			EncryptedColumn.of("ladder_step_change", "to_label"), EncryptedColumn.of("ladder_step_change", "note"),
			EncryptedColumn.of("alert", "acknowledgement_note"));

	private final FieldCipher cipher;

	V33__Encrypt_free_text(FieldCipher cipher) {
		this.cipher = cipher;
	}

	@Override
	public void migrate(Context context) {
		JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(context.getConnection(), true));
		ReencryptionOutcome outcome = Reencryption.run(jdbc, this.cipher, COLUMNS, true);
		if (!outcome.unreadable().isEmpty()) {
			throw new IllegalStateException("Values that look encrypted do not open: " + outcome.unreadable());
		}
		log.info("Encrypted {} stored values of free text", outcome.reencrypted());
	}

}
