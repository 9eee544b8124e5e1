package org.gordian.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every option a command's help shows works: walking picocli's model of each command, each shown
 * option (and each value its help lists for --format) is run on a small case made by {@code init}
 * and must not be refused as bad usage. {@code watch} never ends by itself, so its options are
 * parsed and checked with the same code its run starts with, not watched.
 */
@Tag("slow")
class OptionsThatWorkTest {
  @TempDir
  static Path tmp;
  static Path caseDir;
  static Path cases;
  static Path shard;
  static Path shardParquet;
  static int fresh;

  /** A value for each option that takes one, as a user would give it on the small case. */
  static final Map<String, String> VALUES = Map.ofEntries(
      Map.entry("--scenario", "pressure-rises"), Map.entry("--to", "pressure-rises"), Map.entry("--from", "baseline"),
      Map.entry("--limit", "100000"), Map.entry("--max-moves", "2"), Map.entry("--phases", "2"),
      Map.entry("--threads", "1"), Map.entry("--max-firings", "5000"), Map.entry("--time-limit", "120"),
      Map.entry("--groups-from", "0"), Map.entry("--max-relaxation", "2"), Map.entry("--neighbourhood-budget", "50"),
      Map.entry("--explain", "north-offer"), Map.entry("--show", "3"), Map.entry("--shard", "1/1"),
      Map.entry("--shard-count", "1"), Map.entry("--parties", "A,B,C"), Map.entry("--title", "A title"),
      Map.entry("--id", "a-case"), Map.entry("--verify", "4"), Map.entry("--samples", "200"),
      Map.entry("--seed", "3"), Map.entry("--exact-up-to", "16"), Map.entry("--scenarios", "pressure-rises"));

  @BeforeAll
  static void makeCases() throws IOException {
    cases = Files.createDirectories(tmp.resolve("cases"));
    caseDir = cases.resolve("talks");
    assertThat(Cli.run("init", caseDir.toString(), "--parties", "North,South").code()).isZero();
    shard = tmp.resolve("shard");
    shardParquet = tmp.resolve("shard-parquet");
    assertThat(Cli.run("batch", cases.toString(), "--shard", "1/1", "--out", shard.toString(), "--listed-only",
        "--parquet", shardParquet.toString()).code()).isZero();
  }

  static Stream<Arguments> shownOptions() {
    CommandLine top = Main.commandLine();
    List<Arguments> all = new ArrayList<>();
    for (var e : top.getSubcommands().entrySet()) {
      if (e.getKey().equals("help")) {
        continue;
      }
      for (OptionSpec o : e.getValue().getCommandSpec().options()) {
        if (o.hidden() || o.usageHelp() || o.versionHelp()) {
          continue;
        }
        List<String> values = o.completionCandidates() != null && o.longestName().equals("--format")
            ? iterable(o.completionCandidates()) : List.of("");
        for (String v : values) {
          all.add(Arguments.of(e.getKey(), o.longestName(), v));
        }
      }
    }
    return all.stream();
  }

  private static List<String> iterable(Iterable<String> it) {
    List<String> l = new ArrayList<>();
    it.forEach(l::add);
    return l;
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("shownOptions")
  void everyShownOptionIsAcceptedAtRunTime(String command, String option, String value) throws Exception {
    OptionSpec spec = Main.commandLine().getSubcommands().get(command).getCommandSpec().findOption(option);
    List<String> args = new ArrayList<>(base(command, option));
    args.add(option);
    if (spec.arity().max() > 0) {
      args.add(value.isEmpty() ? valueOf(command, option) : value);
    }
    if (option.equals("--all-deals")) {
      args.addAll(List.of("--db", valueOf(command, "--db"))); // the deals go to a database or Parquet
    }
    if (command.equals("watch")) {
      CommandLine cli = Main.commandLine();
      CommandLine.ParseResult parsed = cli.parseArgs(args.toArray(String[]::new));
      WatchCommand watch = (WatchCommand) parsed.subcommand().commandSpec().userObject();
      watch.spec = parsed.subcommand().commandSpec();
      watch.flags.apply(org.gordian.RunOptions.defaults(), new java.io.PrintWriter(java.io.Writer.nullWriter()));
      return;
    }
    Cli.Result r = Cli.run(args.toArray(String[]::new));
    int expected = command.equals("diff") && option.equals("--exit-code") ? 1 : 0;
    assertThat(r.code()).as(String.join(" ", args) + "\n" + r.err()).isEqualTo(expected);
  }

  private static List<String> base(String command, String option) {
    String c = caseDir.toString();
    return switch (command) {
      case "init" -> List.of("init", tmp.resolve("init-" + (++fresh)).toString());
      case "diff" -> option.equals("--to") || option.startsWith("--rules") ? List.of("diff", c)
          : List.of("diff", c, "--to", "pressure-rises");
      case "batch" -> option.equals("--out") ? List.of("batch", cases.toString())
          : option.equals("--shard-count") ? List.of("batch", cases.toString(), "--shard", "1/1", "--out",
              tmp.resolve("batch-" + (++fresh)).toString())
          : List.of("batch", cases.toString(), "--out", tmp.resolve("batch-" + (++fresh)).toString());
      case "merge" -> option.equals("--out") ? List.of("merge", shard.toString())
          : List.of("merge", shard.toString(), "--out", tmp.resolve("merge-" + (++fresh)).toString());
      case "completion", "man" -> List.of(command);
      case "compare" -> option.equals("--all-scenarios") || option.equals("--scenarios") ? List.of("compare", c)
          : List.of("compare", c, "--all-scenarios");
      default -> List.of(command, c);
    };
  }

  private static String valueOf(String command, String option) {
    if (option.equals("--out")) {
      return tmp.resolve("out-" + (++fresh) + (command.equals("batch") || command.equals("merge") ? "" : ".txt"))
          .toString();
    }
    if (option.startsWith("--rules-")) {
      return caseDir.resolve("rules").toString();
    }
    if (option.equals("--db")) {
      return tmp.resolve("results-" + (++fresh) + ".duckdb").toString();
    }
    if (option.equals("--parquet")) {
      // merge checks the Parquet results its shard wrote; run and batch write new ones
      return command.equals("merge") ? shardParquet.toString() : tmp.resolve("parquet-" + (++fresh)).toString();
    }
    String v = VALUES.get(option);
    if (v == null) {
      fail("no value known for " + command + " " + option + "; add one to VALUES");
    }
    return v;
  }
}
