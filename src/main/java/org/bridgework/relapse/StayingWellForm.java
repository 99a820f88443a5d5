package org.bridgework.relapse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The staying-well form as typed: every value a string, so a refused form comes back
 * exactly as it was sent. Field names are the API's field paths
 * ({@code copingStrategies[0].text}), so problems land next to the right field. Blank
 * rows are left out; the page adds empty ones to fill in, and more on request, all
 * without script.
 */
record StayingWellForm(List<String> warningSigns, List<String> triggers, List<StrategyRow> copingStrategies,
		List<ContactRow> contacts, String note) {

	static final int BLANK_ROWS = 2;

	static final int MORE_ROWS = 3;

	/** Form parameter that asks for more empty rows instead of saving. */
	static final String MORE = "more";

	/** Prefix of the tick boxes that leave a row out: {@code remove.triggers[2]}. */
	static final String REMOVE = "remove.";

	private static final int MAX_READ = 100;

	static StayingWellForm of(PlanRequest plan) {
		return new StayingWellForm(plan.warningSigns(), plan.triggers(), plan.copingStrategies()
			.stream()
			.map((s) -> new StrategyRow(s.text(), (s.assignmentId() == null) ? "" : s.assignmentId().toString()))
			.toList(),
				plan.contacts()
					.stream()
					.map((c) -> new ContactRow(text(c.name()), text(c.reach()), text(c.helpsWith())))
					.toList(),
				text(plan.note()));
	}

	static StayingWellForm from(Map<String, String> params) {
		return new StayingWellForm(texts(params, "warningSigns"), texts(params, "triggers"),
				rows(params, "copingStrategies",
						(prefix) -> new StrategyRow(params.getOrDefault(prefix + ".text", ""),
								params.getOrDefault(prefix + ".assignmentId", ""))),
				rows(params, "contacts", (prefix) -> new ContactRow(params.getOrDefault(prefix + ".name", ""),
						params.getOrDefault(prefix + ".reach", ""), params.getOrDefault(prefix + ".helpsWith", ""))),
				params.getOrDefault("note", ""));
	}

	/**
	 * The plan the form describes. A linked practice that is not an id is sent on as
	 * unknown, so it is refused next to its field like any practice not of this client.
	 */
	PlanRequest toRequest() {
		return new PlanRequest(this.warningSigns, this.triggers,
				this.copingStrategies.stream()
					.map((row) -> new PlanRequest.CopingStrategy(row.text(), id(row.assignmentId())))
					.toList(),
				this.contacts.stream()
					.map((row) -> new PlanRequest.Contact(row.name(), row.reach(), row.helpsWith()))
					.toList(),
				this.note);
	}

	/** The rows to show for each list: the filled ones, then empty ones. */
	Rows rows(boolean more) {
		int extra = more ? MORE_ROWS : 0;
		return new Rows(pad(this.warningSigns, "", extra), pad(this.triggers, "", extra),
				pad(this.copingStrategies, new StrategyRow("", ""), extra),
				pad(this.contacts, new ContactRow("", "", ""), extra));
	}

	private static <T> List<T> pad(List<T> filled, T blank, int extra) {
		List<T> rows = new ArrayList<>(filled);
		int total = Math.min(StayingWellPlans.MAX_ITEMS, filled.size() + BLANK_ROWS + extra);
		while (rows.size() < total) {
			rows.add(blank);
		}
		return rows;
	}

	private static List<String> texts(Map<String, String> params, String list) {
		return rows(params, list, (prefix) -> params.getOrDefault(prefix, ""));
	}

	private static <T> List<T> rows(Map<String, String> params, String list, Function<String, T> read) {
		List<T> rows = new ArrayList<>();
		for (int i = 0; i < MAX_READ; i++) {
			String prefix = list + "[" + i + "]";
			if (params.containsKey(REMOVE + prefix)) {
				continue;
			}
			T row = read.apply(prefix);
			if (!isBlank(row)) {
				rows.add(row);
			}
		}
		return rows;
	}

	private static boolean isBlank(Object row) {
		if (row instanceof String text) {
			return text.isBlank();
		}
		if (row instanceof StrategyRow strategy) {
			return strategy.text().isBlank() && strategy.assignmentId().isBlank();
		}
		ContactRow contact = (ContactRow) row;
		return contact.name().isBlank() && contact.reach().isBlank() && contact.helpsWith().isBlank();
	}

	private static UUID id(String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(raw.trim());
		}
		catch (IllegalArgumentException ex) {
			return new UUID(0, 0);
		}
	}

	private static String text(String value) {
		return (value == null) ? "" : value;
	}

	record StrategyRow(String text, String assignmentId) {
	}

	record ContactRow(String name, String reach, String helpsWith) {
	}

	record Rows(List<String> warningSigns, List<String> triggers, List<StrategyRow> copingStrategies,
			List<ContactRow> contacts) {
	}

}
