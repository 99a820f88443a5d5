package org.bridgework.browser;

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
		page.navigate(url("/login"));
		page.getByLabel("Email").fill(email);
		page.getByLabel("Password").fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		assertThat(page).hasURL(url(landing));
	}

	/** A fresh phone: its own cookies, 390 by 844 pixels, touch. */
	static BrowserContext phone() {
		return browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
			.setIsMobile(true)
			.setHasTouch(true)
			.setLocale("en-GB"));
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
