package org.gordian.cli;

import ch.qos.logback.classic.Level;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import org.gordian.diag.Diagnostic;
import org.gordian.diag.GordianException;
import org.gordian.diag.IoProblems;
import org.gordian.diag.Paths2;
import org.gordian.diag.RunFailure;
import org.gordian.report.ReportFiles;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What every command shares: {@code --verbose}, the output streams, and turning failures into
 * diagnostics and exit codes instead of stack traces.
 */
abstract class Shell implements java.util.concurrent.Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = {"-v", "--verbose"}, description = "Log engine steps and show stack traces of failures.")
  boolean verbose;

  @Option(names = {"-q", "--quiet"},
      description = "Print no progress, summary or warnings: only errors, the report asked for and the exit code.")
  boolean quiet;

  /** Whether --quiet was given: no progress, no summary, no warnings. */
  boolean quiet() {
    return quiet;
  }

  /** Where progress, summaries and warnings go: standard error, or nowhere with --quiet. */
  PrintWriter notices() {
    return quiet ? new PrintWriter(java.io.Writer.nullWriter()) : err();
  }

  /** The progress display of this command: a bar on a terminal, lines in a pipe, nothing with --quiet. */
  Terminal terminal() {
    return Terminal.on(notices(), quiet);
  }

  /** The formats the command writes, or an empty set when it has no --format option. */
  java.util.Set<org.gordian.report.Format> formats() {
    return java.util.Set.of();
  }

  /** What the command writes in a format, in a few words for its help, where it says more than the format's name. */
  String formatWords(String format) {
    return FORMAT_WORDS.get(format);
  }

  /**
   * Makes the command's help say what the command accepts: {@code --format} lists the formats it
   * writes (and completes them), and options shared with other commands that this one refuses are
   * left out. Called once, before the command line is parsed.
   */
  void tailor(CommandSpec spec) {
    java.util.Set<org.gordian.report.Format> formats = formats();
    picocli.CommandLine.Model.OptionSpec format = spec.findOption("--format");
    if (format == null || formats.isEmpty()) {
      return;
    }
    java.util.List<String> names = java.util.Arrays.stream(org.gordian.report.Format.values())
        .filter(formats::contains).map(org.gordian.report.Format::label)
        .sorted(java.util.Comparator.comparing(f -> !f.equalsIgnoreCase(format.defaultValue()))).toList();
    String dflt = format.defaultValue() == null ? null : format.defaultValue().toLowerCase(java.util.Locale.ROOT);
    StringBuilder d = new StringBuilder("Output format: ");
    for (int i = 0; i < names.size(); i++) {
      d.append(i == 0 ? "" : i == names.size() - 1 ? " or " : ", ").append(names.get(i));
      String what = formatWords(names.get(i));
      if (names.get(i).equals(dflt)) {
        what = "default" + (what == null ? "" : "; " + what);
      }
      if (what != null) {
        d.append(" (").append(what).append(')');
      }
    }
    d.append('.');
    spec.remove(format);
    spec.addOption(picocli.CommandLine.Model.OptionSpec.builder(format).description(d.toString())
        .completionCandidates(names).converters(new RunFlags.FormatConverter(spec.name(), formats, names)).build());
  }

  /** Removes options this command takes over from a shared group but does not accept. */
  static void leaveOut(CommandSpec spec, String... options) {
    for (String o : options) {
      picocli.CommandLine.Model.OptionSpec option = spec.findOption(o);
      if (option != null) {
        spec.remove(option);
      }
    }
  }

  private static final java.util.Map<String, String> FORMAT_WORDS = java.util.Map.of(
      "json", "for tools",
      "html", "one self-contained page with charts",
      "csv", "one row per deal",
      "junit", "JUnit XML for CI servers");

  /** Does the command's work. */
  abstract ExitCode execute() throws IOException;

  @Override
  public final Integer call() {
    if (!verbose) {
      return run();
    }
    ch.qos.logback.classic.Logger log = backendLogger();
    if (log == null) {
      return run();
    }
    Level before = log.getLevel();
    log.setLevel(Level.DEBUG);
    try {
      return run();
    } finally {
      // A command run inside a longer-lived program leaves the logging as it found it.
      log.setLevel(before);
    }
  }

  /**
   * Logback's logger of org.gordian, or null when logging is not Logback's. While another thread
   * (the preload) is still starting the logging, SLF4J hands out a stand-in: wait a moment for the
   * real one.
   */
  private static ch.qos.logback.classic.Logger backendLogger() {
    for (int tries = 0; tries < 100; tries++) {
      if (LoggerFactory.getLogger("org.gordian") instanceof ch.qos.logback.classic.Logger l) {
        return l;
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
    }
    return null;
  }

  private int run() {
    try {
      return execute().code();
    } catch (RunFailure e) {
      report(e);
      return ExitCode.RULE_FAILURE.code();
    } catch (GordianException e) {
      report(e);
      return ExitCode.INVALID_INPUT.code();
    } catch (CancellationException e) {
      err().println("gordian: interrupted; no report was written");
      return ExitCode.INTERRUPTED.code();
    } catch (IOException e) {
      err().println("gordian: " + IoProblems.describe(e));
      trace(e);
      return ExitCode.IO_ERROR.code();
    } catch (java.io.UncheckedIOException e) {
      err().println("gordian: " + IoProblems.describe(e.getCause()));
      trace(e);
      return ExitCode.IO_ERROR.code();
    }
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  void report(GordianException e) {
    for (Diagnostic d : e.diagnostics()) {
      err().println(d);
    }
    if (e.diagnostics().size() > 1) {
      err().println(e.getMessage());
    }
    if (e.hint() != null) {
      err().println(hint(e.hint()));
    }
    trace(e);
  }

  /** How to change, on the command line, the setting a failure points to. */
  static String hint(org.gordian.diag.Hint hint) {
    return switch (hint.kind()) {
      case SPACE_LIMIT -> "hint: raise the limit with --limit " + hint.value()
          + ", or narrow the space with --max-moves or --phases";
      case TIME_LIMIT -> "hint: raise it with --time-limit SECONDS, or narrow the space with --max-moves or --phases";
      case FIRING_LIMIT -> "hint: raise it with --max-firings N if the rules really need more";
      case RULES_OUTSIDE -> "hint: pass --allow-rules-outside to load rules from outside the case's project"
          + " (rules are code: only if you trust them)";
    };
  }

  void warn(java.util.List<Diagnostic> warnings) {
    warnings.forEach(d -> notices().println(d));
  }

  void trace(Throwable e) {
    if (verbose) {
      e.printStackTrace(err());
    } else if (e.getCause() != null) {
      LoggerFactory.getLogger(getClass()).debug("Failure", e);
    }
  }

  /** Writes text to a file atomically, or to standard output when the file is null. */
  void emit(Path file, ReportFiles.Body body) throws IOException {
    if (file == null) {
      PrintWriter out = out();
      body.write(out);
      out.flush();
      return;
    }
    try {
      ReportFiles.write(file, body);
    } catch (IOException e) {
      throw cannot("write the report to", file, e);
    }
  }

  /**
   * Refuses, as a file that cannot be read (exit 5), a case path that does not exist, a folder
   * without a case file, or a case file its reader may not open; anything else is left to the
   * loader, which names the line of what is wrong inside.
   *
   * @param caseFileInFolder the file looked for when a folder is given, or null to accept any folder
   */
  static void readable(Path path, String caseFileInFolder) throws IOException {
    if (!Files.exists(path)) {
      throw new IOException("cannot read " + Paths2.display(path) + ": no such file or folder");
    }
    Path file = path;
    if (Files.isDirectory(path)) {
      if (caseFileInFolder == null) {
        return;
      }
      file = path.resolve(caseFileInFolder);
      if (!Files.exists(file)) {
        throw new IOException("cannot read " + Paths2.display(file) + ": no such file (the folder"
            + " holds no " + caseFileInFolder + ")");
      }
    }
    if (Files.isRegularFile(file) && !Files.isReadable(file)) {
      throw new IOException("cannot read " + Paths2.display(file) + ": permission denied");
    }
  }

  /** {@link #readable(Path, String)} for a case file or a folder holding case.yaml. */
  static void readable(Path caseFile) throws IOException {
    readable(caseFile, org.gordian.load.CaseLoader.CASE_FILE);
  }

  /** Makes a folder and those above it, or says which and why not. */
  static void makeFolder(Path dir) throws IOException {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw cannot("make the folder", dir, e);
    }
  }

  /** An error saying what could not be done to which file, and why: {@code cannot VERB PATH: reason}. */
  static IOException cannot(String verb, Path file, IOException e) {
    return new IOException(IoProblems.describe("cannot " + verb, file, e), e);
  }

  static Writer writer(PrintStream s) {
    return new OutputStreamWriter(s, StandardCharsets.UTF_8);
  }
}
