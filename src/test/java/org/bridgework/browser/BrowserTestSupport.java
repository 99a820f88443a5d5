package org.bridgework.browser;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.bridgework.identity.TestAuthenticator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Starts Debian's Chromium through Playwright for tests that use Bridgework as a person
 * would, on a phone-sized screen. Without a browser these tests say loudly that they
 * skipped, or fail when REQUIRE_BROWSER=1 (as in CI).
 */
abstract class BrowserTestSupport {

	/**
	 * Debian's Chromium; {@code -Dchromium.path=...} points elsewhere (or nowhere, to try
	 * the skip).
	 */
	static final Path CHROMIUM = Path.of(System.getProperty("chromium.path", "/usr/bin/chromium"));

	/** Accessibility rules checked on every page: WCAG 2.1 A and AA. */
	static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private static Playwright playwright;

	static Browser browser;

	@BeforeAll
	static void startBrowser() {
		if (!Files.isExecutable(CHROMIUM)) {
			String message = "BROWSER TESTS SKIPPED: no browser at " + CHROMIUM + " (apt-get install chromium)";
			if ("1".equals(System.getenv("REQUIRE_BROWSER"))) {
				fail(message + ", and REQUIRE_BROWSER=1 asks for them to run");
			}
			System.err.println("\n!!!!! " + message + " !!!!!\n");
			Assumptions.abort(message);
		}
		playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
						"--disable-background-networking", "--disable-component-update", "--disable-sync",
						// A microphone that says yes and plays a tone, for recording
						// voice notes.
						"--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
						// A test presses play from a script, with no hand on the screen.
						"--autoplay-policy=no-user-gesture-required")));
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	/** The port of the test's own application. */
	@LocalServerPort
	int port;

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/**
	 * Signs in through the sign-in form, as a person does, and checks where it leads.
	 */
	void signIn(Page page, String email, String password, String landing) {
		typePassword(page, email, password);
		secondStep(page, email);
		assertThat(page).hasURL(url(landing));
	}

	/** The sign-in form, filled in and sent: what comes next is up to the test. */
	void typePassword(Page page, String email, String password) {
		page.navigate(url("/login"));
		page.getByLabel("Email").fill(email);
		page.getByLabel("Password").fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
	}

	/**
	 * After the password, the step that follows as a person takes it with their
	 * authenticator app: the code of the moment, or, the first time for an admin or
	 * clinician, setting two-step sign-in up (the app takes the key from the page).
	 * Nothing for a client without it.
	 */
	void secondStep(Page page, String email) {
		page.waitForURL((address) -> !address.equals(url("/login")));
		String path = URI.create(page.url()).getPath();
		if (path.equals("/login/code")) {
			page.getByLabel("Code from your app").fill(TestAuthenticator.code(this.port, email));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		}
		else if (path.equals("/login/two-step")) {
			TestAuthenticator.add(this.port, email, page.locator("#two-step-key").textContent());
			page.getByLabel("6-digit code").fill(TestAuthenticator.code(this.port, email));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Turn on two-step sign-in")).click();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I've saved them, continue")).click();
		}
	}

	/** A fresh phone: its own cookies, 390 by 844 pixels, touch. */
	static BrowserContext phone() {
		return browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
			.setIsMobile(true)
			.setHasTouch(true)
			.setLocale("en-GB"));
	}

	/** No sideways scrolling on the phone, and nothing serious for axe-core. */
	static void assertFitsAndIsAccessible(Page page) {
		org.assertj.core.api.Assertions
			.assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
			.as("no sideways scrolling on %s", page.url())
			.isTrue();
		assertAccessible(page);
	}

	/**
	 * Fails on serious or critical accessibility problems of the page as it is now,
	 * naming each.
	 */
	static void assertAccessible(Page page) {
		AxeResults results = new AxeBuilder(page).withTags(WCAG_TAGS).analyze();
		List<Rule> blocking = results.getViolations()
			.stream()
			.filter((rule) -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.toList();
		if (!blocking.isEmpty()) {
			fail("Accessibility problems on " + page.url() + ":\n" + blocking.stream()
				.map((rule) -> "- " + rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
						+ rule.getNodes().stream().map((node) -> String.valueOf(node.getTarget())).limit(3).toList())
				.collect(Collectors.joining("\n")));
		}
	}

}
