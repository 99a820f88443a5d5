package org.bridgework.measures;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.bridgework.caseload.CareTeam;
import org.bridgework.caseload.ClientAccess;
import org.bridgework.identity.CurrentUser;
import org.bridgework.safety.CrisisSignal;
import org.bridgework.shared.InvalidInputException;
import org.bridgework.shared.InvalidInputException.FieldProblem;
import org.bridgework.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clients answer questionnaires; they and their clinicians read the series. Answers are
 * checked whole before anything is stored, and scored here, never by the caller.
 */
@Service
public class Measures {

	private final Instruments instruments;

	private final MeasureRepository responses;

	private final CareTeam careTeam;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final MeasureWords words;

	Measures(Instruments instruments, MeasureRepository responses, CareTeam careTeam, ApplicationEventPublisher events,
			Clock clock, MeasureWords words) {
		this.words = words;
		this.instruments = instruments;
		this.responses = responses;
		this.careTeam = careTeam;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Stores the signed-in client's answers. A PHQ-9 item 9 above 0 publishes a
	 * {@link CrisisSignal} in this same transaction, so the alert a listener records
	 * commits with the response or not at all.
	 */
	@Transactional
	public MeasureResponse take(CurrentUser client, String instrumentKey, List<Integer> answers, Integer difficulty) {
		return store(client, instrumentKey, answers, difficulty, this.clock.instant());
	}

	/**
	 * Stores answers the signed-in client gave at an earlier moment, exactly as
	 * {@link #take} does otherwise (a PHQ-9 item 9 above 0 still raises an alert, now):
	 * answers given on paper and typed in later, or the demo's weeks of history. A moment
	 * still to come is refused ({@code takenAt}).
	 */
	@Transactional
	public MeasureResponse takeEarlier(CurrentUser client, String instrumentKey, List<Integer> answers,
			Integer difficulty, Instant takenAt) {
		if (takenAt == null || takenAt.isAfter(this.clock.instant())) {
			throw new InvalidInputException(List.of(FieldProblem.of("takenAt", "validation.occurredOn.future")));
		}
		return store(client, instrumentKey, answers, difficulty, takenAt);
	}

	private MeasureResponse store(CurrentUser client, String instrumentKey, List<Integer> answers, Integer difficulty,
			Instant takenAt) {
		ClientAccess access = this.careTeam.requireSelf(client, "take-measure");
		Instrument instrument = instrument(instrumentKey);
		check(instrument, answers, difficulty);
		MeasureResponse response = new MeasureResponse(UUID.randomUUID(), access.clientId(), instrument.key(),
				List.copyOf(answers), (instrument.difficulty() != null) ? difficulty : null, takenAt,
				Scorer.score(instrument.key(), answers));
		this.responses.add(response);
		if (response.item9Positive()) {
			this.events.publishEvent(new CrisisSignal(access.clientId(), CrisisSignal.Kind.PHQ9_ITEM9, response.id()));
		}
		return response;
	}

	/** The client's results of one instrument (all when null), oldest first. */
	@Transactional(readOnly = true)
	public List<MeasureResponse> series(CurrentUser actor, UUID clientId, String instrumentKey) {
		this.careTeam.require(actor, clientId, "view-measures");
		String key = (instrumentKey == null || instrumentKey.isBlank()) ? null : instrument(instrumentKey).key();
		return this.responses.series(clientId, key);
	}

	/** One response, for the client who gave it or their clinicians. */
	@Transactional(readOnly = true)
	public MeasureResponse get(CurrentUser actor, UUID responseId) {
		MeasureResponse response = this.responses.find(responseId).orElseThrow(() -> new NotFoundException("Measure"));
		this.careTeam.require(actor, response.clientId(), "view-measures", responseId);
		return response;
	}

	/**
	 * How an instrument's totals read: its range and its bands in plain words. No client
	 * data, so no access check.
	 */
	public InstrumentScale scale(String instrumentKey) {
		Instrument instrument = instrument(instrumentKey);
		List<SeverityBand> bands = Scorer.bands(instrument.key())
			.stream()
			.map((band) -> new SeverityBand(band.from(), band.to(), band.severity(), this.words.band(band.severity())))
			.toList();
		return new InstrumentScale(instrument.key(), this.words.name(instrument.key()),
				instrument.itemCount() * instrument.maxAnswer(), bands);
	}

	/** Every instrument's scale, in the order pages list instruments. */
	public List<InstrumentScale> scales() {
		return this.instruments.all().stream().map((instrument) -> scale(instrument.key())).toList();
	}

	Instrument instrument(String key) {
		return this.instruments.find(key).orElseThrow(() -> new NotFoundException("Instrument"));
	}

	static void check(Instrument instrument, List<Integer> answers, Integer difficulty) {
		List<FieldProblem> problems = new ArrayList<>();
		if (answers == null || answers.size() != instrument.itemCount()) {
			problems
				.add(FieldProblem.of("answers", "measures.answers.count", instrument.key(), instrument.itemCount()));
		}
		else {
			for (int i = 0; i < answers.size(); i++) {
				Integer answer = answers.get(i);
				if (answer == null || answer < 0 || answer > instrument.maxAnswer()) {
					problems.add(FieldProblem.of("answers[" + i + "]", "measures.answers.range", i + 1,
							instrument.maxAnswer()));
				}
			}
		}
		if (difficulty != null && (instrument.difficulty() == null || difficulty < 0 || difficulty > 3)) {
			problems.add(FieldProblem.of("difficulty", "measures.difficulty.range"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

}
