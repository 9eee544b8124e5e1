package org.gordian.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gordian.Gordian;
import org.gordian.RunOptions;
import org.gordian.analysis.RunResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;

/**
 * The HTML report of each shipped example as a reader sees it at 1280 and at 400 pixels wide, in
 * the system's headless Chromium: no table cell is cut off (each lies inside its scroll
 * container's scrollable area, a container that fits the viewport, or inside the viewport
 * itself, and none is clipped by a hidden overflow), the bottom line and the charts are drawn,
 * and the matrix's deal column leaves the position columns in view. Saves screenshots of both
 * widths and the page heights under {@code target/screenshots/}.
 */
@Tag("slow")
class BrowserLayoutTest {
  static final Path SCREENSHOTS = Path.of("target", "screenshots").toAbsolutePath();
  static final Path OUT = Path.of("target", "browser-test").toAbsolutePath();

  /**
   * Lists the table cells a reader cannot see whole: for each rendered {@code td}/{@code th}, the
   * nearest ancestor that clips horizontally must hold it in its scrollable area (its visible
   * area when it hides overflow) and must itself fit the viewport; a cell with no such ancestor
   * must fit the viewport; a cell that hides overflow must not clip its own content.
   */
  static final String CUT_CELLS = """
      var out = [];
      var vw = document.documentElement.clientWidth;
      function name(c) {
        var s = c.closest('section');
        return (s ? s.id : 'page') + ' "' + c.textContent.trim().replace(/\\s+/g, ' ').slice(0, 50) + '"';
      }
      document.querySelectorAll('td, th').forEach(function (c) {
        var r = c.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) { return; }
        var own = getComputedStyle(c).overflowX;
        if (own !== 'visible' && c.scrollWidth > c.clientWidth + 1) { out.push('content clipped in ' + name(c)); }
        var box = c.parentElement;
        while (box && box !== document.body && getComputedStyle(box).overflowX === 'visible') { box = box.parentElement; }
        if (box && box !== document.body) {
          var b = box.getBoundingClientRect();
          var ox = getComputedStyle(box).overflowX;
          var left = r.left - b.left - box.clientLeft + box.scrollLeft;
          var limit = (ox === 'hidden' || ox === 'clip') ? box.clientWidth : box.scrollWidth;
          if (left < -1 || left + r.width > limit + 1) { out.push('cut off by its container: ' + name(c)); }
          if (b.left < -1 || b.right > vw + 1) { out.push('container wider than the viewport: ' + name(c)); }
        } else if (r.left < -1 || r.right > vw + 1) {
          out.push('outside the viewport: ' + name(c));
        }
      });
      return out;
      """;

