package org.inclusivecities.platform.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Rule;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headless Debian Chromium for browser journeys, with an axe-core scan of every page visited. Register
 * with {@code @RegisterExtension static Browser browser = new Browser();} and call {@link #open} with a
 * full URL. Nothing is downloaded: the browser and driver come from Debian's chromium and chromium-driver
 * (or the {@code platform.chromium} and {@code platform.chromedriver} system properties); without them the
 * journey is skipped with a loud message, not failed.
 * <p>
 * Journeys travel like people: {@link #open} is for the first page of a journey only (each test starts one, and so
 * does {@link #signIn}, which comes in at {@code /} like a fresh visitor); after it, a journey clicks and types.
 * {@link #openFromMail} follows a link from a mail, which may start or continue a journey. A page not yet reached by
 * clicking is entered with {@link #jumpTo}, which must name the reason (an explicit, listed exemption).
 * {@link #at} switches between the desktop and the 390 px phone width; on the phone every page is also checked for
 * horizontal overflow and with axe-core's {@code target-size} rule (WCAG 2.2 2.5.8). Every page is also checked for
 * Content-Security-Policy violations and this site's files that failed to load, as the browser console reports them.
 */
public class Browser implements ExecutionCondition, BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

	private static final String CHROMIUM = System.getProperty("platform.chromium", "/usr/bin/chromium");

	private static final String CHROMEDRIVER = System.getProperty("platform.chromedriver", "/usr/bin/chromedriver");

	private WebDriver driver;

	/** Without a browser the journey class is skipped (reported as skipped, and loudly), never failed or hidden. */
	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER))) {
			return ConditionEvaluationResult.enabled("Chromium found");
		}
		String reason = "Chromium not found (" + CHROMIUM + ", " + CHROMEDRIVER
				+ ") — install chromium and chromium-driver, or set -Dplatform.chromium and -Dplatform.chromedriver";
		if (context.getTestMethod().isEmpty()) {
			System.err.println("*** BROWSER JOURNEY SKIPPED: " + context.getDisplayName() + ": " + reason);
		}
		return ConditionEvaluationResult.disabled(reason);
	}

	/** Whether the current journey has its first page: from then on {@link #open} refuses typed URLs. */
	private boolean journeyStarted;

	private Width width = Width.DESKTOP;

	/** Whether phone pages are also measured at WCAG 1.4.10's reference width, 320 CSS px. */
	private boolean alsoAtReflowWidth;

	/** WCAG 1.4.10's reference width: content reflows without scrolling sideways at 320 CSS px. */
	static final int REFLOW_WIDTH = 320;

	/** The two widths every journey runs at. */
	public enum Width {

		DESKTOP(1280, 1024), PHONE(390, 844);

		final int pixels;

		final int height;

		Width(int pixels, int height) {
			this.pixels = pixels;
			this.height = height;
		}

	}

	@Override
	public void beforeAll(ExtensionContext context) throws Exception {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-quic", "--no-first-run", "--window-size=1280,1024", "--lang=en",
				"--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
		// the console, so each page can be checked for Content-Security-Policy violations
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
			.build();
		driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		// axe-core is evaluated in every document this tab opens, before the page's own scripts, instead of being
		// sent over the driver (560 KB) for every scan
		((ChromeDriver) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", AXE));
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		journeyStarted = false;
		alsoAtReflowWidth = false;
		// each journey (each width of one) comes in as a fresh visitor, whatever the previous one signed in as
		((ChromeDriver) driver).executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
		at(Width.DESKTOP);
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (driver != null) {
			driver.quit();
		}
	}

	public WebDriver driver() {
		return driver;
	}

	/**
	 * Opens the first page of a journey and fails when axe-core finds any accessibility violation on it. Refused once
	 * the journey has its first page: from there people click ({@link #click}), follow a mail ({@link #openFromMail})
	 * or, named as an exemption, jump ({@link #jumpTo}).
	 */
	public Browser open(String url) {
		if (journeyStarted) {
			throw new AssertionError("A journey types a URL only for its first page; click your way to " + url
					+ " (or follow a mail's link with openFromMail, or name why not with jumpTo)");
		}
		journeyStarted = true;
		driver.get(url);
		return assertAccessible();
	}

	/** Follows a link from a mail (the outbox, a test mail server): a journey may start or go on from there. */
	public Browser openFromMail(String url) {
		journeyStarted = true;
		driver.get(url);
		return assertAccessible();
	}

	/**
	 * Types a URL in the middle of a journey: an explicit exemption for a page the journey does not click its way to
	 * yet. {@code reason} says why; every use is listed in the report on the journeys, never silent.
	 */
	public Browser jumpTo(String url, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("jumpTo needs the reason the page is not reached by clicking");
		}
		journeyStarted = true;
		driver.get(url);
		return assertAccessible();
	}

	/**
	 * Switches the window to this width; at {@link Width#PHONE} every later page is also checked for horizontal
	 * overflow and touch target sizes.
	 */
	public Browser at(Width width) {
		this.width = width;
		driver.manage().window().setSize(new Dimension(width.pixels, width.height));
		return this;
	}

	/**
	 * From now on in this journey, every page at {@link Width#PHONE} is also measured at 320 CSS px (WCAG 1.4.10's
	 * reference width): the window narrows, the page must not scroll sideways, the window widens again. A third
	 * {@link Width} would run every journey a third time; this costs two resizes per page of the journeys that ask.
	 */
	public Browser alsoAtReflowWidth() {
		alsoAtReflowWidth = true;
		return this;
	}

	/**
	 * axe-core scan (WCAG 2.x A and AA rules) of the current page: zero violations allowed. A page whose document is
	 * identical, character for character, to one already found clean at the same width is not scanned again: axe's
	 * result is a function of the document, its style sheets (named by content hash) and the window's width. Nor may
	 * the page show any enum constant by its code name ({@link RawEnumNames}).
	 */
	public Browser assertAccessible() {
		List<Rule> violations;
		try {
			violations = scanUnlessSeen();
		}
		catch (org.openqa.selenium.JavascriptException | org.openqa.selenium.StaleElementReferenceException
				| org.openqa.selenium.ScriptTimeoutException ex) {
			// a navigation replaced the page while axe was running: scan the page that arrived
			waitUntilLoaded();
			violations = scanUnlessSeen();
		}
		assertThat(violations).as("axe-core violations on %s:%n%s", driver.getCurrentUrl(), describe(violations))
			.isEmpty();
		if (width == Width.PHONE) {
			assertFitsThePhone();
		}
		RawEnumNames.assertNone(scannedDocument, driver.getCurrentUrl());
		return assertNoCspViolations();
	}

	/**
	 * Fails when the browser console reported, since the last check, a Content-Security-Policy violation or a file of
	 * this site that failed to load (a missing font, script or style). The page itself may be an error page on
	 * purpose, and other sites (map tiles) are not reachable from the test machine, so neither counts.
	 */
	public Browser assertNoCspViolations() {
		String page = withoutQuery(driver.getCurrentUrl());
		String site = page.replaceFirst("^(https?://[^/]+).*$", "$1");
		List<String> problems = driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.map(LogEntry::getMessage)
			.filter(message -> message.contains("Content Security Policy")
					|| message.startsWith(site) && message.contains("Failed to load resource")
							&& !withoutQuery(message.substring(0, Math.max(0, message.indexOf(' ')))).equals(page))
			.toList();
		assertThat(problems).as("console problems on %s", driver.getCurrentUrl()).isEmpty();
		return this;
	}

	/**
	 * Whether the page's old document is gone. Chromium sometimes says so with an inspector error ("Node with given
	 * id does not belong to the document") instead of a stale element, which Selenium's staleness check rethrows.
	 */
	private static boolean replaced(WebElement oldPage) {
		try {
			oldPage.isEnabled();
			return false;
		}
		catch (org.openqa.selenium.StaleElementReferenceException gone) {
			return true;
		}
		catch (org.openqa.selenium.WebDriverException inspector) {
			if (String.valueOf(inspector.getMessage()).contains("does not belong to the document")) {
				return true;
			}
			throw inspector;
		}
	}

	private static String withoutQuery(String url) {
		return url.replaceFirst("[?#].*$", "");
	}

	/** Nothing wider than the phone's screen (WCAG 1.4.10 reflow): the page never scrolls sideways. */
	private void assertFitsThePhone() {
		Object overflow = ((JavascriptExecutor) driver).executeScript(OVERFLOW);
		assertThat(overflow).as("horizontal overflow at %d px on %s", width.pixels, driver.getCurrentUrl()).isNull();
		if (alsoAtReflowWidth) {
			driver.manage().window().setSize(new Dimension(REFLOW_WIDTH, width.height));
			try {
				Object narrow = ((JavascriptExecutor) driver).executeScript(OVERFLOW);
				assertThat(narrow).as("horizontal overflow at %d px on %s", REFLOW_WIDTH, driver.getCurrentUrl())
					.isNull();
			}
			finally {
				driver.manage().window().setSize(new Dimension(width.pixels, width.height));
			}
		}
	}

	/** Null when the page fits the window, else how wide it is and the first elements that stick out. */
	private static final String OVERFLOW = """
				const wide = document.scrollingElement.scrollWidth;
				if (wide <= window.innerWidth) { return null; }
				const culprits = [...document.querySelectorAll('body *')]
				  .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
				  .slice(0, 6)
				  .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/ +/).join('.') : ''));
				return wide + ' px wide in a ' + window.innerWidth + ' px window: ' + culprits.join(', ');
			""";

	/**
	 * Signs in through the password form as a fresh visitor (cookies cleared first, so the previous person is
	 * signed out), scans the page it lands on and checks the sign-in worked.
	 */
	public Browser signIn(String baseUrl, String email, String password) {
		driver.manage().deleteAllCookies();
		journeyStarted = false;
		open(baseUrl + "/");
		clickInNavigation("Sign in");
		type("username", email).type("password", password);
		driver.findElement(By.cssSelector("main form button[type='submit']")).click();
		waitUntilLoaded();
		assertAccessible();
		assertThat(text()).as("signed in as %s", email).doesNotContain("was not recognised");
		assertThat(navigationText()).as("signed in as %s", email).contains("Sign out");
		return this;
	}

	/** The service navigation's text, also while a phone's width folds it behind its "Menu" button. */
	public String navigationText() {
		return driver.findElement(By.id("navigation")).getAttribute("textContent").replaceAll("\\s+", " ").strip();
	}

	public WebElement find(By by) {
		return driver.findElement(by);
	}

	public Browser type(String fieldId, String text) {
		WebElement field = driver.findElement(By.id(fieldId));
		field.clear();
		field.sendKeys(text);
		return this;
	}

	/** Clicks the button or link with exactly this visible text, then scans the page it leads to. */
	public Browser click(String text) {
		WebElement page = driver.findElement(By.tagName("html"));
		// exact text; or a link whose own text is this, before a counter in it ("My workspace" with "2 waiting for you")
		String literal = literal(text);
		WebElement target = driver.findElement(By.xpath("//*[(self::button or self::a or @type='submit') and (normalize-space(.)="
				+ literal + " or (self::a and normalize-space(text()[1])=" + literal + "))]"));
		boolean navigates = Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(NAVIGATES, target));
		target.click();
		if (navigates) {
			try {
				// a link or a form's submit button replaces the document
				waitAtMost(Duration.ofSeconds(3)).until(d -> replaced(page));
			}
			catch (org.openqa.selenium.TimeoutException ex) {
				// a download, or a script that stopped the submission: scan the page as it is now
			}
		}
		// a toggle (a menu button, a link within the page) leaves the document as it is: nothing to wait for
		waitUntilLoaded();
		return assertAccessible();
	}

	/** Clicks a link of the service navigation, opening its menu first where the width folds it away. */
	public Browser clickInNavigation(String text) {
		List<WebElement> menu = driver.findElements(By.cssSelector(".govuk-service-navigation__toggle"));
		if (!menu.isEmpty() && menu.getFirst().isDisplayed()
				&& !"true".equals(menu.getFirst().getAttribute("aria-expanded"))) {
			menu.getFirst().click();
		}
		return click(text);
	}

	/** Whether clicking the element leaves the page: a link to another address, or a button that submits a form. */
	private static final String NAVIGATES = """
				const e = arguments[0];
				if (e.tagName === 'A') {
				  const href = e.getAttribute('href') || '';
				  return href !== '' && !href.startsWith('#') && !e.hasAttribute('download') && e.target !== '_blank';
				}
				const type = (e.getAttribute('type') || (e.tagName === 'BUTTON' ? 'submit' : '')).toLowerCase();
				return type === 'submit' && e.form !== null;
			""";

	/** The text as an XPath string literal, whatever quotes it holds. */
	private static String literal(String text) {
		if (!text.contains("'")) {
			return "'" + text + "'";
		}
		if (!text.contains("\"")) {
			return "\"" + text + "\"";
		}
		return "concat('" + text.replace("'", "', \"'\", '") + "')";
	}

	/** The documents (by width and a hash of their markup) axe found clean, in this JVM. */
	private static final Set<String> CLEAN = ConcurrentHashMap.newKeySet();

	/** The markup of the page the last scan judged, for the checks that read the same document. */
	private String scannedDocument = "";

	private List<Rule> scanUnlessSeen() {
		String document = (String) ((JavascriptExecutor) driver)
			.executeScript("return document.documentElement.outerHTML");
		scannedDocument = document;
		String key = width + " " + sha256(document);
		if (CLEAN.contains(key)) {
			return List.of();
		}
		List<Rule> violations = analyze();
		if (violations.isEmpty()) {
			CLEAN.add(key);
		}
		return violations;
	}

	/**
	 * Runs axe-core in the page with the tags of the width. The platform's pages have no iframes, so axe runs in the
	 * page itself ({@code axe.run}), not through the frame-by-frame partial runs and the extra blank window that
	 * the Selenium integration uses to reach into frames of other origins. Only violations are collected.
	 */
	private List<Rule> analyze() {
		List<String> tags = width == Width.PHONE
				? List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice")
				: List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");
		JavascriptExecutor js = (JavascriptExecutor) driver;
		if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
			// a document the preloaded script did not reach (opened before it was registered)
			js.executeScript(AXE);
		}
		Object answer = js.executeAsyncScript(RUN_AXE, tags);
		String json = String.valueOf(answer);
		if (!json.startsWith("[")) {
			throw new AssertionError("axe-core did not run on " + driver.getCurrentUrl() + ": " + json);
		}
		try {
			return JSON.readValue(json, new TypeReference<List<Rule>>() {
			});
		}
		catch (com.fasterxml.jackson.core.JacksonException ex) {
			throw new AssertionError("axe-core's answer could not be read: " + ex.getMessage(), ex);
		}
	}

	private static final String RUN_AXE = """
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
				  .then(results => done(JSON.stringify(results.violations)), error => done('failed: ' + error));
			""";

	private static final ObjectMapper JSON = new ObjectMapper()
		.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

	/** axe-core itself, as the Selenium integration ships it. */
	private static final String AXE = axeSource();

	private static String axeSource() {
		try (InputStream in = Browser.class.getResourceAsStream("/axe.min.js")) {
			if (in == null) {
				throw new IllegalStateException("axe.min.js is not on the class path (com.deque.html.axe-core:selenium)");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void waitUntilLoaded() {
		waitAtMost(Duration.ofSeconds(10)).until(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
	}

	/** A wait that looks every 25 ms: WebDriver's default of 500 ms would add a quarter second to every page. */
	private WebDriverWait waitAtMost(Duration atMost) {
		WebDriverWait wait = new WebDriverWait(driver, atMost);
		wait.pollingEvery(Duration.ofMillis(25));
		return wait;
	}

	public String text() {
		return driver.findElement(By.tagName("body")).getText();
	}

	private static String describe(List<Rule> violations) {
		return violations.stream()
			.map(v -> v.getId() + ": " + v.getHelp() + " " + v.getNodes().stream().map(n -> n.getTarget().toString())
				.collect(Collectors.joining(", ")))
			.collect(Collectors.joining("\n"));
	}

}
