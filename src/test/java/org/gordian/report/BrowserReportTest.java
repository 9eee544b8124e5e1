package org.gordian.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.gordian.analysis.DealOutcome;
import org.gordian.analysis.RunResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Opens the Hanoi HTML report in the system's headless Chromium and uses it as a reader would:
 * no console errors, every listed deal with its verdict, a drawn chart, a table that sorts and
 * filters. Saves screenshots under {@code target/screenshots/}.
 *
 * <p>The browser is the system's headless Chromium ({@link Browser}): skipped when none is
 * installed, unless {@code GORDIAN_REQUIRE_BROWSER=1} (as in CI), which makes that a failure.
 */
@org.junit.jupiter.api.Tag("slow")
class BrowserReportTest {
  static final Path OUT = Path.of("target", "browser-test").toAbsolutePath();
  static final Path SCREENSHOTS = Path.of("target", "screenshots").toAbsolutePath();

  static Browser browser;
  static ChromeDriver driver;
  static String skipped;
  static RunResult run;

  @BeforeAll
  static void openReport() throws IOException {
    skipped = Browser.missing();
    if (skipped != null) {
      return;
    }
    run = ReportRuns.space();
    Files.createDirectories(OUT);
    Path page = OUT.resolve("hanoi-report.html");
    try (Writer w = Files.newBufferedWriter(page, StandardCharsets.UTF_8)) {
      Reporters.of(Format.HTML, ReportRuns.FIXED).write(run, w);
    }
    browser = Browser.start(1366, 900);
    driver = browser.driver;

    // The console check must be able to fail: an error logged on a probe page has to be seen.
    driver.get("data:text/html,<script>console.error('gordian-probe')</script>");
    assertThat(browserErrors()).as("console errors of the probe page").anyMatch(e -> e.contains("gordian-probe"));

    driver.get(page.toUri().toString());
  }

  @BeforeEach
  void needsBrowser() {
    assumeTrue(skipped == null, skipped);
  }

  @AfterAll
  static void close() throws IOException {
    if (browser != null) {
      browser.close();
    }
  }

  private static List<String> browserErrors() {
    return browser.errors();
  }

  @Test
  void pageLoadsWithoutConsoleErrors() {
    assertThat(driver.getTitle()).isEqualTo("Feasibility report: " + run.caseDef().title());
    assertThat(browserErrors()).as("console errors").isEmpty();
  }

  @Test
  void everyListedDealAppearsWithItsVerdict() {
    for (DealOutcome d : run.listed()) {
      WebElement card = driver.findElement(By.cssSelector("article.deal[data-deal='" + d.id() + "']"));
      assertThat(card.isDisplayed()).isTrue();
      assertThat(card.findElement(By.tagName("h3")).getText()).contains(d.id()).contains(d.title());
      String badge = card.findElement(By.cssSelector("h3 .badge")).getText();
      if (d.feasible()) {
        assertThat(badge).isEqualTo("Feasible");
      } else {
        int n = d.verdict().vetoes().size();
        assertThat(badge).isEqualTo("Infeasible · " + n + (n == 1 ? " veto" : " vetoes"));
        assertThat(card.findElements(By.cssSelector("table.vetoes tbody tr"))).hasSize(n);
      }
    }
  }

  @Test
  void theAnalysesAreShownAndReachedFromTheContents() {
    WebElement link = driver.findElement(By.cssSelector("nav a[href='#analysis-knots']"));
    assertThat(link.getText()).isEqualTo("Knots");
    WebElement knots = driver.findElement(By.id("analysis-knots"));
    assertThat(knots.isDisplayed()).isTrue();
    assertThat(knots.findElements(By.cssSelector("table tbody tr"))).hasSize(run.analyses().knots().size());
    assertThat(knots.findElement(By.cssSelector("table")).getRect().getWidth()).isPositive();
    WebElement relaxations = driver.findElement(By.id("analysis-minimal-relaxations"));
    assertThat(relaxations.findElements(By.tagName("h3"))).hasSize(run.analyses().relaxations().size());
    assertThat(relaxations.findElements(By.cssSelector("li code")).get(0).getText()).contains("/");
  }

  @Test
  void chartHasDrawnMarks() {
    List<WebElement> bars = driver.findElements(By.cssSelector("#blocking svg g.bar rect"));
    assertThat(bars).isNotEmpty();
    assertThat(bars).allSatisfy(r -> assertThat(r.getRect().getWidth()).isPositive());
    assertThat(driver.findElements(By.cssSelector("#blocking svg rect")).size()).isGreaterThan(0);
  }

  @Test
  void theDealTableIsFoldedUntilTheReaderOpensIt() {
    driver.navigate().refresh();
    WebElement details = driver.findElement(By.cssSelector("#deals details"));
    assertThat(details.getAttribute("open")).isNull();
    assertThat(driver.findElement(By.id("deal-table")).isDisplayed()).isFalse();
    unfoldDeals();
    assertThat(driver.findElement(By.id("deal-table")).isDisplayed()).isTrue();
    assertThat(driver.findElement(By.cssSelector("#deal-table tbody tr")).isDisplayed()).isTrue();
  }

