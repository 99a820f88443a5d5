package org.bridgework.caseload;

import java.util.List;

import org.bridgework.identity.CurrentUser;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Who has looked at my record", linked from the client's My data page. It shows the
 * others first; the client's own visits only when they ask.
 */
@Controller
class AccessHistoryPageController {

	private final AccessHistory history;

	AccessHistoryPageController(AccessHistory history) {
		this.history = history;
	}

	@GetMapping("/my-data/access")
	String accessHistory(CurrentUser client, @RequestParam(required = false) String mine, Model model) {
		boolean withOwn = mine != null;
		List<AccessLine> lines = this.history.of(client).stream().filter((line) -> withOwn || !line.self()).toList();
		model.addAttribute("lines", lines);
		model.addAttribute("withOwn", withOwn);
		model.addAttribute("days", AccessHistory.PERIOD.toDays());
		return "caseload/access-history";
	}

}
