package org.gordian.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gordian.Gordian;
import org.gordian.RunOptions;
import org.gordian.analysis.DealOutcome;
import org.gordian.analysis.RunResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Markdown report reads for people: deals told apart only by their order are one entry, a
 * reason given for many near misses is written once, knots are grouped by the positions that tie
 * them, and each section names its moves with their descriptions. Checked on the hand-made case
 * {@code analysis/extras}, where the seller refuses delivery next to either of two extras.
 */
class ReadableMarkdownTest {
  private static RunResult run;
  private static String md;

  @BeforeAll
  static void render() {
    run = Gordian.load(Path.of("src/test/resources/analysis/extras")).run(RunOptions.defaults().withThreads(1, 64));
    md = ReportRuns.render(Format.MARKDOWN, run);
  }

  private static String section(String heading) {
    int start = md.indexOf("## " + heading + "\n");
    assertThat(start).as("section " + heading).isNotNegative();
    int end = md.indexOf("\n## ", start + 1);
    return md.substring(start, end < 0 ? md.length() : end);
  }

  private static int count(String text, String part) {
    Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void feasibleDealsWithTheSameMovesShareOneRowThatListsEachOrder() {
    String feasible = section("Feasible generated deals");
    assertThat(feasible).contains("| `pay`, `deliver` (in one phase, a then b, b then a) | 3 | 0 |")
        .contains("| `pay` | 0 | 0 |");
    List<DealOutcome> shown = run.space().feasibleDeals();
    Set<Set<String>> sets = shown.stream()
        .map(d -> d.moves().stream().map(DealOutcome.PhasedMove::move).collect(Collectors.toCollection(TreeSet::new)))
        .collect(Collectors.toSet());
    List<String> rows = feasible.lines().filter(l -> l.startsWith("| `")).toList();
    assertThat(rows).as("one row per set of moves").hasSize(sets.size());
    long orders = rows.stream().mapToLong(row -> {
      int open = row.indexOf(" (");
      return open < 0 || open > row.indexOf(" |") ? 1 : row.substring(open, row.indexOf(')')).split(", ").length;
    }).sum();
    assertThat(orders).as("every shown deal's order listed once").isEqualTo(shown.size());
    assertThat(feasible).contains("The first " + shown.size() + " of " + shown.size() + " feasible deals");
  }

  @Test
  void nearMissesGivingOneReasonAreOneItemWithTheirCountAndMoves() {
    String near = section("Near misses");
    assertThat(count(near, "the seller ships nothing with extras")).isEqualTo(1);
    assertThat(near).contains("- the seller ships nothing with extras — 6 deals: `deliver`, `insure` (in one phase,"
        + " a then b, b then a); `deliver`, `gift` (in one phase, a then b, b then a)\n");
    long pivotal = run.space().blocking().stream().filter(b -> b.position().toString().equals("SELLER/no-extras"))
        .findFirst().orElseThrow().pivotal();
    assertThat(near).contains("### `SELLER/no-extras` — " + pivotal + " deals");
  }

  @Test
  void nearMissesGivingDifferentReasonsStayApart() throws Exception {
    RunResult deadlock = Gordian.load(Path.of("src/test/resources/analysis/deadlock"))
        .run(RunOptions.defaults().withThreads(1, 64));
    String report = ReportRuns.render(Format.MARKDOWN, deadlock);
    String near = report.substring(report.indexOf("## Near misses"), report.indexOf("## Minimal relaxations"));
    Set<String> reasons = deadlock.space().blocking().stream().flatMap(b -> b.nearMisses().stream())
        .map(d -> d.verdict().vetoes().get(0).getReason()).collect(Collectors.toSet());
    assertThat(reasons).hasSizeGreaterThan(1);
    for (String reason : reasons) {
      assertThat(count(near, "- " + reason + " — ")).as(reason).isEqualTo(1);
    }
  }

  @Test
  void knotsTiedByTheSamePositionsShareOneBlock() {
    String knots = section("Knots");
    assertThat(run.analyses().knots()).hasSize(2)
        .allSatisfy(k -> assertThat(k.positionNames()).containsExactly("SELLER/no-extras"));
    assertThat(knots).contains("| `SELLER/no-extras` (2 knots) | `deliver` × `insure` | incompatible | every order |")
        .contains("|  | `deliver` × `gift` | incompatible | every order |");
    assertThat(count(knots, "`SELLER/no-extras`")).as("the tying position named once").isEqualTo(1);
  }

  @Test
  void eachSectionNamesItsMovesWithTheirDescriptionsOnce() {
    for (String heading : List.of("Feasible generated deals", "Near misses", "Knots")) {
      String legend = section(heading).lines().filter(l -> l.startsWith("Moves here: ")).findFirst().orElseThrow();
      run.caseDef().moves().stream().filter(m -> section(heading).contains("`" + m.id() + "`,")
              || section(heading).contains("`" + m.id() + "` ×") || section(heading).contains("× `" + m.id() + "`"))
          .forEach(m -> assertThat(count(legend, "`" + m.id() + "` (" + m.party() + ") " + m.description()))
              .as(heading + ": " + m.id()).isEqualTo(1));
    }
    assertThat(section("Knots")).contains("Moves here: `deliver` (SELLER) shipping the goods; `insure` (BUYER)"
        + " insuring the shipment; `gift` (BUYER) a gift to the seller.");
  }

  @Test
  void namesTheMovesOfAnOrderByTheirLettersInTheOrderListed() {
    List<String> moves = List.of("x", "y", "z");
    assertThat(Orderings.order(moves, "y+x/z")).isEqualTo("a+b then c");
    assertThat(Orderings.order(moves, "z/x/y")).isEqualTo("c then a then b");
    assertThat(Orderings.order(moves, "x+y+z")).isEqualTo("in one phase");
    assertThat(Orderings.order(List.of("x"), "x")).isEmpty();
  }
}
