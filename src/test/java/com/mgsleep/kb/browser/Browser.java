package com.mgsleep.kb.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.util.FileSystemUtils;

/**
 * One headless Debian Chromium per test class, pointed at the application the class
 * starts. Register it as a static field:
 * {@code @RegisterExtension static final Browser browser = new Browser();}. Every test
 * starts wide (1280 px) and in the light colour scheme. Screenshots go to
 * {@code target/screenshots}, and a failing test leaves one of the page it failed on.
 */
public final class Browser
		implements BeforeAllCallback, BeforeEachCallback, AfterTestExecutionCallback, AfterAllCallback {

	/** The widths the site is checked at: a desktop window and a phone. */
	public static final int WIDE = 1280;

	public static final int NARROW = 390;

	private static final File CHROMIUM = new File(System.getProperty("browser.chromium", "/usr/bin/chromium"));

	private static final File CHROMEDRIVER = new File(
			System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"));

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	/** Tall pages are cut here in screenshots. */
	private static final int MAX_SCREENSHOT_HEIGHT = 6000;

	private ChromeDriver driver;

	private Path profile;

	private String baseUrl;

	@Override
	public void beforeAll(ExtensionContext context) throws IOException {
		requireExecutable(CHROMIUM, "Chromium");
		requireExecutable(CHROMEDRIVER, "ChromeDriver");
		this.profile = Files.createTempDirectory("chromium-profile-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--hide-scrollbars", "--lang=en-US",
				"--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1",
				"--user-data-dir=" + this.profile.toAbsolutePath());
		// the console is read back after each page, to find scripts, styles or resources
		// that failed
		options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		// A headless window is not always the focused one (on a busy machine it often is
		// not), and keys sent then are lost; emulating focus gives every page the focus
		// a reader's window has.
		this.driver.executeCdpCommand("Emulation.setFocusEmulationEnabled", Map.of("enabled", true));
	}

	private static void requireExecutable(File file, String name) {
		if (!file.canExecute()) {
			throw new IllegalStateException(name + " is needed for the browser tests and was not found at " + file
					+ ". Install it with `apt-get install chromium chromium-driver` (.ci/run does), or give its path"
					+ " with -Dbrowser.chromium=... and -Dbrowser.chromedriver=...");
		}
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
		this.baseUrl = "http://localhost:" + port;
		useWidth(WIDE);
		useColorScheme("light");
	}

	@Override
	public void afterTestExecution(ExtensionContext context) {
		if (context.getExecutionException().isPresent() && this.driver != null) {
			screenshot("failed-" + context.getRequiredTestClass().getSimpleName() + "-"
					+ context.getRequiredTestMethod().getName() + "-" + context.getDisplayName());
		}
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (this.driver != null) {
			this.driver.quit();
		}
		if (this.profile != null) {
			FileSystemUtils.deleteRecursively(this.profile.toFile());
		}
	}

	public WebDriver driver() {
		return this.driver;
	}

	/** Opens a path of the application, such as {@code /claims}, and waits for it. */
	public void open(String path) {
		this.driver.get(this.baseUrl + path);
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until((driver) -> Boolean.TRUE
			.equals(script("return document.readyState === 'complete' && document.hasFocus()")));
	}

	/** The path (and query) of the page shown now. */
	public String path() {
		return this.driver.getCurrentUrl().substring(this.baseUrl.length());
	}

	/** Resizes the window so that pages are laid out this many CSS pixels wide. */
	public void useWidth(int width) {
		this.driver.manage().window().setSize(new Dimension(width, 900));
	}

	/**
	 * Lays pages out in a viewport of exactly this many CSS pixels, as on a given screen.
	 */
	public void useViewport(int width, int height) {
		this.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
	}

	/**
	 * Emulates the reader's {@code prefers-color-scheme}: {@code light} or {@code dark}.
	 */
	public void useColorScheme(String scheme) {
		this.driver.executeCdpCommand("Emulation.setEmulatedMedia",
				Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
	}

	/** Runs JavaScript in the page and returns what it returns. */
	public Object script(String script, Object... args) {
		return ((JavascriptExecutor) this.driver).executeScript(script, args);
	}

	/**
	 * What the page wrote to the console at level SEVERE since the last call: errors in
	 * scripts, blocked styles or scripts (CSP), and failed loads.
	 */
	public List<String> consoleErrors() {
		return this.driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.toList();
	}

	/** The element that has the keyboard focus. */
	public WebElement focused() {
		return this.driver.switchTo().activeElement();
	}

	/** Presses keys as a reader would, on whatever has the focus. */
	public void press(CharSequence... keys) {
		new Actions(this.driver).sendKeys(keys).perform();
	}

	/**
	 * Saves the whole page (cut at 6000 px) as {@code target/screenshots/NAME.png}.
	 * @param name the file name without extension
	 * @return the file written
	 */
	@SuppressWarnings("unchecked")
	public Path screenshot(String name) {
		Map<String, Object> metrics = this.driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
		Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
		double width = ((Number) content.get("width")).doubleValue();
		double height = Math.min(((Number) content.get("height")).doubleValue(), MAX_SCREENSHOT_HEIGHT);
		Map<String, Object> shot = this.driver.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true, "clip",
						Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
		try {
			Files.createDirectories(SCREENSHOTS);
			Path file = SCREENSHOTS.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
			Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
