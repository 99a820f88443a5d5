package org.bridgework.api;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.bridgework.shared.EncryptedColumn;
import org.bridgework.shared.KeyRotation;
import org.bridgework.testing.ClientDataTables;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Encryption at rest against the schema as PostgreSQL has it: every column that can hold
 * text (text, varchar, json, arrays, bytes) in a table of client data (see
 * {@link ClientDataTables}) is encrypted by the module that owns it (an
 * {@code EncryptedColumns} bean) or is on the reviewed list below with its reason. A new
 * free-text column fails here until someone decides. docs/security.md, "Encryption at
 * rest", has the same list for people.
 */
class EncryptionCoverageIntegrationTests extends ApiIntegrationTestBase {

	private static final String CODE = "a code from a fixed list, read and compared in SQL";

	private static final String NAME = "a person's display name: lists are sorted and searched by it, and the "
			+ "care team and admins see it; kept plain by decision";

	private static final String RETRY_KEY = "a key the caller chose to recognise a retry, looked up in SQL";

	private static final String REQUEST_HASH = "SHA-256 of the request, to tell a retry from another request with "
			+ "the same key; cannot be read back (a guess of a whole request could be confirmed)";

	private static final String SECRET_HASH = "a hash of a secret (password, link, token): never the secret";

	private static final String FILE = "a drawing, photo or voice note: served in byte ranges straight from "
			+ "PostgreSQL (ADR 0006), which encryption per value would break; protected by disk and backup "
			+ "encryption";

	/** Columns that stay plain text, and why. */
	static final Map<String, String> PLAIN = Map.ofEntries(entry("account.email", "sign-in looks it up, unique"),
			entry("account.display_name", NAME), entry("account.password_hash", SECRET_HASH),
			entry("account.roles", CODE), entry("account.timezone", "an IANA time zone name"),
			entry("client.display_name", NAME), entry("client.timezone", "an IANA time zone name"),
			entry("client.creation_key", RETRY_KEY), entry("invitation.token_hash", SECRET_HASH),
			entry("sign_in_token.token_hash", SECRET_HASH), entry("sign_in_token.kind", CODE),
			entry("sign_in_token.device",
					"the browser or program that signed in, shown on Signed-in devices; nothing clinical"),
			entry("sign_in_failure.account_key", "an email or key that failed to sign in, counted in SQL, kept a day"),
			entry("sign_in_failure.address", "the address a sign-in failed from, counted in SQL, kept a day"),
			entry("password_reset.token_hash", SECRET_HASH), entry("assignment.days_of_week", CODE),
			entry("entry.idempotency_key", RETRY_KEY), entry("entry.request_hash", REQUEST_HASH),
			entry("skip.reason", CODE), entry("skip.idempotency_key", RETRY_KEY),
			entry("skip.request_hash", REQUEST_HASH), entry("check_in.idempotency_key", RETRY_KEY),
			entry("practice_idea.status", CODE), entry("practice_idea.idempotency_key", RETRY_KEY),
			entry("practice_idea.request_hash", REQUEST_HASH), entry("plan_proposal.status", CODE),
			entry("treatment_goal_revision.part", CODE), entry("alert.kind", CODE), entry("alert.status", CODE),
			entry("attachment.field_name", "the name of a template's question (library, not client data)"),
			entry("attachment.media_type", "the file's type, read from its first bytes"),
			entry("attachment.content", FILE), entry("guided_audio.media_type", "the file's type"),
			entry("guided_audio.content", FILE + "; a clinician's recording of instructions"),
			entry("ladder.move_on_kind", CODE),
			entry("ladder.move_on_field", "the name of a template's question (library, not client data)"),
			entry("ladder.back_field", "the name of a template's question (library, not client data)"),
			entry("ladder_step_change.changed_by_role", CODE), entry("ladder_step_change.changed_by_name", NAME),
			entry("ladder_step_change.reason_code", CODE),
			entry("ladder_step_change.reason_args", "numbers and template question names filling the reason's words"),
			entry("staying_well_plan_version.saved_by_name", NAME),
			entry("booster.template_key", "a template's key (library, not client data)"),
			entry("measure_response.instrument", CODE),
			entry("measure_response.answers",
					"the numbers answering a published questionnaire, no free text; their total and band are "
							+ "columns of their own, charted and checked for crisis in SQL"),
			entry("measure_response.severity", "a published band's name, from the total"),
			entry("measure_schedule.instrument", CODE), entry("measure_schedule.every", CODE),
			entry("calendar_feed.token_hash", SECRET_HASH),
			entry("two_step.secret",
					"an authenticator key, already AES-GCM encrypted under the two-step key (ADR 0011), not free text"),
			entry("recovery_code.code_hash", SECRET_HASH),
			entry("push_subscription.endpoint",
					"the push service's address for one browser, posted to in the clear anyway; no free text"),
			entry("push_subscription.p256dh", "the browser's public key for push messages"),
			entry("push_subscription.auth",
					"the browser's push secret: it opens only the generic reminder words; no free text"),
			entry("push_subscription.device",
					"the browser a client turned notifications on in, shown on their reminder settings; nothing clinical"),
			entry("two_step_event.kind", CODE), entry("sign_in_step.token_hash", SECRET_HASH),
			entry("sign_in_step.purpose", CODE), entry("reminder_occurrence.channel", CODE),
			entry("reminder_occurrence.status", CODE), entry("reminder_delivery.channel", CODE),
			entry("reminder_delivery.outcome", CODE), entry("reminder_delivery.detail",
					"what the mail server or push service answered when a send failed; never what was sent"));

