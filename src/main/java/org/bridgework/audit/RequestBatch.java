package org.bridgework.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The audit events of one web request, kept on the request's thread and written together
 * when the request is done. The same event reported twice in one request (a page asks
 * several times whether the clinician may see the client) is kept once.
 */
final class RequestBatch {

	private static final ThreadLocal<RequestBatch> CURRENT = new ThreadLocal<>();

	private final String requestId;

	private final String remoteAddress;

	private final String method;

	private final String path;

	private final Map<AuditEvent, Instant> events = new LinkedHashMap<>();

	private Supplier<UUID> actor = () -> null;

	RequestBatch(String requestId, String remoteAddress, String method, String path) {
		this.requestId = requestId;
		this.remoteAddress = remoteAddress;
		this.method = method;
		this.path = path;
	}

	static RequestBatch current() {
		return CURRENT.get();
	}

	void bind() {
		CURRENT.set(this);
	}

	void unbind() {
		CURRENT.remove();
	}

	void add(AuditEvent event, Instant at) {
		this.events.putIfAbsent(event, at);
	}

	void actor(Supplier<UUID> accountId) {
		this.actor = accountId;
	}

	UUID actor() {
		return this.actor.get();
	}

	/**
	 * What to write once the request ended with {@code status}. A request refused by
	 * Spring Security or by a role check (403, or 401 on the API) that no module reported
	 * more precisely is written as a refusal of its own.
	 */
	List<PendingEvent> finish(int status, Instant now) {
		if (refusedWithoutReport(status)) {
			add(AuditEvent.refused(actor(), null, (status == 401) ? "unauthenticated" : "forbidden", null), now);
		}
		List<PendingEvent> pending = new ArrayList<>(this.events.size());
		this.events.forEach((event, at) -> pending
			.add(new PendingEvent(at, event, status, this.requestId, this.remoteAddress, this.method, this.path)));
		return pending;
	}

	private boolean refusedWithoutReport(int status) {
		boolean refused = status == 403 || (status == 401 && this.path.startsWith("/api/"));
		return refused && this.events.keySet()
			.stream()
			.noneMatch((event) -> event.outcome() == Outcome.REFUSED || event.outcome() == Outcome.FAILED);
	}

	String requestId() {
		return this.requestId;
	}

	@Override
	public String toString() {
		return "request " + this.requestId + " " + this.method + " " + this.path + " with " + this.events.keySet();
	}

}
