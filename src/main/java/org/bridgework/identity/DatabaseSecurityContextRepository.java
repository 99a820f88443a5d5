package org.bridgework.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Keeps web sign-ins in PostgreSQL behind an HttpOnly, SameSite=Lax cookie (Secure when
 * the request came over TLS) instead of in a JVM's HTTP session, so app nodes hold no
 * state (see docs/adr/0004). Every sign-in gets a new token; a token the browser held
 * before is ended, never carried over.
 */
class DatabaseSecurityContextRepository implements SecurityContextRepository, LogoutHandler {

	static final String COOKIE = "BRIDGEWORK_SESSION";

	private final SignInTokens tokens;

	private final Accounts accounts;

	private final Clock clock;

	DatabaseSecurityContextRepository(SignInTokens tokens, Accounts accounts, Clock clock) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	@SuppressWarnings("deprecation")
	public SecurityContext loadContext(HttpRequestResponseHolder holder) {
		return loadDeferredContext(holder.getRequest()).get();
	}

	@Override
	public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
		Supplier<SecurityContext> load = () -> sessionToken(request)
			.flatMap((token) -> this.tokens.use(token, SignInTokens.Kind.WEB))
			.flatMap((signIn) -> {
				request.setAttribute(SignInTokens.CURRENT, signIn.id());
				return this.accounts.findUser(signIn.accountId());
			})
			.map(DatabaseSecurityContextRepository::contextFor)
			.orElseGet(SecurityContextHolder::createEmptyContext);
		return new DeferredSecurityContext() {

			private SecurityContext context;

			@Override
			public SecurityContext get() {
				if (this.context == null) {
					this.context = load.get();
				}
				return this.context;
			}

			@Override
			public boolean isGenerated() {
				return get().getAuthentication() == null;
			}

		};
	}

	/**
	 * Starts nothing. Spring Security's sign-in form saves the context once the password
	 * is right, but a right password alone is not a sign-in when a code or setting up
	 * two-step sign-in comes next: sessions start only through {@link #startSession},
	 * called by {@link SignInCompletion} when the person is all the way in.
	 */
	@Override
	public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
	}

	/**
	 * Signs the person in on this browser with a new session token, ending the one it
	 * held before (someone else's, or one planted before sign-in).
	 */
	void startSession(CurrentUser user, HttpServletRequest request, HttpServletResponse response) {
		sessionToken(request).ifPresent(this.tokens::revoke);
		SignInTokens.IssuedToken issued = this.tokens.issue(user, SignInTokens.Kind.WEB,
				DeviceNames.describe(request.getHeader(HttpHeaders.USER_AGENT)));
		request.setAttribute(SignInTokens.CURRENT, issued.id());
		long maxAge = Duration.between(this.clock.instant(), issued.expiresAt()).toSeconds();
		SignInCookies.write(request, response, COOKIE, issued.token(), maxAge);
	}

	@Override
	public boolean containsContext(HttpServletRequest request) {
		return sessionToken(request).isPresent();
	}

	@Override
	public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
		sessionToken(request).ifPresent(this.tokens::revoke);
		SignInCookies.write(request, response, COOKIE, "", 0);
	}

	private static SecurityContext contextFor(CurrentUser user) {
		return new SecurityContextImpl(
				UsernamePasswordAuthenticationToken.authenticated(user, null, AccountPrincipal.authoritiesOf(user)));
	}

	private static Optional<String> sessionToken(HttpServletRequest request) {
		return SignInCookies.read(request, COOKIE);
	}

}
