package org.bridgework.identity;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bridgework.identity.AccountRepository.StoredAccount;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * What follows a right password, on the sign-in form and after a password reset alike:
 * the code from the authenticator app (two-step sign-in on), setting two-step sign-in up
 * (an admin or clinician without it: nothing else opens first), or, for a client without
 * it, the session. Failed attempts of the account are forgotten only once the person is
 * all the way in, so a right password alone never resets the count of wrong codes.
 */
class SignInCompletion implements AuthenticationSuccessHandler {

	static final String CODE_PAGE = "/login/code";

	static final String SET_UP_PAGE = "/login/two-step";

	private final TwoStep twoStep;

	private final SignInSteps steps;

	private final DatabaseSecurityContextRepository sessions;

	private final SignInThrottle throttle;

	private final AccountRepository accounts;

	private final SignInJournal journal;

	private final SavedRequestAwareAuthenticationSuccessHandler continuation = new SavedRequestAwareAuthenticationSuccessHandler();

	SignInCompletion(TwoStep twoStep, SignInSteps steps, DatabaseSecurityContextRepository sessions,
			SignInThrottle throttle, AccountRepository accounts, RequestCache requestCache, SignInJournal journal) {
		this.journal = journal;
		this.twoStep = twoStep;
		this.steps = steps;
		this.sessions = sessions;
		this.throttle = throttle;
		this.accounts = accounts;
		this.continuation.setDefaultTargetUrl("/");
		this.continuation.setRequestCache(requestCache);
	}

	/** The sign-in form's password was right. */
	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		CurrentUser user = CurrentUserArgumentResolver.currentUser(authentication);
		Optional<String> next = afterPassword(user, request, response);
		if (next.isPresent()) {
			response.sendRedirect(request.getContextPath() + next.get());
		}
		else {
			this.continuation.onAuthenticationSuccess(request, response, authentication);
		}
	}

	/**
	 * Begins the second step the person needs and returns its page; with none needed,
	 * signs them in and returns nothing.
	 */
	Optional<String> afterPassword(CurrentUser user, HttpServletRequest request, HttpServletResponse response) {
		if (this.twoStep.isOn(user.id())) {
			this.steps.begin(user.id(), SignInSteps.Purpose.CODE, request, response);
			return Optional.of(CODE_PAGE);
		}
		if (TwoStep.requiredFor(user.roles())) {
			this.steps.begin(user.id(), SignInSteps.Purpose.SET_UP, request, response);
			return Optional.of(SET_UP_PAGE);
		}
		signIn(user, request, response);
		return Optional.empty();
	}

	/**
	 * Signs the person in on this browser (a new session; the half-finished step ends),
	 * forgets the account's failed attempts and writes the sign-in in the audit trail.
	 */
	void signIn(CurrentUser user, HttpServletRequest request, HttpServletResponse response) {
		this.steps.finish(request, response);
		this.sessions.startSession(user, request, response);
		this.accounts.findById(user.id())
			.ifPresent((account) -> this.throttle.clear(SignInThrottle.emailKey(account.email())));
		this.journal.succeeded(user.id());
	}

	/**
	 * A code after a right password was wrong: counted and written like a wrong password.
	 */
	void wrongCode(StoredAccount account, HttpServletRequest request) {
		this.throttle.recordFailure(SignInThrottle.emailKey(account.email()), request.getRemoteAddr());
		this.journal.failed(account.email());
	}

	/**
	 * Signs the person in and sends them where they were going: the page that asked them
	 * to sign in, or their start page.
	 */
	void signInAndContinue(CurrentUser user, HttpServletRequest request, HttpServletResponse response)
			throws IOException, ServletException {
		signIn(user, request, response);
		this.continuation.onAuthenticationSuccess(request, response,
				UsernamePasswordAuthenticationToken.authenticated(user, null, AccountPrincipal.authoritiesOf(user)));
	}

}
