package org.gordian.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.gordian.Gordian;
import org.gordian.RunOptions;
import org.gordian.diag.GordianException;
import org.junit.jupiter.api.Test;

class ExplainTest {
  private static final Path DEADLOCK = Path.of("src/test/resources/analysis/deadlock");

  @Test
  void relaxesAndPlacesADealAskedForByItsGeneratedId() {
    RunResult r = Gordian.load(DEADLOCK).run(RunOptions.defaults().withThreads(1, 64)
        .withExplain(List.of("deliver/pay")));
    assertThat(r.explained()).extracting(DealOutcome::id).containsExactly("deliver/pay");
    assertThat(r.analyses().relaxation("deliver/pay").orElseThrow().setNames())
        .containsExactly(List.of("SELLER/deliver-after-payment"));
    Nearest.Nearby first = r.analyses().nearestTo("deliver/pay").orElseThrow().deals().get(0);
    assertThat(first.id()).isEqualTo("deliver");
    assertThat(first.edits()).extracting(Object::toString).containsExactly("remove `pay`");
  }

  @Test
  void namesAMisspeltMoveInADealAskedFor() {
    Gordian g = Gordian.load(DEADLOCK);
    assertThatThrownBy(() -> g.dealOf("deliver/paid")).isInstanceOf(GordianException.class)
        .hasMessageContaining("unknown move 'paid' in deal 'deliver/paid'").hasMessageContaining("did you mean 'pay'");
  }

  @Test
  void theCommandLineExplainsADealAndRefusesAMisspeltOne() throws Exception {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    int ok = org.gordian.cli.Main.run(new String[] {"run", DEADLOCK.toString(), "--threads", "1", "--format", "json",
        "--explain", "deliver/pay"}, new java.io.PrintStream(out), new java.io.PrintStream(err));
    assertThat(ok).isZero();
    com.fasterxml.jackson.databind.JsonNode report = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString());
    assertThat(report.get("relaxations").get("deliver/pay").toString()).isEqualTo("[[\"SELLER/deliver-after-payment\"]]");
    assertThat(report.get("explained").get(0).get("id").asText()).isEqualTo("deliver/pay");
    assertThat(report.get("explained").get(0).get("listed").asBoolean()).as("asked for, not listed in the case").isFalse();
    err.reset();
    int bad = org.gordian.cli.Main.run(new String[] {"run", DEADLOCK.toString(), "--listed-only", "--explain",
        "deliver/paid"}, new java.io.PrintStream(new java.io.ByteArrayOutputStream()), new java.io.PrintStream(err));
    assertThat(bad).isEqualTo(3);
    assertThat(err.toString()).contains("unknown move 'paid' in deal 'deliver/paid'; did you mean 'pay'?");
  }
}
