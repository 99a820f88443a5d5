package org.bridgework.identity;

import java.io.IOException;
import java.util.function.Supplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bridgework.audit.AuditTrail;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tells the audit trail who is signed in for this request, once sign-in by cookie or
 * bearer token has been looked at, so that a refused request is put down to them. The
 * sign-in is only looked up if the trail needs it.
 */
class AuditActorFilter extends OncePerRequestFilter {

	private final AuditTrail trail;

	AuditActorFilter(AuditTrail trail) {
		this.trail = trail;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Supplier<SecurityContext> context = SecurityContextHolder.getContextHolderStrategy().getDeferredContext();
		this.trail.actingAccount(() -> {
			Authentication authentication = context.get().getAuthentication();
			Object principal = (authentication != null) ? authentication.getPrincipal() : null;
			if (principal instanceof CurrentUser user) {
				return user.id();
			}
			return (principal instanceof AccountPrincipal account) ? account.user().id() : null;
		});
		chain.doFilter(request, response);
	}

}
