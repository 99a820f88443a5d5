package org.bridgework.identity;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Where a page that needs a sign-in sends the browser: back to the step it is half-way
 * through (the code, or setting two-step sign-in up), so nothing else opens until it is
 * done; otherwise to the sign-in page.
 */
class SignInEntryPoint implements AuthenticationEntryPoint {

	private final SignInSteps steps;

	private final AuthenticationEntryPoint signInPage = new LoginUrlAuthenticationEntryPoint("/login");

	SignInEntryPoint(SignInSteps steps) {
		this.steps = steps;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException, ServletException {
		SignInSteps.Purpose step = this.steps.current(request).map(SignInSteps.PendingStep::purpose).orElse(null);
		if (step == SignInSteps.Purpose.CODE) {
			response.sendRedirect(request.getContextPath() + SignInCompletion.CODE_PAGE);
		}
		else if (step == SignInSteps.Purpose.SET_UP) {
			response.sendRedirect(request.getContextPath() + SignInCompletion.SET_UP_PAGE);
		}
		else {
			this.signInPage.commence(request, response, ex);
		}
	}

}
