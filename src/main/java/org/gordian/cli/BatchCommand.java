package org.gordian.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gordian.Gordian;
import org.gordian.RunOptions;
import org.gordian.analysis.RunResult;
import org.gordian.batch.BatchEntry;
import org.gordian.batch.BatchId;
import org.gordian.batch.BatchIndex;
import org.gordian.batch.BatchPlan;
import org.gordian.batch.BatchRun;
import org.gordian.batch.Shard;
import org.gordian.diag.Diagnostic;
import org.gordian.diag.GordianException;
import org.gordian.diag.Paths2;
import org.gordian.diag.RunFailure;
import org.gordian.report.Format;
import org.gordian.report.IndexJson;
import org.gordian.report.IndexMarkdown;
import org.gordian.report.Reporters;
import org.gordian.report.Text;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gordian batch}: runs many cases × scenarios, one report per run plus an index. */
@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    description = {"Run many cases and scenarios: one Markdown and one JSON report per run, and an index"
        + " (index.md, index.json) in the output folder; with --format html also an HTML report per run and"
        + " index.html, a page with a grid of cases and scenarios and a chart per case. With --shard i/n, run"
        + " only the i-th of n shards of the work (for a cluster job array) and write shard-index.json; combine"
        + " shards with 'gordian merge'."},
    footer = {"", "Examples:", "  gordian batch examples/ --all-scenarios --out reports/",
        "  gordian batch examples/ --all-scenarios --format html --out reports/",
        "  gordian batch examples/ --all-scenarios --shard 2/4 --out reports/shard-2/",
        "  gordian batch examples/ --shard env --out reports/shard-$SLURM_ARRAY_TASK_ID/   (in a Slurm job array)",
        "  gordian merge reports/shard-*/ --out reports/",
        "", "Runs are ordered by case path, then baseline and scenarios as the case lists them; run k belongs to",
        "shard (k mod n) + 1. A run that fails is recorded in the index and the others go on.",
        "", "Exit codes: 0 every run wrote its reports, 2 bad usage, 3 a case or rule file had errors,",
        "4 a rule failed at run time, 5 a file could not be read or written."})
