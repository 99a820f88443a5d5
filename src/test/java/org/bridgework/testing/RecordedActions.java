package org.bridgework.testing;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every action the audit trail recorded on a client's record has plain words for the
 * client's access history: run after the access-rule tables, which call every route.
 */
public final class RecordedActions {

	private RecordedActions() {
	}

	public static void assertEachHasWordsForTheClient(JdbcClient jdbc, MessageSource messages) {
		List<String> recorded = jdbc
			.sql("select distinct action from audit_event where outcome = 'GRANTED' and client_id is not null")
			.query(String.class)
			.list();
		assertThat(recorded).as("actions recorded on clients' records").isNotEmpty();
		List<String> withoutWords = recorded.stream()
			.filter((action) -> !has(messages, "access.look." + action) && !has(messages, "access.change." + action))
			.toList();
		assertThat(withoutWords).as("actions without access.look.* or access.change.* words in i18n/access.properties")
			.isEmpty();
	}

	private static boolean has(MessageSource messages, String code) {
		return messages.getMessage(code, null, null, Locale.ENGLISH) != null;
	}

}
