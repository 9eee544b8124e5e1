package org.gordian.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gordian.Gordian;
import org.gordian.RunOptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Knots found within the bounds, examined over every deal of the case. */
class WholeSpaceFindingsTest {
  @TempDir
  Path dir;

  private static RunOptions whole() {
    return RunOptions.defaults().toBuilder().wholeSpace(true).build().withThreads(1, 64);
  }

  @Test
  void aKnotOfTheBoundsThatALargerDealUntiesIsNotListedAndANoteSaysSo() throws IOException {
    // The beyond-bounds case without its listed accord: within three moves, pact and treaty are
    // never feasible together; the four-move deal with both guarantees is.
    Path src = Path.of("src/test/resources/analysis/beyond-bounds");
    Files.createDirectories(dir.resolve("rules"));
    Files.copy(src.resolve("rules/positions.drl"), dir.resolve("rules/positions.drl"));
    String text = Files.readString(src.resolve("case.yaml"));
    Files.writeString(dir.resolve("case.yaml"), text.substring(0, text.indexOf("\ndeals:") + 1) + text.substring(
        text.indexOf("\nbounds:") + 1));
    Gordian g = Gordian.load(dir.resolve("case.yaml"));

    Analyses bounded = g.run(RunOptions.defaults().withThreads(1, 64)).analyses();
    assertThat(bounded.knots()).anyMatch(k -> k.moves().equals(List.of("pact", "treaty")));

    Analyses examined = g.run(whole()).analyses();
    assertThat(examined.whole().exact()).isTrue();
    assertThat(examined.knots()).noneMatch(k -> k.moves().equals(List.of("pact", "treaty")));
    assertThat(examined.notes()).anyMatch(n -> n.contains("held by a feasible deal of the case beyond it"));
  }

  @Tag("slow")
  @Test
  void everyHanoiPairKnotHoldsOverEveryDealOfTheCase() {
    Analyses a = Gordian.load(Path.of("examples/hanoi-2019")).run(whole()).analyses();
    WholeSpaceFindings w = a.whole();
    assertThat(w.exact()).isTrue();
    assertThat(w.answer().feasible()).isEqualTo(java.math.BigInteger.valueOf(4_304));
    assertThat(a.knots()).isNotEmpty();
    for (Knot k : a.knots()) {
      if (k.moves().size() == 2) {
        assertThat(k.whole()).as("%s", k.moves()).isEqualTo(Knot.Whole.HOLDS);
        assertThat(w.neverTogether(k.moves().get(0), k.moves().get(1))).isTrue();
      } else {
        assertThat(k.whole()).isEqualTo(Knot.Whole.NOT_EXAMINED);
      }
    }
  }
}
