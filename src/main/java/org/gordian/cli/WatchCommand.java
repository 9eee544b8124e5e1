package org.gordian.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.gordian.RunOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gordian watch}: reruns a case after every change to its files and says what changed. */
@Command(
    name = "watch",
    mixinStandardHelpOptions = true,
    description = {"Run a case, then run it again whenever its case file, its expectations or a rule file changes,"
        + " printing the deals that flipped since the previous run and the positions whose vetoes appeared or went."
        + " A rule that does not compile shows its errors and the watch goes on."},
    footer = {"", "Examples:", "  gordian watch examples/my-case",
        "  gordian watch examples/my-case --scenario my-scenario --listed-only",
        "", "Exit codes: 0 stopped, 2 bad usage, 5 the files could not be watched; 130 on Ctrl-C."})
final class WatchCommand extends Shell {
  @Parameters(index = "0", paramLabel = "CASE", description = "A case file, or a folder holding case.yaml.")
  Path caseFile;

  @Option(names = {"-s", "--scenario"}, paramLabel = "NAME", description = "Watch this scenario instead of the baseline.")
  String scenario;

  @Option(names = "--show", paramLabel = "N", defaultValue = "5",
      description = "Name up to N flipped generated deals of each kind (default: ${DEFAULT-VALUE}).")
  int show;

  @Mixin
  EvalFlags flags = new EvalFlags();

  @Mixin
  TrustFlags trust = new TrustFlags();

  @Override
  ExitCode execute() throws IOException {
    EvalFlags.atLeast(spec, "--show", show, 0);
    RunOptions options = flags.apply(RunOptions.defaults().withScenario(scenario), notices());
    readable(caseFile);
    new Watcher(caseFile, options, show, out(), trust.load()).watch();
    return ExitCode.OK;
  }
}