final class BatchCommand extends Shell {
  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "Cases (case files or folders with case.yaml) or folders of cases.")
  List<Path> paths;

  @Option(names = "--all-scenarios", description = "Run every scenario of each case besides its baseline.")
  boolean allScenarios;

  @Option(names = {"-s", "--scenario"}, paramLabel = "NAME",
      description = "Also run this scenario where a case has it (repeatable).")
  List<String> scenarios = new ArrayList<>();

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", required = true, description = "The folder for reports and the index.")
  Path out;

  @Option(names = "--shard", paramLabel = "I/N|env",
      description = "Run only shard I of N (1-based), e.g. 2/4; or 'env': take them from a job array's environment"
          + " (Slurm's SLURM_ARRAY_TASK_ID, _MIN, _COUNT; a Kubernetes Indexed Job's JOB_COMPLETION_INDEX with"
          + " --shard-count or " + Shard.COUNT_VARIABLE + "). See docs/job-arrays.md.")
  String shardText;

  @Option(names = "--shard-count", paramLabel = "N",
      description = "The number of shards, where the environment does not say it (a Kubernetes Indexed Job's"
          + " completions); with --shard I/N it must be N.")
  Integer shardCount;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "markdown",
      converter = RunFlags.FormatConverter.class,
      description = "markdown (default): a Markdown and a JSON report per run and index.md, index.json; html: also"
          + " an HTML report per run and index.html, a page with a grid of cases and scenarios and a chart per"
          + " case.")
  Format format = Format.MARKDOWN;

  /** The environment a job array's shard is read from. */
  java.util.Map<String, String> environment = System.getenv();

  @Mixin
  EvalFlags flags = new EvalFlags();

  @Mixin
  TrustFlags trust = new TrustFlags();

  @Override
  java.util.Set<Format> formats() {
    return java.util.Set.of(Format.MARKDOWN, Format.HTML);
  }

  @Override
  String formatWords(String format) {
    return format.equals("html") ? "also an HTML report per run, and index.html: the grid of cases and scenarios"
        : super.formatWords(format);
  }

  @Mixin
  DataFlags data = new DataFlags();

  /** The shard asked for: on the command line, from the environment, or the whole batch. */
  Shard shard() {
    EvalFlags.atLeast(spec, "--shard-count", shardCount, 1);
    if (shardText == null) {
      if (shardCount != null) {
        throw new IllegalArgumentException("--shard-count needs --shard I/N or --shard env");
      }
      return Shard.ALL;
    }
    Shard s = shardText.trim().equals("env") ? Shard.fromEnvironment(environment, shardCount) : Shard.parse(shardText);
    if (shardCount != null && s.count() != shardCount) {
      throw new IllegalArgumentException("--shard-count " + shardCount + " disagrees with --shard " + s);
    }
    return s;
  }

  @Override
  ExitCode execute() throws IOException {
    Shard shard;
    try {
      shard = shard();
    } catch (IllegalArgumentException e) {
      err().println("gordian: --shard: " + e.getMessage());
      if ("env".equals(shardText == null ? null : shardText.trim())) {
        err().println("hint: give the number of shards with --shard-count N where the environment does not say it;"
            + " see docs/job-arrays.md");
      }
      return ExitCode.USAGE;
    }
    data.check();
    List<Path> cases = BatchPlan.cases(paths);
    if (cases.isEmpty()) {
      throw new GordianException(Diagnostic.error(null, 0, 0, "no case found in "
          + paths.stream().map(Paths2::display).collect(Collectors.joining(", "))
          + "; a case is a folder holding case.yaml"));
    }
    List<BatchRun> runs = BatchPlan.runs(cases, allScenarios, scenarios, trust.load());
    makeFolder(out);
    Instant at = Text.generatedAt();
    List<Format> reports = format == Format.HTML ? List.of(Format.MARKDOWN, Format.JSON, Format.HTML)
        : List.of(Format.MARKDOWN, Format.JSON);
    RunOptions options = flags.apply(RunOptions.defaults(), notices());
    Map<Path, Gordian> loaded = new HashMap<>();
    List<BatchEntry> entries = new ArrayList<>();
    ExitCode worst = ExitCode.OK;
    List<BatchRun> mine = runs.stream().filter(r -> shard.owns(r.ordinal())).toList();
    int done = 0;
    DataOut tables = data.wanted() ? DataOut.open(data, trust.load(), at) : null;
    try {
      for (BatchRun run : mine) {
        notices().println("[" + (++done) + "/" + mine.size() + "] " + run.caseName() + " " + run.scenarioId());
        notices().flush();
        String caseFile = Paths2.display(run.caseFile());
        try {
          Gordian g = loaded.containsKey(run.caseFile()) ? loaded.get(run.caseFile()) : Gordian.load(run.caseFile(), trust.load());
          loaded.put(run.caseFile(), g);
          RunResult r = g.run(options.withScenario(run.scenario()));
          Path md = out.resolve(run.reportBase() + "." + Format.MARKDOWN.extension());
          makeFolder(md.getParent());
          for (Format f : reports) {
            emit(out.resolve(run.reportBase() + "." + f.extension()), w -> Reporters.of(f, at).write(r, w));
          }
          entries.add(BatchEntry.of(run, caseFile, r, reports.stream().map(Format::extension).toList()));
          if (tables != null) {
            tables.add(run.caseFile(), g, options.withScenario(run.scenario()), r);
          }
        } catch (GordianException e) {
          loaded.putIfAbsent(run.caseFile(), null);
          String message = e.diagnostics().stream().map(Diagnostic::toString).collect(Collectors.joining("; "));
          err().println("  failed: " + message);
          if (e.hint() != null) {
            err().println("  " + hint(e.hint()));
          }
          entries.add(BatchEntry.failed(run, caseFile, message));
          ExitCode code = e instanceof RunFailure ? ExitCode.RULE_FAILURE : ExitCode.INVALID_INPUT;
          if (code.code() > worst.code()) {
            worst = code;
          }
        }
      }
      if (tables != null) {
        tables.commit();
      }
    } finally {
      if (tables != null) {
        tables.close();
      }
    }
    BatchIndex index = new BatchIndex(runs.size(), shardText == null ? null : shard,
        BatchId.of(runs, BatchPlan.inputFiles(cases, trust.load())), entries);
    String base = shardText == null ? "index" : "shard-index";
    emit(out.resolve(base + ".json"), w -> new IndexJson(at).write(index, w));
    emit(out.resolve(base + ".md"), w -> new IndexMarkdown(at).write(index, w));
    if (format == Format.HTML) {
      emit(out.resolve(base + ".html"), w -> Reporters.of(BatchIndex.class, Format.HTML, at).write(index, w));
    }
    notices().println(entries.size() + " runs" + (shardText == null ? "" : " (shard " + shard + " of " + runs.size()
        + " runs)") + ", " + index.failed() + " failed; index: " + Paths2.display(out.resolve(base + ".md")));
    err().flush();
    return worst;
  }

}
