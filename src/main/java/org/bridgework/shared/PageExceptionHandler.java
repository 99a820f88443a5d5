package org.bridgework.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The web pages' errors as kind pages that say what to do next. They show nothing of the
 * thing that was asked for. {@code @RestController}s are {@code @Controller}s too: the
 * API's own handler comes first for them (order 0), so this one only ever answers pages.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

	@ExceptionHandler
	ModelAndView notFound(NotFoundException ex) {
		return new ModelAndView("error/not-found", HttpStatus.NOT_FOUND);
	}

	@ExceptionHandler
	ModelAndView gone(GoneException ex) {
		return new ModelAndView("error/gone", HttpStatus.GONE);
	}

	@ExceptionHandler
	ModelAndView tooLarge(MaxUploadSizeExceededException ex) {
		return new ModelAndView("error/too-large", HttpStatus.CONTENT_TOO_LARGE);
	}

	@ExceptionHandler
	ModelAndView forbidden(AccessDeniedException ex) {
		return new ModelAndView("error/forbidden", HttpStatus.FORBIDDEN);
	}

	@ExceptionHandler
	ModelAndView unreadable(UnreadableFieldException ex) {
		log.error("A page was refused: {}", ex.getMessage());
		return new ModelAndView("error/unreadable", HttpStatus.INTERNAL_SERVER_ERROR);
	}

}
