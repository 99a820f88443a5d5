package org.bridgework.audit;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChainRowTests {

	private static final UUID ACTOR = UUID.fromString("00000000-0000-0000-0000-00000000000a");

	private static final UUID CLIENT = UUID.fromString("00000000-0000-0000-0000-00000000000c");

	private static final Instant AT = Instant.parse("2026-12-07T14:05:00.123456789Z");

	@Test
	void hash_isTheSameForTheSameRowAndPreviousHash() {
		assertThat(row("/clients/1", 200).hash(ChainRow.GENESIS))
			.isEqualTo(row("/clients/1", 200).hash(ChainRow.GENESIS))
			.hasSize(64)
			.matches("[0-9a-f]{64}");
	}

	@Test
	void hash_changesWithAnyFieldAndWithThePreviousHash() {
		String hash = row("/clients/1", 200).hash(ChainRow.GENESIS);

		assertThat(row("/clients/2", 200).hash(ChainRow.GENESIS)).isNotEqualTo(hash);
		assertThat(row("/clients/1", 404).hash(ChainRow.GENESIS)).isNotEqualTo(hash);
		assertThat(row("/clients/1", 200).hash("1".repeat(64))).isNotEqualTo(hash);
		assertThat(new ChainRow(8, AT, event("view-profile"), 200, "r-1", "127.0.0.1", "GET", "/clients/1")
			.hash(ChainRow.GENESIS)).as("another place in the chain").isNotEqualTo(hash);
	}

	@Test
	void hash_tellsAMissingValueFromADashAndFieldsFromTheirNeighbours() {
		ChainRow missing = new ChainRow(7, AT, event("view-profile"), 200, null, "127.0.0.1", "GET", "/a");
		ChainRow dash = new ChainRow(7, AT, event("view-profile"), 200, "-", "127.0.0.1", "GET", "/a");
		ChainRow shifted = new ChainRow(7, AT, event("view-profile"), 200, "-|5:GET", "127.0.0.1", null, "/a");

		assertThat(missing.hash(ChainRow.GENESIS)).isNotEqualTo(dash.hash(ChainRow.GENESIS))
			.isNotEqualTo(shifted.hash(ChainRow.GENESIS));
	}

	@Test
	void time_isKeptToTheMicrosecondAsPostgresqlStoresIt() {
		assertThat(row("/clients/1", 200).at()).isEqualTo(Instant.parse("2026-12-07T14:05:00.123456Z"));
	}

	private static ChainRow row(String path, int status) {
		return new ChainRow(7, AT, event("view-profile"), status, "r-1", "127.0.0.1", "GET", path);
	}

	private static AuditEvent event(String action) {
		return AuditEvent.granted(ACTOR, "CLINICIAN", CLIENT, action, null);
	}

}
