package org.bridgework.caseload;

import java.time.OffsetDateTime;
import java.util.List;

import org.bridgework.identity.CurrentUser;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AccessHistoryApiController {

	private final AccessHistory history;

	AccessHistoryApiController(AccessHistory history) {
		this.history = history;
	}

	/** The signed-in client's own access history, the latest first. */
	@GetMapping("/api/v1/me/access-history")
	List<Line> accessHistory(CurrentUser client) {
		return this.history.of(client).stream().map(Line::of).toList();
	}

	record Line(OffsetDateTime at, String who, String role, String what) {

		static Line of(AccessLine line) {
			return new Line(line.at(), line.who(), line.role(), line.what());
		}

	}

}