	@Autowired
	JdbcClient jdbc;

	/** The schema's owner: the application's own role may not create tables. */
	@Autowired
	@FlywayDataSource
	DataSource owner;

	@Autowired
	KeyRotation rotation;

	@Test
	void everyTextColumnOfClientDataIsEncryptedOrOnTheReviewedPlainList() {
		assertThat(undecided(textColumnsOfClientData(this.jdbc))).isEmpty();
	}

	@Test
	void everyColumnEncryptedOrListedExists_andNoneIsBoth() {
		Set<String> columns = allTextColumns();
		Set<String> encrypted = encrypted();

		assertThat(columns).containsAll(encrypted).containsAll(PLAIN.keySet());
		assertThat(encrypted).doesNotContainAnyElementsOf(PLAIN.keySet());
	}

	@Test
	void aNewFreeTextColumnFailsUntilDecided() {
		JdbcClient asOwner = JdbcClient.create(this.owner);
		Set<String> found = new TransactionTemplate(new DataSourceTransactionManager(this.owner)).execute((status) -> {
			status.setRollbackOnly();
			asOwner.sql("create table diary_sketch (id uuid primary key, client_id uuid not null, body text)").update();
			asOwner.sql("alter table check_in add column mood_words varchar(200)").update();
			asOwner.sql("create table clinic_news (id uuid primary key, title text)").update();
			return undecided(textColumnsOfClientData(asOwner));
		});

		assertThat(found).containsExactlyInAnyOrder("diary_sketch.body", "check_in.mood_words");
	}

	private Set<String> undecided(Set<String> columns) {
		Set<String> undecided = new TreeSet<>(columns);
		undecided.removeAll(encrypted());
		undecided.removeAll(PLAIN.keySet());
		return undecided;
	}

	private Set<String> encrypted() {
		Set<String> names = new TreeSet<>();
		this.rotation.columns().stream().map(EncryptedColumn::toString).forEach(names::add);
		return names;
	}

	/** Text-holding columns of the tables that hold client data, as table.column. */
	private Set<String> textColumnsOfClientData(JdbcClient jdbc) {
		Set<String> tables = new TreeSet<>(ClientDataTables.read(jdbc).holdingClientData());
		tables.removeAll(ClientDataCoverageIntegrationTests.NOT_CLIENT_DATA.keySet());
		Set<String> columns = new TreeSet<>();
		textColumns(jdbc).forEach((table, names) -> {
			if (tables.contains(table)) {
				names.forEach((name) -> columns.add(table + "." + name));
			}
		});
		return columns;
	}

	private Set<String> allTextColumns() {
		Set<String> columns = new TreeSet<>();
		textColumns(this.jdbc).forEach((table, names) -> names.forEach((name) -> columns.add(table + "." + name)));
		return columns;
	}

	private Map<String, List<String>> textColumns(JdbcClient jdbc) {
		Map<String, List<String>> columns = new TreeMap<>();
		jdbc.sql("""
				select c.table_name, c.column_name from information_schema.columns c
				join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
				where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
				  and c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY', 'bytea')""")
			.query((rs, row) -> columns
				.computeIfAbsent(rs.getString("table_name"), (table) -> new java.util.ArrayList<>())
				.add(rs.getString("column_name")))
			.list();
		return columns;
	}

}
