package org.gordian.report;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The system's headless Chromium for the real-browser tests: Debian's {@code /usr/bin/chromium}
 * with {@code /usr/bin/chromedriver} (or the paths in {@code GORDIAN_CHROMIUM} and
 * {@code GORDIAN_CHROMEDRIVER}); nothing is downloaded. When none is installed the tests are
 * skipped, unless {@code GORDIAN_REQUIRE_BROWSER=1} (as in CI), which makes it a failure.
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of(env("GORDIAN_CHROMIUM", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER = Path.of(env("GORDIAN_CHROMEDRIVER", "/usr/bin/chromedriver"));

  /**
   * Held so its level sticks: Selenium warns that it has no DevTools bindings for this exact
   * Chromium, which these tests do not use.
   */
  static final java.util.logging.Logger CDP_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");

  final ChromeDriver driver;
  private final Path profile;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** Why the browser tests cannot run here, or null when they can; fails when they must run. */
  static String missing() {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    String missing = "no browser for the real-browser test: expected Chromium at " + CHROMIUM + " and its driver at "
        + CHROMEDRIVER + " (Debian: apt-get install chromium chromium-driver)";
    if (!installed && "1".equals(System.getenv("GORDIAN_REQUIRE_BROWSER"))) {
      fail(missing + "; GORDIAN_REQUIRE_BROWSER=1 forbids skipping");
    }
    return installed ? null : missing + "; skipped";
  }

  /** Starts a headless browser with its window this size and a fresh profile. */
  static Browser start(int width, int height) throws IOException {
    CDP_LOG.setLevel(Level.SEVERE);
    Path profile = Files.createTempDirectory("gordian-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--hide-scrollbars", "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    return new Browser(new ChromeDriver(service, options), profile);
  }

  /** The errors logged to the console since last asked. */
  List<String> errors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
  }

  @Override
  public void close() throws IOException {
    driver.quit();
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }
}
