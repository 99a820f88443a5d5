package org.bridgework.testing;

import java.time.Instant;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A Spring context whose clock is a {@link MovableClock} starting now, for tests that
 * move time instead of waiting: {@code @Import(MovableClockConfiguration.class)}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MovableClockConfiguration {

	@Bean
	@Primary
	MovableClock movableClock() {
		return new MovableClock(Instant.now());
	}

}
