package org.bridgework.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.bridgework.shared.Messages;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TokenApiController {

	private final AuthenticationManager authentication;

	private final SignInTokens tokens;

	private final Messages messages;

	TokenApiController(AuthenticationManager authentication, SignInTokens tokens, Messages messages) {
		this.authentication = authentication;
		this.tokens = tokens;
		this.messages = messages;
	}

	@PostMapping("/api/v1/auth/token")
	ResponseEntity<?> signIn(@RequestBody TokenRequest request) {
		try {
			var result = this.authentication
				.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(request.email(), request.password()));
			CurrentUser user = ((AccountPrincipal) result.getPrincipal()).user();
			SignInTokens.IssuedToken issued = this.tokens.issue(user.id(), SignInTokens.Kind.API);
			return ResponseEntity.ok(new TokenResponse(issued.token(), issued.expiresAt(), UserView.of(user)));
		}
		catch (ThrottledAuthenticationProvider.TooManyAttemptsException ex) {
			return problem(HttpStatus.TOO_MANY_REQUESTS, "problem.signIn.throttled");
		}
		catch (AuthenticationException ex) {
			return problem(HttpStatus.UNAUTHORIZED, "problem.signIn.failed");
		}
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatus status, String code) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(ProblemDetail.forStatusAndDetail(status, this.messages.get(code)));
	}

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
