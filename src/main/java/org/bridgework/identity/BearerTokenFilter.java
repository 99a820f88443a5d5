package org.bridgework.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in API calls that carry {@code Authorization: Bearer <token>}. A missing,
 * unknown, revoked, expired or idle token leaves the call anonymous, and the API then
 * answers 401.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String PREFIX = "Bearer ";

	private final SignInTokens tokens;

	private final Accounts accounts;

	BearerTokenFilter(SignInTokens tokens, Accounts accounts) {
		this.tokens = tokens;
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
			String token = header.substring(PREFIX.length()).trim();
			this.tokens.use(token, SignInTokens.Kind.API).flatMap((signIn) -> {
				request.setAttribute(SignInTokens.CURRENT, signIn.id());
				return this.accounts.findUser(signIn.accountId());
			}).ifPresent(BearerTokenFilter::signIn);
		}
		chain.doFilter(request, response);
	}

	private static void signIn(CurrentUser user) {
		var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null,
				AccountPrincipal.authoritiesOf(user));
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
	}

}
