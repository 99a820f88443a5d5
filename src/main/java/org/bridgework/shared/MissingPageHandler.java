package org.bridgework.shared;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A mistyped address in a browser gets the kind "not found" page rather than the problem
 * details JSON that Spring answers for addresses nothing handles. Only for requests that
 * accept HTML: API clients asking for JSON still get problem details.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class MissingPageHandler {

	@ExceptionHandler(produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView missing(NoResourceFoundException ex) {
		return new ModelAndView("error/not-found", HttpStatus.NOT_FOUND);
	}

}
