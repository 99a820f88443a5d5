package org.bridgework.relapse;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One booster tune-up on one day. Its practice is a one-day assignment of homework's
 * ({@code assignmentId}), taken back if it is cancelled before its day.
 */
record Booster(UUID id, UUID clientId, UUID seriesId, UUID assignmentId, String templateKey, String title,
		LocalDate date, String note, Instant cancelledAt) {

	enum Status {

		UPCOMING, TODAY, PAST, CANCELLED

	}

	Status statusOn(LocalDate today) {
		if (this.cancelledAt != null) {
			return Status.CANCELLED;
		}
		if (this.date.isAfter(today)) {
			return Status.UPCOMING;
		}
		return this.date.isEqual(today) ? Status.TODAY : Status.PAST;
	}

	/**
	 * A booster as someone who may see it finds it on a given day.
	 *
	 * @param practised whether the client recorded the practice
	 */
	record Seen(Booster booster, Status status, boolean practised) {

		boolean isCancellable() {
			return this.status == Status.UPCOMING;
		}

	}

}
