package org.bridgework.shared;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The API's errors as RFC 9457 problem details with a human {@code detail}. None of them
 * repeats anything of the object that was asked for.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(0)
class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final Messages messages;

	ApiExceptionHandler(Messages messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalidInput(InvalidInputException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "problem.invalid");
		List<Map<String, String>> errors = ex.problems()
			.stream()
			.map((p) -> Map.of("field", p.field(), "message", this.messages.describe(p)))
			.toList();
		problem.setProperty("errors", errors);
		return respond(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
		return respond(problem(HttpStatus.NOT_FOUND, "problem.notFound"));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> conflict(ConflictException ex) {
		return respond(problem(HttpStatus.CONFLICT, ex.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> gone(GoneException ex) {
		return respond(problem(HttpStatus.GONE, ex.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> forbidden(AccessDeniedException ex) {
		return respond(problem(HttpStatus.FORBIDDEN, "problem.forbidden"));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex) {
		return respond(problem(HttpStatus.BAD_REQUEST, "problem.unreadable"));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException ex) {
		return respond(problem(HttpStatus.CONTENT_TOO_LARGE, "problem.tooLarge"));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException ex) {
		return respond(problem(HttpStatus.BAD_REQUEST, "problem.missingHeader", ex.getHeaderName()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException ex) {
		return respond(problem(HttpStatus.BAD_REQUEST, "problem.missingParameter", ex.getParameterName()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
		// A malformed id in the path names nothing that exists; a malformed query value
		// is a mistake to fix.
		if (ex.getParameter().hasParameterAnnotation(PathVariable.class)) {
			return respond(problem(HttpStatus.NOT_FOUND, "problem.notFound"));
		}
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "problem.invalid");
		problem.setProperty("errors",
				List.of(Map.of("field", ex.getName(), "message", this.messages.get("validation.format"))));
		return respond(problem);
	}

	/**
	 * Our fault too, told as such: a stored value that did not open is never shown as
	 * empty.
	 */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> unreadableStoredValue(UnreadableFieldException ex) {
		log.error("An API call was refused: {}", ex.getMessage());
		return respond(problem(HttpStatus.INTERNAL_SERVER_ERROR, "problem.storedValueUnreadable"));
	}

	/**
	 * Spring's own errors (unknown path, wrong method or media type) keep their status;
	 * anything else is our fault, logged for us and told plainly, without internals.
	 */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		if (ex instanceof ErrorResponse known) {
			ProblemDetail body = known.getBody();
			body.setDetail(this.messages.get(body.getStatus() == 404 ? "problem.notFound" : "problem.request"));
			return respond(body);
		}
		log.error("Unexpected error answering an API call", ex);
		return respond(problem(HttpStatus.INTERNAL_SERVER_ERROR, "problem.unexpected"));
	}

	private ProblemDetail problem(HttpStatus status, String code, Object... args) {
		return ProblemDetail.forStatusAndDetail(status, this.messages.get(code, args));
	}

	private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
