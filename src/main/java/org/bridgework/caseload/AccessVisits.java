package org.bridgework.caseload;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.bridgework.audit.AuditedEvent;

/**
 * Gathers the audit trail's many rows into visits a person would recognise: one person's
 * looks and changes close together in time (each within {@link #GAP} of the one before,
 * and all within {@link #LONGEST} of the first) are one visit. A page view writes several
 * rows; the client reads one line.
 */
final class AccessVisits {

	static final Duration GAP = Duration.ofMinutes(10);

	static final Duration LONGEST = Duration.ofHours(1);

	private AccessVisits() {
	}

	/**
	 * @param events granted accesses to one client's data, in any order
	 * @return the visits, the latest first
	 */
	static List<Visit> of(List<AuditedEvent> events) {
		List<AuditedEvent> oldestFirst = events.stream()
			.sorted(Comparator.comparing(AuditedEvent::at).thenComparing(AuditedEvent::seq))
			.toList();
		List<Visit> visits = new ArrayList<>();
		Map<UUID, Visit> open = new HashMap<>();
		for (AuditedEvent event : oldestFirst) {
			Visit current = open.get(event.actorId());
			if (current == null || !current.takes(event)) {
				current = new Visit(event.actorId(), event.actorRelation(), event.at());
				visits.add(current);
				open.put(event.actorId(), current);
			}
			current.add(event);
		}
		visits.sort(Comparator.comparing(Visit::start).reversed());
		return visits;
	}

	/** One person's visit: who, how they stand to the client, when, and what they did. */
	static final class Visit {

		private final UUID actorId;

		private final String relation;

		private final Instant start;

		private Instant end;

		private final Set<String> actions = new LinkedHashSet<>();

		Visit(UUID actorId, String relation, Instant start) {
			this.actorId = actorId;
			this.relation = relation;
			this.start = start;
			this.end = start;
		}

		boolean takes(AuditedEvent event) {
			return !event.at().isAfter(this.end.plus(GAP)) && !event.at().isAfter(this.start.plus(LONGEST));
		}

		void add(AuditedEvent event) {
			this.actions.add(event.action());
			this.end = event.at();
		}

		UUID actorId() {
			return this.actorId;
		}

		String relation() {
			return this.relation;
		}

		Instant start() {
			return this.start;
		}

		/** The action codes, in the order they were first done. */
		List<String> actions() {
			return List.copyOf(this.actions);
		}

	}

}
