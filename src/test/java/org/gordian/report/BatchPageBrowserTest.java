package org.gordian.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gordian.batch.BatchIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The batch page of the shipped batch, written whole and merged from shards, as a reader sees it
 * at 1280 and 400 pixels wide in the system's headless Chromium: the grid has a cell per run and
 * none is cut off, each case's chart is drawn, the page loads nothing its policy forbids, and every
 * link of the grid leads to a report that exists and opens. Saves screenshots under
 * {@code target/screenshots/}.
 */
@Tag("slow")
class BatchPageBrowserTest {
  static Browser browser;
  static String skipped;

  @BeforeAll
  static void open() throws IOException {
    skipped = Browser.missing();
    if (skipped == null) {
      browser = Browser.start(1280, 900);
    }
  }

  @AfterAll
  static void close() throws IOException {
    if (browser != null) {
      browser.close();
    }
  }

  @ParameterizedTest(name = "{0} at {1} px")
  @CsvSource({"whole, 1280", "whole, 400", "merged, 1280", "merged, 400"})
  void theGridAndTheChartsAreShownAndTheLinksLeadToReports(String which, int width) throws IOException {
    assumeTrue(skipped == null, skipped);
    Path out = which.equals("whole") ? BatchPages.whole() : BatchPages.merged();
    BatchIndex index = IndexJson.read(new StringReader(Files.readString(out.resolve("index.json"))));
    BrowserLayoutTest.size(browser, width, 900);
    browser.driver.get(out.resolve("index.html").toUri().toString());
    assertThat(browser.driver.executeScript("return window.innerWidth")).isEqualTo((long) width);
    BrowserLayoutTest.screenshot(browser, "batch-" + which + "-" + width + ".png");

    WebElement grid = browser.driver.findElement(By.cssSelector("#grid table.runs"));
    assertThat(grid.isDisplayed()).isTrue();
    List<WebElement> cells = grid.findElements(By.cssSelector("td.run.ok, td.run.failed"));
    assertThat(cells).hasSize(index.entries().size()).allSatisfy(c -> assertThat(c.getRect().getWidth() > 0
        && c.getRect().getHeight() > 0).as("cell %s is drawn", c.getAttribute("data-scenario")).isTrue());
    assertThat(grid.findElements(By.cssSelector("td.run.failed"))).hasSize((int) index.failed()).isNotEmpty()
        .allSatisfy(c -> assertThat(c.getText()).contains("Failed").contains("not valid YAML"));
    assertThat(grid.findElements(By.cssSelector("ul.flips li"))).isNotEmpty()
        .allSatisfy(li -> assertThat(li.getRect().getHeight()).isPositive());
    @SuppressWarnings("unchecked")
    List<String> cut = (List<String>) browser.driver.executeScript(BrowserLayoutTest.CUT_CELLS);
    assertThat(cut).as("cells cut off at %d px", width).isEmpty();
    assertThat((Long) browser.driver.executeScript("return document.documentElement.scrollWidth"))
        .as("the page itself never scrolls sideways").isLessThanOrEqualTo(width);

    List<WebElement> charts = browser.driver.findElements(By.cssSelector("#charts figure.feasibility"));
    java.util.Map<String, Long> runs = index.entries().stream().collect(java.util.stream.Collectors.groupingBy(
        e -> e.caseFile(), java.util.stream.Collectors.counting()));
    assertThat(charts).hasSize(runs.size()).allSatisfy(f -> {
      WebElement svg = f.findElement(By.tagName("svg"));
      assertThat(svg.isDisplayed()).isTrue();
      assertThat(svg.getRect().getWidth()).isPositive();
      assertThat(svg.findElements(By.cssSelector("g.bar"))).hasSize(runs.get(f.getAttribute("data-case")).intValue());
    });
    // Every bar of a run that evaluated deals is drawn, its feasible part first.
    assertThat(browser.driver.findElements(By.cssSelector("#charts g.bar rect"))).hasSize((int) index.entries()
        .stream().mapToLong(e -> (e.generatedFeasible() > 0 ? 1 : 0) + (e.generated() > e.generatedFeasible() ? 1 : 0))
        .sum()).allSatisfy(r -> assertThat(r.getRect().getWidth()).isPositive());
    assertThat(browser.driver.findElements(By.cssSelector("#charts g.bar rect.part"))).isNotEmpty();
    assertThat(browser.errors()).as("console errors (a style or script the page's policy refuses)").isEmpty();

    @SuppressWarnings("unchecked")
    List<String> links = (List<String>) browser.driver.executeScript(
        "return Array.prototype.map.call(document.querySelectorAll('#grid a[href]'), function (a) { return a.href; })");
    long ok = index.entries().stream().filter(e -> e.ok()).count();
    assertThat(links).hasSize((int) (3 * ok));
    for (String link : links) {
      assertThat(Path.of(URI.create(link))).as(link).isRegularFile().startsWith(out);
    }
    WebElement first = browser.driver.findElement(By.cssSelector("#grid td.run.ok a.report"));
    String target = first.getAttribute("href");
    browser.driver.get(target);
    assertThat(browser.driver.getTitle()).startsWith("Feasibility report:");
    assertThat(browser.driver.findElement(By.id("bottom-line")).isDisplayed()).isTrue();
    assertThat(browser.errors()).as("console errors in the run's report").isEmpty();
  }
}
