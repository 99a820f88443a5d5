package org.bridgework.identity;

import org.bridgework.shared.Messages;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.ModelAndView;

/**
 * The answer to an attempt that has to wait: the same for every account, known or not.
 */
final class Throttled {

	static final String VIEW = "identity/wait";

	private Throttled() {
	}

	/** A kind page asking to wait a few minutes, with status 429. */
	static ModelAndView page(SignInThrottle throttle) {
		ModelAndView page = new ModelAndView(VIEW, HttpStatus.TOO_MANY_REQUESTS);
		page.addObject("minutes", throttle.waitMinutes());
		return page;
	}

	/** A 429 problem detail. */
	static ResponseEntity<ProblemDetail> problem(Messages messages, SignInThrottle throttle) {
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
					messages.get("problem.signIn.throttled", throttle.waitMinutes())));
	}

}
