package org.bridgework.insights;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bridgework.caseload.CareTeam;
import org.bridgework.caseload.ClientAccess;
import org.bridgework.caseload.ClientProfile;
import org.bridgework.caseload.Clients;
import org.bridgework.homework.Adherence;
import org.bridgework.homework.AdherenceReport;
import org.bridgework.homework.Assignment;
import org.bridgework.homework.Assignments;
import org.bridgework.homework.SkipReason;
import org.bridgework.homework.Timeline;
import org.bridgework.identity.CurrentUser;
import org.bridgework.identity.Role;
import org.bridgework.insights.CaseloadPractice.Tally;
import org.bridgework.library.Template;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Homework across the signed-in clinician's own caseload, by template, over the last few
 * weeks of each client. Every client is read through the care team and homework's own
 * reads, so only the clinician's own clients count, each access is recorded, and a
 * private entry counts as practice without anything of it being read.
 */
@Service
class CaseloadInsights {

	private final Clients clients;

	private final CareTeam careTeam;

	private final AdherenceReport adherence;

	private final Timeline timeline;

	private final Assignments assignments;

	private final Clock clock;

	CaseloadInsights(Clients clients, CareTeam careTeam, AdherenceReport adherence, Timeline timeline,
			Assignments assignments, Clock clock) {
		this.clients = clients;
		this.careTeam = careTeam;
		this.adherence = adherence;
		this.timeline = timeline;
		this.assignments = assignments;
		this.clock = clock;
	}

	/**
	 * The last {@code weeks} weeks of each client (8 when null, kept between 1 and 26).
	 */
	@Transactional(readOnly = true)
	CaseloadPractice across(CurrentUser clinician, Integer weeks) {
		clinician.require(Role.CLINICIAN);
		int count = ClientWeeks.clamp(weeks);
		Instant now = this.clock.instant();
		LocalDate from = null;
		List<Tally> tallies = new ArrayList<>();
		Map<UUID, Template> templates = new HashMap<>();
		for (ClientProfile client : this.clients.caseload(clinician)) {
			ClientAccess access = this.careTeam.requireClinician(clinician, client.id(), "view-caseload-insights");
			ClientWeeks range = ClientWeeks.ending(now, access.timezone(), count);
			from = (from == null || range.from().isBefore(from)) ? range.from() : from;
			tallies.addAll(tallies(access, range, templates));
		}
		// Without clients there are no weeks of theirs: say which weeks in UTC.
		return CaseloadPractice.of((from != null) ? from : ClientWeeks.ending(now, ZoneOffset.UTC, count).from(), count,
				tallies);
	}

	private List<Tally> tallies(ClientAccess access, ClientWeeks range, Map<UUID, Template> templates) {
		Adherence counted = this.adherence.between(access.actor(), access.clientId(), range.from(), range.today());
		Map<UUID, Assignment> byId = new HashMap<>();
		this.assignments.forClient(access.actor(), access.clientId())
			.forEach((assignment) -> byId.put(assignment.id(), assignment));
		Map<UUID, Map<SkipReason, Integer>> reasons = SkippedOccurrences.reasons(byId.values(),
				this.timeline.between(access, range.from(), range.today()), range.from(), range.today());
		List<Tally> tallies = new ArrayList<>();
		for (Adherence.PerAssignment counts : counted.assignments()) {
			Assignment assignment = byId.get(counts.id());
			if (assignment == null) {
				continue;
			}
			Template template = templates.computeIfAbsent(assignment.templateVersionId(),
					(version) -> this.assignments.templateOf(assignment));
			tallies.add(new Tally(access.clientId(), assignment.templateKey(), template.name(), template.version(),
					counts.expected(), counts.completed(), counts.skipped(),
					reasons.getOrDefault(assignment.id(), Map.of())));
		}
		return tallies;
	}

}
