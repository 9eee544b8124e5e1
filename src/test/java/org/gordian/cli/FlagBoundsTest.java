package org.gordian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Counts and times on the command line are checked before any work starts: a value out of range,
 * or a time that is not a number of seconds, is bad usage named with the option, the value and
 * what is expected, never silently read as "no limit". Too many threads are capped, with a notice.
 */
class FlagBoundsTest {
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "run   | --time-limit NaN       | option '--time-limit' must be between 0.1 and 1,000,000, found NaN",
      "run   | --time-limit 0.0001    | option '--time-limit' must be between 0.1 and 1,000,000, found 1.0E-4",
      "run   | --time-limit 0         | option '--time-limit' must be between 0.1 and 1,000,000, found 0",
      "run   | --time-limit -1        | option '--time-limit' must be between 0.1 and 1,000,000, found -1",
      "run   | --time-limit Infinity  | option '--time-limit' must be between 0.1 and 1,000,000, found Infinity",
      "run   | --max-relaxation -1    | option '--max-relaxation' must be between 1 and 63, found -1",
      "run   | --max-relaxation 0     | option '--max-relaxation' must be between 1 and 63, found 0",
      "run   | --threads 0            | option '--threads' must be at least 1, found 0",
      "run   | --threads -4           | option '--threads' must be at least 1, found -4",
      "run   | --max-moves 64         | option '--max-moves' must be between 1 and 63, found 64",
      "run   | --phases 61            | option '--phases' must be between 1 and 60, found 61",
      "run   | --phases -2            | option '--phases' must be between 1 and 60, found -2",
      "run   | --limit 0              | option '--limit' must be at least 1, found 0",
      "run   | --max-firings -1       | option '--max-firings' must be at least 1, found -1",
      "run   | --groups-from -1       | option '--groups-from' must be at least 0, found -1",
      "diff  | --show -1 --to no-hardliner-pressure | option '--show' must be at least 0, found -1",
      "watch | --show -1              | option '--show' must be at least 0, found -1",
      "watch | --time-limit NaN       | option '--time-limit' must be between 0.1 and 1,000,000, found NaN",
      "batch | --threads 0 --out /nonexistent-gordian-out | option '--threads' must be at least 1, found 0",
  })
  void refusesAValueOutOfRangeNamingTheOptionTheValueAndWhatIsExpected(String command, String flags,
      String message) {
    List<String> args = new ArrayList<>(List.of(command, "examples/hanoi-2019"));
    args.addAll(List.of(flags.trim().split(" +")));
    Cli.Result r = Cli.run(args.toArray(String[]::new));

    assertThat(r.code()).as("stderr: %s", r.err()).isEqualTo(ExitCode.USAGE.code());
    assertThat(r.err()).contains(message).doesNotContain("Exception");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aThousandThreadsOnATwoProcessorMachineAreCappedAtEightWithANotice() {
    StringWriter notice = new StringWriter();
    int n = EvalFlags.threads(4000, 2, new PrintWriter(notice));

    assertThat(n).isEqualTo(2 * EvalFlags.THREADS_PER_PROCESSOR);
    assertThat(notice.toString()).contains("--threads 4,000 capped at 8 (4 per processor; this machine has 2)");
  }

  @Test
  void threadsWithinTheCapAreTakenAsAskedAndNoneAskedMeansOnePerProcessor() {
    StringWriter notice = new StringWriter();
    assertThat(EvalFlags.threads(8, 2, new PrintWriter(notice))).isEqualTo(8);
    assertThat(EvalFlags.threads(null, 6, new PrintWriter(notice))).isEqualTo(6);
    assertThat(notice.toString()).isEmpty();
  }

  @Test
  void aRunAskedForFourThousandThreadsRunsCappedAndSaysSo() {
    Cli.Result r = Cli.run("run", "examples/hanoi-2019", "--threads", "4000", "--max-moves", "2", "--format", "json");

    int cap = Runtime.getRuntime().availableProcessors() * EvalFlags.THREADS_PER_PROCESSOR;
    assertThat(r.code()).as("stderr: %s", r.err()).isZero();
    assertThat(r.err()).contains("--threads 4,000 capped at " + cap)
        .contains("on " + cap + " threads");
  }
}
