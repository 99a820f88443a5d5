package org.bridgework.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock a test sets and moves forward instead of waiting; safe across threads. */
public final class MovableClock extends Clock {

	private final AtomicReference<Instant> now;

	public MovableClock() {
		this(Instant.now());
	}

	public MovableClock(Instant start) {
		this.now = new AtomicReference<>(start);
	}

	public void advance(Duration by) {
		this.now.updateAndGet((at) -> at.plus(by));
	}

	public void set(Instant at) {
		this.now.set(at);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(instant(), zone);
	}

	@Override
	public Instant instant() {
		return this.now.get();
	}

}
