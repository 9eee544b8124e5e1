package org.gordian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** {@code gordian diff} on the command line. */
@org.junit.jupiter.api.Tag("slow")
class DiffCommandTest {
  @Test
  void markdownNamesTheDealsAndPositionsThatChanged() {
    Cli.Result r = Cli.run("diff", "examples/hanoi-2019", "--to", "more-sanctions", "--listed-only");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("# Diff: baseline → more-sanctions")
        .contains("| `freeze-for-freeze` | became infeasible | `DPRK/no-freeze-under-new-sanctions` | — |")
        .contains("| `squeeze-after-hanoi` | added |");
    assertThat(r.err()).contains("hanoi-2019 [baseline → more-sanctions]: 0 listed deals became feasible, 1 infeasible");
  }

  @Test
  void jsonCarriesCountsAndTheBlockingMap() throws Exception {
    Cli.Result r = Cli.run("diff", "examples/hanoi-2019", "--from", "baseline", "--to", "us-drops-all-or-nothing",
        "--format", "json", "--max-moves", "2", "--phases", "2", "--threads", "1");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.get("from").asText()).isEqualTo("baseline");
    assertThat(j.get("generated").get("evaluated").asLong()).isPositive();
    assertThat(j.get("blocking").findValuesAsText("position")).contains("US/all-or-nothing");
    assertThat(j.get("listed").get(0).get("disappeared").get(0).asText()).isEqualTo("US/all-or-nothing");
  }

  @Test
  void withoutASecondSideItIsAUsageError() {
    Cli.Result r = Cli.run("diff", "examples/hanoi-2019");
    assertThat(r.code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(r.err()).contains("diff needs --to SCENARIO, or --rules-from/--rules-to FOLDER");
  }

  @Test
  void anUnknownScenarioIsAnInputError() {
    Cli.Result r = Cli.run("diff", "examples/hanoi-2019", "--to", "more-sanction", "--listed-only");
    assertThat(r.code()).isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(r.err()).contains("did you mean 'more-sanctions'");
  }

  @Test
  void helpShowsExamples() {
    assertThat(Cli.run("diff", "--help").out()).contains("gordian diff examples/my-case --from baseline --to")
        .contains("--rules-to").contains("Exit codes:");
  }
}
