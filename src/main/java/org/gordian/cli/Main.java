package org.gordian.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code gordian} command: parses the command line, runs one subcommand, and exits with an
 * {@link ExitCode}. All work is done through the {@link org.gordian.Gordian} façade.
 */
@Command(
    name = "gordian",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Which deals stay feasible, which positions block the rest, and what would have to change.",
    subcommands = {RunCommand.class, DiffCommand.class, TestCommand.class, CheckCommand.class, BatchCommand.class, MergeCommand.class, WatchCommand.class, CommandLine.HelpCommand.class},
    footer = {"", "Exit codes: 0 done, 1 expectations failed, 2 bad usage,",
        "  3 errors in a case or rule file, 4 a rule failed at run time,",
        "  5 a file could not be read or written, 130 interrupted (Ctrl-C),",
        "  143 stopped by a TERM signal.",
        "", "Examples:", "  gordian run examples/my-case", "  gordian test examples/my-case",
        "  gordian diff examples/my-case --to my-scenario"})
public final class Main {
  private Main() {}

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    AtomicBoolean done = new AtomicBoolean();
    Thread notice = new Thread(() -> {
      if (!done.get()) {
        // Ctrl-C or a TERM signal: say so; report files still being written are removed by ReportFiles.
        System.err.println("gordian: interrupted");
        System.err.flush();
      }
    }, "gordian-interrupted");
    Runtime.getRuntime().addShutdownHook(notice);
    int code = run(args, System.out, System.err);
    done.set(true);
    System.exit(code);
  }

  /** Runs the command line with the given output streams and returns the exit status. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Preload preload = Preload.start(args);
    CommandLine cli = new CommandLine(new Main());
    if (preload != Preload.NONE && cli.getSubcommands().get(args[0]).getCommand() instanceof RunCommand command) {
      command.preload = preload;
    }
    cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    cli.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    cli.setExecutionStrategy(new CommandLine.RunLast());
    cli.setParameterExceptionHandler((ex, a) -> {
      CommandLine c = ex.getCommandLine();
      c.getErr().println("gordian: " + ex.getMessage());
      CommandLine.UnmatchedArgumentException.printSuggestions(ex, c.getErr());
      c.getErr().println("Run '" + c.getCommandSpec().qualifiedName() + " --help' for usage.");
      return ExitCode.USAGE.code();
    });
    cli.setExitCodeExceptionMapper(t -> ExitCode.INTERNAL_ERROR.code());
    cli.setExecutionExceptionHandler((ex, c, parsed) -> {
      c.getErr().println("gordian: internal error: " + ex);
      ex.printStackTrace(c.getErr());
      return ExitCode.INTERNAL_ERROR.code();
    });
    int code = cli.execute(args);
    if (args.length == 0) {
      cli.usage(cli.getErr());
      return ExitCode.USAGE.code();
    }
    return code;
  }

  /** Prints the version. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"Gordian " + org.gordian.report.Text.VERSION};
    }
  }
}
