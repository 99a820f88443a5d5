package org.bridgework.identity;

import java.time.Clock;
import org.bridgework.audit.AuditTrail;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.CookieRequestCache;

/**
 * Two doors: the JSON API, signed in by bearer token, and the web pages, signed in by a
 * session cookie and protected against cross-site forms. Which person may see which
 * client is decided in the services (caseload's CareTeam), not here.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final String[] PUBLIC_PAGES = { "/login", "/login/**", "/setup", "/invite/**", "/password-reset",
			"/password-reset/**", "/css/**", "/js/**", "/webjars/**", "/images/**", "/favicon.ico", "/error", "/help",
			"/actuator/health/**", "/api-docs/**",
			// A calendar app fetches its feed without signing in: the secret in the
			// address is the key.
			"/calendar/*" };

	/** The pages' policy: script and style from our own origin only, never inline. */
	static final String PAGE_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
			+ "frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

	/** The API answers JSON, which is never a page: nothing may load or frame it. */
	static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationManager authenticationManager(AccountUserDetailsService users, PasswordEncoder passwordEncoder,
			SignInThrottle throttle, SignInJournal journal) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(passwordEncoder);
		return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle, journal));
	}

	@Bean
	DatabaseSecurityContextRepository databaseSecurityContextRepository(SignInTokens tokens, Accounts accounts,
			Clock clock) {
		return new DatabaseSecurityContextRepository(tokens, accounts, clock);
	}

	@Bean
	CookieRequestCache requestCache() {
		return new CookieRequestCache();
	}

	@Bean
	SignInCompletion signInCompletion(TwoStep twoStep, SignInSteps steps, DatabaseSecurityContextRepository sessions,
			SignInThrottle throttle, AccountRepository accounts, CookieRequestCache requestCache,
			SignInJournal journal) {
		return new SignInCompletion(twoStep, steps, sessions, throttle, accounts, requestCache, journal);
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, SignInTokens tokens, Accounts accounts, ApiProblemResponses problems,
			AuditTrail trail) throws Exception {
		http.securityMatcher("/api/**")
			// Bearer tokens are never sent by a browser on its own, so there is no
			// cross-site form to forge.
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(
					(context) -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.requestCache((cache) -> cache.disable())
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers(HttpMethod.POST, "/api/v1/auth/token", "/api/v1/invitations/*")
				.permitAll()
				// Nobody in a crisis should need to sign in first.
				.requestMatchers(HttpMethod.GET, "/api/v1/crisis-resources")
				.permitAll()
				.anyRequest()
				.authenticated())
			.addFilterBefore(new BearerTokenFilter(tokens, accounts), BasicAuthenticationFilter.class)
			// Spring Security's defaults stay (nosniff, no-store, DENY framing, HSTS over
			// TLS); the API adds a policy of its own and no referrer.
			.headers((headers) -> headers.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				.contentSecurityPolicy((csp) -> csp.policyDirectives(API_POLICY)))
			.addFilterAfter(new AuditActorFilter(trail), AnonymousAuthenticationFilter.class)
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint((request, response, ex) -> problems.write(response, HttpStatus.UNAUTHORIZED,
						"problem.unauthenticated"))
				.accessDeniedHandler((request, response, ex) -> problems.write(response, HttpStatus.FORBIDDEN,
						"problem.forbidden")));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain web(HttpSecurity http, DatabaseSecurityContextRepository sessions,
			AuthenticationManager authenticationManager, AuditTrail trail, SignInCompletion completion,
			SignInSteps steps, CookieRequestCache requestCache) throws Exception {
		CookieCsrfTokenRepository csrfTokens = new CookieCsrfTokenRepository();
		csrfTokens.setCookieCustomizer((cookie) -> cookie.sameSite("Lax"));
		// The sign-in form must count wrong passwords too: without this, Spring Security
		// builds its own manager from the UserDetailsService bean, without the throttle.
		http.authenticationManager(authenticationManager)
			.securityContext((context) -> context.securityContextRepository(sessions))
			.addFilterAfter(new AuditActorFilter(trail), AnonymousAuthenticationFilter.class)
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.requestCache(requestCache))
			.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens))
			.authorizeHttpRequests(
					(requests) -> requests.requestMatchers(PUBLIC_PAGES).permitAll().anyRequest().authenticated())
			// A right password alone starts no session: SignInCompletion decides what
			// comes next (a code, setting two-step sign-in up, or the session).
			.formLogin((form) -> form.loginPage("/login")
				.usernameParameter("email")
				.failureHandler(signInFailure())
				.successHandler(completion))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(new SignInEntryPoint(steps)))
			.logout((logout) -> logout.logoutUrl("/logout")
				.addLogoutHandler(sessions)
				.logoutSuccessUrl("/login?signedOut"))
			.headers((headers) -> headers.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				.contentSecurityPolicy((csp) -> csp.policyDirectives(PAGE_POLICY)));
		return http.build();
	}

	private static AuthenticationFailureHandler signInFailure() {
		return (request, response, ex) -> {
			String reason = (ex instanceof TooManyAttemptsException) ? "throttled" : "error";
			response.sendRedirect(request.getContextPath() + "/login?" + reason);
		};
	}

}