  @Test
  void sortingTheDealTableByAColumnReordersItsRows() {
    unfoldDeals();
    List<String> before = column(0);
    click("Moves");
    List<Double> ascending = column(2).stream().map(Double::valueOf).toList();
    assertThat(header("Moves").getAttribute("aria-sort")).isEqualTo("ascending");
    assertThat(ascending).isSorted().hasSize(before.size());
    click("Moves");
    List<Double> descending = column(2).stream().map(Double::valueOf).toList();
    assertThat(header("Moves").getAttribute("aria-sort")).isEqualTo("descending");
    assertThat(descending).isSortedAccordingTo(Comparator.reverseOrder());
    assertThat(column(0)).as("deal order after sorting").isNotEqualTo(before)
        .containsExactlyInAnyOrderElementsOf(before);
    click("Deal");
    assertThat(column(0)).containsExactlyElementsOf(before.stream().sorted().toList());
    assertThat(browserErrors()).as("console errors while sorting").isEmpty();
  }

  @Test
  void filteringTheDealTableHidesOtherRows() {
    unfoldDeals();
    choose("near-miss");
    List<String> kinds = visibleKinds();
    long nearMisses = run.space().blocking().stream().mapToLong(b -> b.nearMisses().size()).sum();
    assertThat(kinds).hasSize((int) nearMisses).containsOnly("near-miss");
    assertThat(driver.findElement(By.id("deal-count")).getText()).startsWith(nearMisses + " of ");
    choose("");
    WebElement filter = driver.findElement(By.id("deal-filter"));
    filter.sendKeys("added-sanctions");
    assertThat(visibleDeals()).isNotEmpty().allSatisfy(id -> assertThat(id).contains("added-sanctions"));
    filter.clear();
    filter.sendKeys(" ");
    filter.sendKeys(org.openqa.selenium.Keys.BACK_SPACE);
    assertThat(visibleDeals()).hasSize(column(0).size());
    assertThat(browserErrors()).as("console errors while filtering").isEmpty();
  }

  @Test
  void savesScreenshotsOfTheWholePageAndTheChart() throws IOException {
    Files.createDirectories(SCREENSHOTS);
    WebElement chart = driver.findElement(By.id("blocking"));
    Files.write(SCREENSHOTS.resolve("hanoi-blocking.png"), chart.getScreenshotAs(OutputType.BYTES));
    Files.write(SCREENSHOTS.resolve("hanoi-matrix.png"),
        driver.findElement(By.id("matrix")).getScreenshotAs(OutputType.BYTES));
    Files.write(SCREENSHOTS.resolve("hanoi-deals.png"),
        driver.findElement(By.id("deals")).getScreenshotAs(OutputType.BYTES));
    Files.write(SCREENSHOTS.resolve("hanoi-knots.png"),
        driver.findElement(By.id("analysis-knots")).getScreenshotAs(OutputType.BYTES));
    Dimension size = driver.manage().window().getSize();
    long height = (Long) driver.executeScript("return document.documentElement.scrollHeight");
    driver.manage().window().setSize(new Dimension(1366, (int) Math.min(height + 40, 16000)));
    try {
      byte[] png = driver.getScreenshotAs(OutputType.BYTES);
      Files.write(SCREENSHOTS.resolve("hanoi-report.png"), png);
      assertThat(png).hasSizeGreaterThan(10_000);
    } finally {
      driver.manage().window().setSize(size);
    }
  }

  /** Opens the folded deal table as a reader would, by its summary line. */
  private static void unfoldDeals() {
    WebElement details = driver.findElement(By.cssSelector("#deals details"));
    if (details.getAttribute("open") == null) {
      details.findElement(By.tagName("summary")).click();
    }
  }

  @SuppressWarnings("unchecked")
  private static List<String> column(int index) {
    return (List<String>) driver.executeScript("return Array.from(document.querySelectorAll('#deal-table tbody tr'))"
        + ".map(function (r) { return r.cells[arguments[0]].textContent.trim(); });".replace("arguments[0]",
            String.valueOf(index)));
  }

  @SuppressWarnings("unchecked")
  private static List<String> visibleKinds() {
    return (List<String>) driver.executeScript("return Array.from(document.querySelectorAll('#deal-table tbody "
        + "tr:not([hidden])')).map(function (r) { return r.getAttribute('data-kind'); });");
  }

  @SuppressWarnings("unchecked")
  private static List<String> visibleDeals() {
    return (List<String>) driver.executeScript("return Array.from(document.querySelectorAll('#deal-table tbody "
        + "tr:not([hidden])')).map(function (r) { return r.getAttribute('data-deal'); });");
  }

  private static WebElement header(String name) {
    return driver.findElements(By.cssSelector("#deal-table thead th")).stream()
        .filter(th -> th.getText().trim().startsWith(name)).findFirst().orElseThrow();
  }

  private static void choose(String kind) {
    driver.findElement(By.cssSelector("#deal-kind option[value='" + kind + "']")).click();
  }

  private static void click(String column) {
    header(column).findElement(By.tagName("button")).click();
  }
}
