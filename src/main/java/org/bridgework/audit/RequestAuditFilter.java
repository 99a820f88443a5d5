package org.bridgework.audit;

import java.io.IOException;
import java.time.Clock;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id (a sane incoming {@code X-Request-Id} is kept, so a proxy's
 * id links its log to ours), answers it in the {@code X-Request-Id} header, and writes
 * the request's audit events once it is done, before the answer leaves for the client
 * when the answer is small enough to be held back (see {@link HeldResponse}).
 */
class RequestAuditFilter extends OncePerRequestFilter {

	static final String HEADER = "X-Request-Id";

	private static final Logger log = LoggerFactory.getLogger(RequestAuditFilter.class);

	private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

	/** Path segments that carry a secret in the segment after them. */
	private static final Pattern SECRET_AFTER = Pattern.compile("/(invite|invitations)/[^/]+");

	private static final int LONGEST_PATH = 500;

	private final AuditStore store;

	private final Clock clock;

	RequestAuditFilter(AuditStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String requestId = requestId(request.getHeader(HEADER));
		response.setHeader(HEADER, requestId);
		RequestBatch batch = new RequestBatch(requestId, request.getRemoteAddr(), request.getMethod(), path(request));
		batch.bind();
		MDC.put("requestId", requestId);
		boolean failed = true;
		try {
			chain.doFilter(request, new HeldResponse(response));
			failed = false;
		}
		finally {
			batch.unbind();
			MDC.remove("requestId");
			// An exception nobody handled becomes the server's error page.
			write(batch, failed ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR : response.getStatus());
		}
	}

	private void write(RequestBatch batch, int status) {
		try {
			this.store.append(batch.finish(status, this.clock.instant()));
		}
		catch (RuntimeException ex) {
			// The answer is on its way and cannot be taken back; say loudly what is
			// missing (ids and codes only) so it can be put right.
			log.error("Could not write the audit events of {}", batch, ex);
		}
	}

	static String requestId(String incoming) {
		if (incoming != null && SANE_ID.matcher(incoming).matches()) {
			return incoming;
		}
		return UUID.randomUUID().toString();
	}

	static String path(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		path = SECRET_AFTER.matcher(path).replaceAll("/$1/{token}");
		return (path.length() > LONGEST_PATH) ? path.substring(0, LONGEST_PATH) : path;
	}

}
