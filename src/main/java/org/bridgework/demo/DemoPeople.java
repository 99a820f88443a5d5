package org.bridgework.demo;

import java.util.List;

/**
 * Who the demo has, and how to sign in as them. The README repeats these.
 */
final class DemoPeople {

	static final String PASSWORD = "practice-makes-progress";

	static final String CLINICIAN_EMAIL = "clinician@demo.bridgework.test";

	static final String CLINICIAN_NAME = "Alex Rivera";

	/**
	 * The demo clinician's two-step key, printed in the README so anyone trying the demo
	 * can add it to an authenticator app (or compute codes with {@code oathtool}).
	 * Published, so it protects nothing: the demo holds nobody real.
	 */
	static final String CLINICIAN_TWO_STEP_KEY = "DEMODEMODEMODEMODEMODEMODEMODEMO";

	/** The clinician's own time zone, so alert times show in it (Settings changes it). */
	static final String CLINICIAN_TIMEZONE = "Europe/London";

	static final List<DemoClient> CLIENTS = List.of(
			new DemoClient("Robin Okafor", "robin@demo.bridgework.test", "Europe/London", DemoStory.WORRY),
			new DemoClient("Jordan Lee", "jordan@demo.bridgework.test", "America/New_York", DemoStory.LOW_MOOD),
			new DemoClient("Sam Castillo", "sam@demo.bridgework.test", "Australia/Sydney", DemoStory.SOCIAL_ANXIETY));

	private DemoPeople() {
	}

	record DemoClient(String name, String email, String timezone, DemoStory story) {
	}

}
