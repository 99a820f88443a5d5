package org.bridgework.caseload;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.bridgework.audit.AuditTrail;
import org.bridgework.identity.Accounts;
import org.bridgework.identity.CurrentUser;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who looked at a client's record and when, for the client: the audit trail's granted
 * accesses of the last {@link #PERIOD}, gathered into visits and told in plain words
 * ({@code access.look.*} and {@code access.change.*} in i18n/access.properties). Only the
 * client themselves may ask.
 */
@Component
class AccessHistory {

	static final Duration PERIOD = Duration.ofDays(90);

	private static final int MOST_ROWS = 10_000;

	private final CareTeam careTeam;

	private final AuditTrail trail;

	private final Accounts accounts;

	private final MessageSource messages;

	private final Clock clock;

	AccessHistory(CareTeam careTeam, AuditTrail trail, Accounts accounts, MessageSource messages, Clock clock) {
		this.careTeam = careTeam;
		this.trail = trail;
		this.accounts = accounts;
		this.messages = messages;
		this.clock = clock;
	}

	/** The signed-in client's history, the latest visit first. */
	List<AccessLine> of(CurrentUser client) {
		ClientAccess own = this.careTeam.requireSelf(client, "view-access-history");
		var events = this.trail.grantedAbout(own.clientId(), this.clock.instant().minus(PERIOD), MOST_ROWS);
		Map<UUID, String> names = new HashMap<>();
		DateTimeFormatter format = DateTimeFormatter.ofPattern(words("access.time.pattern"),
				LocaleContextHolder.getLocale());
		List<AccessLine> lines = new ArrayList<>();
		for (AccessVisits.Visit visit : AccessVisits.of(events)) {
			boolean self = client.id().equals(visit.actorId());
			OffsetDateTime at = visit.start().atZone(own.timezone()).toOffsetDateTime();
			String who = self ? words("access.who.you") : names.computeIfAbsent(visit.actorId(), this::nameOf);
			lines.add(new AccessLine(at, who, role(visit.relation()), what(visit.actions()), self, format.format(at)));
		}
		return lines;
	}

	private String nameOf(UUID accountId) {
		return Optional.ofNullable(accountId)
			.flatMap(this.accounts::findUser)
			.map(CurrentUser::displayName)
			.orElseGet(() -> words("access.who.unknown"));
	}

	private static String role(String relation) {
		if (relation == null) {
			return "UNKNOWN";
		}
		return Relationship.SELF.name().equals(relation) ? "CLIENT" : relation;
	}

	/**
	 * "looked at your homework and your practice, and gave you new homework": what was
	 * looked at comes first (each thing once), then what was done.
	 */
	String what(List<String> actions) {
		Set<String> looked = new LinkedHashSet<>();
		Set<String> changed = new LinkedHashSet<>();
		for (String action : actions) {
			String change = optional("access.change." + action);
			if (change != null) {
				changed.add(change);
			}
			else {
				String look = optional("access.look." + action);
				looked.add((look != null) ? look : words("access.look.other"));
			}
		}
		if (changed.isEmpty()) {
			return words("access.what.looked", list(List.copyOf(looked)));
		}
		if (looked.isEmpty()) {
			return list(List.copyOf(changed));
		}
		return words("access.what.lookedAndDid", words("access.what.looked", list(List.copyOf(looked))),
				list(List.copyOf(changed)));
	}

	/** "a", "a and b", "a, b and c". */
	private String list(List<String> items) {
		if (items.size() == 1) {
			return items.get(0);
		}
		String allButLast = String.join(", ", items.subList(0, items.size() - 1));
		return words("access.list.last", allButLast, items.get(items.size() - 1));
	}

	private String words(String code, Object... args) {
		return this.messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

	private String optional(String code) {
		try {
			return words(code);
		}
		catch (NoSuchMessageException ex) {
			return null;
		}
	}

}
