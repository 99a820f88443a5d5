package org.bridgework.homework.web;

import org.bridgework.identity.CurrentUser;
import org.bridgework.shared.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A practice the client may not see, or a malformed link to one, gets the same kind page,
 * which repeats nothing of what was asked for.
 */
@ControllerAdvice(assignableTypes = { TodayPageController.class, PracticePageController.class })
class PracticePageErrors {

	@ExceptionHandler({ NotFoundException.class, MethodArgumentTypeMismatchException.class })
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(CurrentUser user, Model model) {
		model.addAttribute("currentUser", user);
		return "practice/not-found";
	}

}
