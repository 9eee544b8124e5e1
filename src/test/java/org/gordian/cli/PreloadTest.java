package org.gordian.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.gordian.Gordian;
import org.gordian.load.LoadOptions;
import org.gordian.diag.GordianException;
import org.junit.jupiter.api.Test;

/** Loading the case of {@code gordian run CASE} while the command line is parsed. */
class PreloadTest {
  private static final String HANOI = "examples/hanoi-2019";
  private static final String REYKJAVIK = "examples/reykjavik-1986";

  @Test
  void onlyForRunWithTheCaseFirstAndNoHelpOrLogging() {
    assertThat(Preload.start(new String[] {"run"})).isSameAs(Preload.NONE);
    assertThat(Preload.start(new String[] {"run", "--scenario", "x", HANOI})).isSameAs(Preload.NONE);
    assertThat(Preload.start(new String[] {"run", HANOI, "--help"})).isSameAs(Preload.NONE);
    assertThat(Preload.start(new String[] {"run", HANOI, "-v"})).isSameAs(Preload.NONE);
    assertThat(Preload.start(new String[] {"run", HANOI, "-vs", "what-if"})).isSameAs(Preload.NONE);
    assertThat(Preload.start(new String[] {"run", HANOI, "@more-options.txt"})).isSameAs(Preload.NONE);
    assertThat(Preload.start(new String[] {"run", HANOI, "-s", "no-hardliner-pressure"})).isNotSameAs(Preload.NONE);
    assertThat(Preload.start(new String[] {"diff", HANOI})).isSameAs(Preload.NONE);
    assertThat(Preload.start(new String[] {"check", HANOI})).isSameAs(Preload.NONE);
    assertThat(Preload.start(new String[] {"run", HANOI})).isNotSameAs(Preload.NONE);
  }

  @Test
  void givesTheCaseItLoadedAndLoadsAnyOtherItself() {
    Preload p = Preload.start(new String[] {"run", HANOI, "--format", "json"});
    Gordian hanoi = p.load(Path.of(HANOI), LoadOptions.DEFAULT);
    assertThat(hanoi.caseDef().id()).isEqualTo("hanoi-2019");
    assertThat(p.load(Path.of(REYKJAVIK), LoadOptions.DEFAULT).caseDef().id()).isEqualTo("reykjavik-1986");
    assertThat(Preload.NONE.load(Path.of(HANOI), LoadOptions.DEFAULT).caseDef().id()).isEqualTo("hanoi-2019");
  }

  @Test
  void aCaseThatFailsToLoadFailsAsIfLoadedByTheCommand() {
    Path missing = Path.of("examples/no-such-case");
    String direct = org.gordian.TestCases.failureMessage(() -> Gordian.load(missing));
    Preload p = Preload.start(new String[] {"run", missing.toString()});
    assertThatThrownBy(() -> p.load(missing, LoadOptions.DEFAULT)).isInstanceOf(GordianException.class).hasMessage(direct);
  }

  @Test
  void theCommandPrintsTheSameWithAndWithoutIt() {
    // --verbose turns the preload off; both runs write the same summary and report.
    Cli.Result with = Cli.run("run", HANOI, "--listed-only", "--format", "json");
    Cli.Result without = Cli.run("run", HANOI, "--listed-only", "--format", "json", "--verbose");
    assertThat(with.code()).isZero();
    assertThat(without.code()).isZero();
    assertThat(with.out().replaceAll("\"generatedAt\"\\s*:\\s*\"[^\"]*\"", ""))
        .isEqualTo(without.out().replaceAll("\"generatedAt\"\\s*:\\s*\"[^\"]*\"", ""));
  }
}
