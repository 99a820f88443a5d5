package org.bridgework.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.bridgework.shared.Messages;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;

/**
 * Signing in and out of the API. A wrong password and an unknown email get the same 401;
 * so does a missing or wrong {@code totp} when two-step sign-in is on, whichever part was
 * wrong. Repeated failures, for the account or from the address, get 429. An admin or
 * clinician who has not set two-step sign-in up gets no token (403): it is set up once in
 * the web app, where the key can be shown.
 */
@RestController
class TokenApiController {

	private final AuthenticationManager authentication;

	private final SignInTokens tokens;

	private final SignInThrottle throttle;

	private final TwoStep twoStep;

	private final Messages messages;

	private final SignInJournal journal;

	TokenApiController(AuthenticationManager authentication, SignInTokens tokens, SignInThrottle throttle,
			TwoStep twoStep, Messages messages, SignInJournal journal) {
		this.journal = journal;
		this.authentication = authentication;
		this.tokens = tokens;
		this.throttle = throttle;
		this.twoStep = twoStep;
		this.messages = messages;
	}

	@PostMapping("/api/v1/auth/token")
	ResponseEntity<?> signIn(@RequestBody TokenRequest body, HttpServletRequest request) {
		try {
			var attempt = UsernamePasswordAuthenticationToken.unauthenticated(body.email(), body.password());
			attempt.setDetails(new WebAuthenticationDetails(request));
			CurrentUser user = ((AccountPrincipal) this.authentication.authenticate(attempt).getPrincipal()).user();
			if (this.twoStep.isOn(user.id())) {
				if (this.twoStep.check(user.id(), body.totp()) == TwoStep.Check.WRONG) {
					this.throttle.recordFailure(SignInThrottle.emailKey(body.email()), request.getRemoteAddr());
					this.journal.failed(body.email());
					return failed();
				}
			}
			else if (TwoStep.requiredFor(user.roles())) {
				return problem(HttpStatus.FORBIDDEN, "problem.twoStep.setUpFirst");
			}
			this.throttle.clear(SignInThrottle.emailKey(body.email()));
			this.journal.succeeded(user.id());
			SignInTokens.IssuedToken issued = this.tokens.issue(user, SignInTokens.Kind.API,
					DeviceNames.describe(request.getHeader(HttpHeaders.USER_AGENT)));
			return ResponseEntity.ok(new TokenResponse(issued.token(), issued.expiresAt(), UserView.of(user)));
		}
		catch (TooManyAttemptsException ex) {
			return Throttled.problem(this.messages, this.throttle);
		}
		catch (AuthenticationException ex) {
			return failed();
		}
	}

	/** The one answer to a wrong email, password or code: it never says which. */
	private ResponseEntity<ProblemDetail> failed() {
		return problem(HttpStatus.UNAUTHORIZED, "problem.signIn.failed");
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatus status, String messageCode) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(ProblemDetail.forStatusAndDetail(status, this.messages.get(messageCode)));
	}

	/** Signs out: the calling token stops working at once. */
	@DeleteMapping("/api/v1/auth/token")
	ResponseEntity<Void> signOut(CurrentUser user,
			@RequestAttribute(name = SignInTokens.CURRENT, required = false) UUID signIn) {
		this.tokens.revoke(user.id(), signIn);
		return ResponseEntity.noContent().build();
	}

	/**
	 * @param totp the code from the authenticator app (or a recovery code), once two-step
	 * sign-in is on
	 */
	record TokenRequest(String email, String password, String totp) {
	}

	record TokenResponse(String token, Instant expiresAt, UserView user) {
	}

	record UserView(UUID id, String displayName, List<Role> roles) {

		static UserView of(CurrentUser user) {
			return new UserView(user.id(), user.displayName(), user.roles().stream().sorted().toList());
		}

	}

}
