package org.bridgework.insights;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.bridgework.homework.SkipReason;
import org.bridgework.insights.WhatGetsInTheWay.Reading;
import org.bridgework.shared.Messages;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The insights in words: the plain-language reading, reasons and dates as people read
 * them.
 */
@Component
class InsightsWords {

	private final Messages messages;

	InsightsWords(Messages messages) {
		this.messages = messages;
	}

	/** "“Forgot” came up most in the last 4 weeks (3 times)." Never a judgement. */
	String reading(Reading reading) {
		if (reading.reasons().isEmpty()) {
			return this.messages.get("insights.reading.none", reading.lastWeeks());
		}
		List<String> names = reading.reasons().stream().map(this::quoted).toList();
		if (names.size() == 1) {
			return this.messages.get("insights.reading.one", names.get(0), reading.lastWeeks(), reading.count());
		}
		String joined = String.join(this.messages.get("insights.list.comma"), names.subList(0, names.size() - 1))
				+ this.messages.get("insights.list.and") + names.get(names.size() - 1);
		return this.messages.get("insights.reading.several", joined, reading.lastWeeks(), reading.count());
	}

	/**
	 * "In 3 of 4 stretches with at least half the planned homework done, the next PHQ-9
	 * was lower; ..." with the caveat that it may be chance and shows no cause; or why it
	 * is too early to say.
	 */
	String outcome(AdherenceOutcome outcome) {
		AdherenceOutcome.Reading reading = outcome.reading();
		if (!reading.enough()) {
			return this.messages.get("insights.outcome.notEnough", outcome.instrument(), reading.compared(),
					AdherenceOutcome.ENOUGH);
		}
		String counts;
		if (reading.lessDone() == 0) {
			counts = this.messages.get("insights.outcome.allHalfDone", reading.halfDoneLower(), reading.halfDone(),
					outcome.instrument());
		}
		else if (reading.halfDone() == 0) {
			counts = this.messages.get("insights.outcome.noneHalfDone", reading.lessDoneLower(), reading.lessDone(),
					outcome.instrument());
		}
		else {
			counts = this.messages.get("insights.outcome.both", reading.halfDoneLower(), reading.halfDone(),
					reading.lessDoneLower(), reading.lessDone(), outcome.instrument());
		}
		return counts + " " + this.messages.get("insights.outcome.caveat", reading.compared());
	}

	String reason(SkipReason reason) {
		return this.messages.get("skipReason." + reason.name());
	}

	String get(String code, Object... args) {
		return this.messages.get(code, args);
	}

	/** A week's short label, e.g. "2 Mar". */
	String week(LocalDate monday) {
		return format(monday, "insights.week.pattern");
	}

	/** A day in full, e.g. "Mon 2 Mar 2026". */
	String day(LocalDate day) {
		return format(day, "insights.date.pattern");
	}

	private String format(LocalDate day, String patternCode) {
		return DateTimeFormatter.ofPattern(this.messages.get(patternCode), LocaleContextHolder.getLocale()).format(day);
	}

	private String quoted(SkipReason reason) {
		return this.messages.get("insights.quoted", reason(reason));
	}

}
