package org.inclusivecities.platform.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headless Debian Chromium for browser journeys, with an axe-core scan of every page visited. Register
 * with {@code @RegisterExtension static Browser browser = new Browser();} and call {@link #open} with a
 * full URL. Nothing is downloaded: the browser and driver come from Debian's chromium and chromium-driver.
 */
public class Browser implements BeforeAllCallback, AfterAllCallback {

	private static final String CHROMIUM = System.getProperty("platform.chromium", "/usr/bin/chromium");

	private static final String CHROMEDRIVER = System.getProperty("platform.chromedriver", "/usr/bin/chromedriver");

	private WebDriver driver;

	@Override
	public void beforeAll(ExtensionContext context) throws Exception {
		if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
			throw new IllegalStateException("Browser journeys need Debian's chromium and chromium-driver: "
					+ "apt-get install -y chromium chromium-driver (as .ci/run does)");
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-quic", "--no-first-run", "--window-size=1280,1024", "--lang=en",
				"--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
			.build();
		driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
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

	/** Opens the page and fails when axe-core finds any accessibility violation on it. */
	public Browser open(String url) {
		driver.get(url);
		return assertAccessible();
	}

	/** axe-core scan (WCAG 2.x A and AA rules) of the current page: zero violations allowed. */
	public Browser assertAccessible() {
		Results results;
		try {
			results = analyze();
		}
		catch (org.openqa.selenium.JavascriptException | org.openqa.selenium.StaleElementReferenceException ex) {
			// a navigation replaced the page while axe was being injected: scan the page that arrived
			waitUntilLoaded();
			results = analyze();
		}
		List<Rule> violations = results.getViolations();
		assertThat(violations).as("axe-core violations on %s:%n%s", driver.getCurrentUrl(), describe(violations))
			.isEmpty();
		return this;
	}

	/**
	 * Signs in through the password form as a fresh visitor (cookies cleared first, so the previous person is
	 * signed out), scans the page it lands on and checks the sign-in worked.
	 */
	public Browser signIn(String baseUrl, String email, String password) {
		driver.manage().deleteAllCookies();
		open(baseUrl + "/login");
		type("username", email).type("password", password);
		driver.findElement(By.cssSelector("main form button[type='submit']")).click();
		waitUntilLoaded();
		assertAccessible();
		assertThat(text()).as("signed in as %s", email).doesNotContain("was not recognised").contains("Sign out");
		return this;
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
		driver.findElement(By.xpath("//*[(self::button or self::a or @type='submit') and normalize-space(.)='" + text + "']"))
			.click();
		try {
			// a click that navigates replaces the document; one that does not (a toggle) leaves it
			new WebDriverWait(driver, Duration.ofSeconds(3)).until(ExpectedConditions.stalenessOf(page));
		}
		catch (org.openqa.selenium.TimeoutException ex) {
			// no navigation: scan the page as it is now
		}
		waitUntilLoaded();
		return assertAccessible();
	}

	private Results analyze() {
		return new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
			.analyze(driver);
	}

	private void waitUntilLoaded() {
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
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
