package org.bridgework.api;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.bridgework.exports.ExportSection;
import org.bridgework.shared.ErasureStep;
import org.bridgework.testing.ClientDataTables;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Export and erasure against the schema as PostgreSQL has it: every table that holds a
 * client's data (found in the catalog, see {@link ClientDataTables}) is exported by some
 * {@link ExportSection} and erased by some {@link ErasureStep}, or is on one of the short
 * reviewed lists below with its reason. A new table with a {@code client_id}, or a key
 * leading to a client or an account, fails here until it is handled.
 */
class ClientDataCoverageIntegrationTests extends ApiIntegrationTestBase {

	/**
	 * Tables erased with the client but left out of the export, and why.
	 */
	static final Map<String, String> NOT_EXPORTED = Map.ofEntries(Map.entry("invitation",
			"hashes of invitation links and when they were used: secrets of the sign-in, not something the client wrote or was told"),
			Map.entry("sign_in_token", "hashes of sign-in cookies and API tokens: secrets of the sign-in"),
			Map.entry("sign_in_failure",
					"failed sign-ins under an email, kept minutes for throttling (no key to a client)"),
			Map.entry("password_reset",
					"hashes of password-reset links and when they were used: secrets of the sign-in"),
			Map.entry("reminder_occurrence",
					"the reminders planned from the client's homework and settings (both exported): the sending's working state"),
			Map.entry("reminder_delivery",
					"when each reminder email was handed over or failed: the sending's log, with no content"),
			Map.entry("calendar_feed", "the hash of the calendar address's secret: a secret of the feed"),
			Map.entry("two_step", "the encrypted key of the authenticator app: a secret of the sign-in"),
			Map.entry("recovery_code", "hashes of recovery codes: secrets of the sign-in"),
			Map.entry("two_step_event",
					"when two-step sign-in was turned on or off or reset: the sign-in's own history, shown on the account page"),
			Map.entry("sign_in_step", "a half-finished sign-in, kept ten minutes: a secret of the sign-in"));

	/**
	 * Tables that point at clients or accounts but hold no client's data, so neither
	 * export nor erasure touches them, and why.
	 */
	static final Map<String, String> NOT_CLIENT_DATA = Map.of("audit_event",
			"the audit trail: append-only ids of who did what when, no content; erasure must leave it whole (ADR 0012)",
			"template_version",
			"the template library: refers to accounts only as the clinicians and admins who wrote it",
			"template_archive", "which templates a clinician archived: refers to the clinician's account only",
			"clinician_email_setting",
			"a clinician's choices about their own digest emails: refers to their account only", "clinician_email",
			"a clinician's planned digest emails (counts made at sending, nothing stored): refers to their account only",
			"clinician_email_delivery",
			"when a clinician's digest email was sent or failed: their account only, no content");

	@Autowired
	JdbcClient jdbc;

	/** The schema's owner: the application's own role may not create tables. */
	@Autowired
	@FlywayDataSource
	DataSource owner;

	@Autowired
	List<ExportSection> sections;

	@Autowired
	List<ErasureStep> steps;

	@Test
	void everyTableHoldingClientDataIsExportedAndErasedOrOnAReviewedList() {
		assertThat(unhandled(ClientDataTables.read(this.jdbc))).isEmpty();
	}

	@Test
	void aNewTableWithAClientOrAKeyLeadingToOneFailsUntilHandled() {
		JdbcClient asOwner = JdbcClient.create(this.owner);
		Map<String, String> found = new TransactionTemplate(new DataSourceTransactionManager(this.owner))
			.execute((status) -> {
				status.setRollbackOnly();
				asOwner.sql("create table diary_sketch (id uuid primary key, client_id uuid not null, body text)")
					.update();
				asOwner.sql("create table entry_sticker (id uuid primary key, entry_id uuid references entry (id))")
					.update();
				asOwner.sql("create table clinic_news (id uuid primary key, title text)").update();
				return unhandled(ClientDataTables.read(asOwner));
			});

		assertThat(found).containsOnlyKeys("diary_sketch", "entry_sticker");
		assertThat(found.get("diary_sketch")).contains("not exported", "not erased");
	}

	@Test
	void everyTableASectionOrStepNamesExists() {
		Set<String> named = new TreeSet<>(exported().keySet());
		named.addAll(erased());
		named.addAll(NOT_EXPORTED.keySet());

		assertThat(ClientDataTables.read(this.jdbc).all()).containsAll(named);
	}

	/** Each table holding client data that nobody handles, with what is missing. */
	private Map<String, String> unhandled(ClientDataTables schema) {
		Map<String, String> exported = exported();
		Set<String> erased = erased();
		Map<String, String> missing = new TreeMap<>();
		for (String table : schema.holdingClientData()) {
			if (NOT_CLIENT_DATA.containsKey(table)) {
				continue;
			}
			List<String> gaps = new java.util.ArrayList<>();
			if (!exported.containsKey(table) && !NOT_EXPORTED.containsKey(table)) {
				gaps.add("not exported (no ExportSection names it)");
			}
			if (!erased.contains(table)) {
				gaps.add("not erased (no ErasureStep names it)");
			}
			if (!gaps.isEmpty()) {
				missing.put(table, String.join(", ", gaps));
			}
		}
		return missing;
	}

	private Map<String, String> exported() {
		Map<String, String> exported = new TreeMap<>();
		this.sections.forEach((section) -> exported.putAll(section.exportedTables()));
		return exported;
	}

	private Set<String> erased() {
		Set<String> erased = new TreeSet<>();
		this.steps.forEach((step) -> erased.addAll(step.erasedTables()));
		return erased;
	}

}