  static Browser browser;
  static String skipped;
  static final Map<String, Long> HEIGHTS = new ConcurrentHashMap<>();

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
    if (!HEIGHTS.isEmpty()) {
      Files.createDirectories(SCREENSHOTS);
      StringBuilder s = new StringBuilder();
      new java.util.TreeMap<>(HEIGHTS).forEach((k, v) -> s.append(k).append(' ').append(v).append(" px\n"));
      Files.writeString(SCREENSHOTS.resolve("page-heights.txt"), s.toString());
    }
  }

  @Test
  void theCheckFindsACellCutOffByAHiddenOverflow() {
    assumeTrue(skipped == null, skipped);
    size(400);
    browser.driver.get("data:text/html,<div style='width:200px;overflow:hidden'><table><tr><td>a</td>"
        + "<td style='white-space:nowrap'>a long cell that cannot fit in two hundred pixels</td></tr></table></div>"
        + "<table><tr><td style='white-space:nowrap'>" + "x".repeat(120) + "</td></tr></table>");
    List<String> cut = cutCells();
    assertThat(cut).anyMatch(c -> c.startsWith("cut off by its container")).anyMatch(c -> c.startsWith("outside the"
        + " viewport"));
  }

  @ParameterizedTest(name = "{0} at {1} px")
  @CsvSource({"hanoi-2019, 1280", "hanoi-2019, 400", "reykjavik-1986, 1280", "reykjavik-1986, 400"})
  void noTableCellIsCutOff(String example, int width) throws IOException {
    assumeTrue(skipped == null, skipped);
    Path page = page(example);
    size(width);
    browser.driver.get(page.toUri().toString());
    assertThat(browser.driver.executeScript("return window.innerWidth")).isEqualTo((long) width);
    HEIGHTS.put(example + " at " + width, (Long) browser.driver.executeScript(
        "return document.documentElement.scrollHeight"));
    screenshot(example + "-" + width + ".png", width);
    // Folded tables are opened: what a reader can unfold must not be cut off either.
    browser.driver.executeScript("document.querySelectorAll('details').forEach(function (d) { d.open = true; })");
    assertThat(cutCells()).as("table cells cut off in %s at %d px", example, width).isEmpty();
    assertThat((Long) browser.driver.executeScript("return document.documentElement.scrollWidth"))
        .as("the page itself never scrolls sideways").isLessThanOrEqualTo(width);
    assertThat(browser.errors()).as("console errors").isEmpty();
    assertThat(browser.driver.findElement(By.id("bottom-line")).getRect().getY())
        .as("the bottom line comes before every other section")
        .isLessThan(browser.driver.findElement(By.id("summary")).getRect().getY());
  }

  @ParameterizedTest
  @CsvSource({"hanoi-2019", "reykjavik-1986"})
  void everyPositionColumnOfTheMatrixIsInViewAt1280(String example) throws IOException {
    assumeTrue(skipped == null, skipped);
    size(1280);
    browser.driver.get(page(example).toUri().toString());
    WebElement scroll = browser.driver.findElement(By.cssSelector("#matrix .scroll"));
    double right = scroll.getRect().getX() + scroll.getRect().getWidth();
    List<WebElement> positions = browser.driver.findElements(By.cssSelector("#matrix th.position"));
    assertThat(positions).isNotEmpty().allSatisfy(th -> assertThat(th.getRect().getX() + th.getRect().getWidth())
        .as("right edge of %s", th.getAttribute("title")).isLessThanOrEqualTo((int) Math.ceil(right)));
  }

  @Test
  void theChartsCarryTheFindings() throws IOException {
    assumeTrue(skipped == null, skipped);
    RunResult r = run("hanoi-2019");
    size(1280);
    browser.driver.get(page("hanoi-2019").toUri().toString());
    List<WebElement> ties = browser.driver.findElements(By.cssSelector("#analysis-knots .knot-map path.tie"));
    long pairs = r.analyses().knots().stream().map(k -> k.positions()).distinct()
        .mapToLong(p -> (long) p.size() * (p.size() - 1) / 2).sum();
    assertThat(ties).hasSize((int) pairs).allSatisfy(t -> assertThat(t.getRect().getWidth()).isPositive());
    List<WebElement> marks = browser.driver.findElements(By.cssSelector(
        "#analysis-ranking-of-feasible-deals svg circle.deal.pareto"));
    assertThat(marks).isNotEmpty().hasSizeLessThanOrEqualTo(r.analyses().ranking().pareto().size());
    assertThat(browser.driver.findElements(By.cssSelector("#analysis-ranking-of-feasible-deals svg circle.nash")))
        .hasSize(r.analyses().ranking().nash() == null ? 0 : 1);
    assertThat(browser.driver.findElements(By.cssSelector("#blocking svg g.bar rect.part"))).isNotEmpty();
  }

  /**
   * The comparison of every scenario of each example, and a diff page, read like the run report:
   * no table cell cut off at either width, the page never scrolls sideways, and the grid has one
   * column per scenario with the deal column fixed while the grid scrolls.
   */
  @ParameterizedTest(name = "{0} at {1} px")
  @CsvSource({"hanoi-2019, 1280", "hanoi-2019, 400", "reykjavik-1986, 1280", "reykjavik-1986, 400"})
  void noCellOfTheComparisonOrTheDiffIsCutOff(String example, int width) throws IOException {
    assumeTrue(skipped == null, skipped);
    org.gordian.analysis.Comparison c = org.gordian.Comparisons.all(example, true, false);
    Path page = write(example + "-compare.html", w -> Reporters.of(org.gordian.analysis.Comparison.class, Format.HTML,
        ReportRuns.FIXED).write(c, w));
    size(width);
    browser.driver.get(page.toUri().toString());
    screenshot(example + "-compare-" + width + ".png", width);
    assertThat(cutCells()).as("table cells cut off in the comparison of %s at %d px", example, width).isEmpty();
    assertThat((Long) browser.driver.executeScript("return document.documentElement.scrollWidth"))
        .as("the page itself never scrolls sideways").isLessThanOrEqualTo(width);
    assertThat(browser.errors()).as("console errors").isEmpty();
    assertThat(browser.driver.findElements(By.cssSelector("#verdicts table.grid thead th.scenario")))
        .hasSize(c.columns().size());
    WebElement scroll = browser.driver.findElement(By.cssSelector("#verdicts .scroll"));
    WebElement firstDeal = browser.driver.findElement(By.cssSelector("#verdicts tbody tr th"));
    int before = firstDeal.getRect().getX();
    browser.driver.executeScript("arguments[0].scrollLeft = arguments[0].scrollWidth", scroll);
    assertThat(firstDeal.getRect().getX()).as("the deal column stays in place as the grid scrolls").isEqualTo(before);

    org.gordian.analysis.DiffResult d = org.gordian.Diff.scenarios(org.gordian.Comparisons.load(example), "baseline",
        c.columns().get(c.columns().size() - 1).scenario(), org.gordian.Comparisons.options(true, true), 20);
    Path diff = write(example + "-diff.html", w -> Reporters.of(org.gordian.analysis.DiffResult.class, Format.HTML,
        ReportRuns.FIXED).write(d, w));
    browser.driver.get(diff.toUri().toString());
    screenshot(example + "-diff-" + width + ".png", width);
    assertThat(cutCells()).as("table cells cut off in the diff of %s at %d px", example, width).isEmpty();
    assertThat((Long) browser.driver.executeScript("return document.documentElement.scrollWidth"))
        .as("the diff page never scrolls sideways").isLessThanOrEqualTo(width);
    assertThat(browser.errors()).as("console errors").isEmpty();
  }

  private static Path write(String name, ReportFiles.Body body) throws IOException {
    Files.createDirectories(OUT);
    Path page = OUT.resolve(name);
    try (Writer w = Files.newBufferedWriter(page, StandardCharsets.UTF_8)) {
      body.write(w);
    }
    return page;
  }

  private static final Map<String, RunResult> RUNS = new ConcurrentHashMap<>();

  /** The example run with the defaults of {@code gordian run}. */
  private static RunResult run(String example) {
    return RUNS.computeIfAbsent(example, e -> Gordian.load(Path.of("examples", e)).run(RunOptions.defaults()));
  }

  /** The example's HTML report as {@code gordian run --format html} writes it, with a fixed date. */
  static Path page(String example) throws IOException {
    Files.createDirectories(OUT);
    Path page = OUT.resolve(example + ".html");
    if (!Files.exists(page)) {
      try (Writer w = Files.newBufferedWriter(page, StandardCharsets.UTF_8)) {
        Reporters.of(Format.HTML, ReportRuns.FIXED).write(run(example), w);
      }
    }
    return page;
  }

  /** Sets the window so that the page's viewport is this wide. */
  private static void size(int width) {
    size(browser, width, 900);
  }

  /** Sets the window so that the page's viewport is this wide, the window this high. */
  static void size(Browser b, int width, int height) {
    b.driver.manage().window().setSize(new Dimension(width, height));
    long inner = (Long) b.driver.executeScript("return window.innerWidth");
    if (inner != width) {
      b.driver.manage().window().setSize(new Dimension((int) (2 * width - inner), height));
    }
  }

  private static void screenshot(String name, int width) throws IOException {
    screenshot(browser, name);
  }

  /** Saves a screenshot of the whole page under {@link #SCREENSHOTS}, the window stretched to its height. */
  static void screenshot(Browser b, String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    long height = (Long) b.driver.executeScript("return document.documentElement.scrollHeight");
    Dimension before = b.driver.manage().window().getSize();
    b.driver.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(height + 100, 16000)));
    try {
      byte[] png = b.driver.getScreenshotAs(OutputType.BYTES);
      Files.write(SCREENSHOTS.resolve(name), png);
      assertThat(png).hasSizeGreaterThan(10_000);
    } finally {
      b.driver.manage().window().setSize(before);
    }
  }

  @SuppressWarnings("unchecked")
  private static List<String> cutCells() {
    return (List<String>) browser.driver.executeScript(CUT_CELLS);
  }
}
