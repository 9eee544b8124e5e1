package org.gordian.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
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
    footer = {"", "Exit codes: 0 done, 1 expectations failed, 2 bad usage,",
        "  3 errors in a case or rule file, 4 a rule failed at run time (or the time limit passed),",
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
      if (done.get()) {
        return;
      }
      String exiting = exitCalledBy();
      if (exiting != null) {
        // Rule code called System.exit: a run must not end as if it had succeeded.
        var busy = org.gordian.engine.Activity.busy();
        System.err.println("gordian: " + (busy.isEmpty() ? "code called from the rules (" + exiting + ")"
            : busy.get(0).what()) + " ended the process with System.exit; no report was written");
        System.err.flush();
        Runtime.getRuntime().halt(ExitCode.RULE_FAILURE.code());
      }
      // Ctrl-C or a TERM signal: say so; files still being written are removed by AtomicFiles.
      System.err.println("gordian: interrupted");
      System.err.flush();
    }, "gordian-interrupted");
    Runtime.getRuntime().addShutdownHook(notice);
    int code = run(args, System.out, System.err);
    done.set(true);
    System.exit(code);
  }

  /**
   * The method that called {@code System.exit} or {@code Runtime.exit} while the command was
   * running, as {@code class.method}, or null when the process is ending for a signal or from
   * {@link #main} itself.
   */
  static String exitCalledBy() {
    for (var e : Thread.getAllStackTraces().entrySet()) {
      StackTraceElement[] frames = e.getValue();
      for (int i = 0; i < frames.length; i++) {
        if (!frames[i].getClassName().equals("java.lang.Runtime") || !frames[i].getMethodName().equals("exit")) {
          continue;
        }
        int caller = i + 1;
        while (caller < frames.length && frames[caller].getClassName().equals("java.lang.System")) {
          caller++;
        }
        if (caller >= frames.length) {
          return null;
        }
        String c = frames[caller].getClassName();
        if (c.equals(Main.class.getName()) || c.startsWith("java.lang.Terminator") || c.startsWith("jdk.internal.misc.Signal")) {
          return null;
        }
        return c + "." + frames[caller].getMethodName();
      }
    }
    return null;
  }

  /** The commands, in the order help lists them. */
  private static final List<Class<?>> COMMANDS = List.of(InitCommand.class, RunCommand.class, SensitivityCommand.class,
      DiffCommand.class, CompareCommand.class, TestCommand.class, CheckCommand.class, BatchCommand.class,
      MergeCommand.class, WatchCommand.class, CompletionCommand.class, ManCommand.class, CommandLine.HelpCommand.class);

  /** Commands that read the whole command tree: they get every command whatever they are asked. */
  private static final Set<Class<?>> READ_THE_TREE = Set.of(CompletionCommand.class, ManCommand.class,
      CommandLine.HelpCommand.class);

  /** The command line of every command, each command's help tailored to what it accepts. */
  static CommandLine commandLine() {
    return commandLine(COMMANDS);
  }

  /**
   * The command line these arguments need: when they start with the name of a command, that command
   * alone (describing every command's options takes a large share of a short run's start); else,
   * and for the commands that read the tree (help, completion, man), every command. Parsing,
   * messages and help are the same either way.
   */
  static CommandLine commandLineFor(String[] args) {
    if (args.length > 0) {
      for (Class<?> c : COMMANDS) {
        if (!READ_THE_TREE.contains(c) && c.getAnnotation(Command.class).name().equals(args[0])) {
          return commandLine(List.of(c));
        }
      }
    }
    return commandLine();
  }

  private static CommandLine commandLine(List<Class<?>> commands) {
    CommandLine cli = new CommandLine(new Main());
    CommandLine.IFactory factory = CommandLine.defaultFactory();
    for (Class<?> c : commands) {
      try {
        cli.addSubcommand(new CommandLine(factory.create(c), factory));
      } catch (Exception e) {
        throw new IllegalStateException("cannot make the command " + c.getName(), e);
      }
    }
    for (CommandLine sub : cli.getSubcommands().values()) {
      if (sub.getCommand() instanceof Shell shell) {
        shell.tailor(sub.getCommandSpec());
      }
    }
    return cli;
  }

  /** Runs the command line with the given output streams and returns the exit status. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Preload preload = Preload.start(args);
    CommandLine cli = commandLineFor(args);
    if (preload != Preload.NONE && cli.getSubcommands().get(args[0]).getCommand() instanceof RunCommand command) {
      command.preload = preload;
    }
    cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    cli.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    cli.setExecutionStrategy(new CommandLine.RunLast());
    cli.setParameterExceptionHandler((ex, a) -> {
      CommandLine c = ex.getCommandLine();
      if (c.getParent() == null && ex instanceof CommandLine.UnmatchedArgumentException u
          && !u.getUnmatched().isEmpty() && !u.getUnmatched().get(0).startsWith("-")) {
        String word = u.getUnmatched().get(0);
        c.getErr().println("gordian: unknown command '" + word + "'"
            + org.gordian.diag.Suggest.didYouMean(word, c.getSubcommands().keySet()) + " (commands: "
            + String.join(", ", c.getSubcommands().keySet()) + ")");
        c.getErr().println("Run 'gordian --help' for usage.");
        return ExitCode.USAGE.code();
      }
      if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()
          && u.getUnmatched().get(0).startsWith("-")) {
        c.getErr().println("gordian: " + unknownOption(u.getUnmatched().get(0), c.getCommandSpec()));
        c.getErr().println("Run '" + c.getCommandSpec().qualifiedName() + " --help' for usage.");
        return ExitCode.USAGE.code();
      }
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

  /**
   * Words for an option the command does not have: {@code unknown option '--formt' of 'gordian
   * run'; did you mean '--format'?}, the value written with {@code =} left out of the comparison.
   */
  static String unknownOption(String given, CommandLine.Model.CommandSpec spec) {
    String name = given.contains("=") ? given.substring(0, given.indexOf('=')) : given;
    java.util.List<String> names = spec.options().stream().filter(o -> !o.hidden())
        .flatMap(o -> java.util.Arrays.stream(o.names())).filter(n -> n.startsWith("--")).toList();
    return "unknown option '" + name + "' of '" + spec.qualifiedName() + "'"
        + org.gordian.diag.Suggest.didYouMean(name, names);
  }

  /** Prints the version. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"Gordian " + org.gordian.report.Text.VERSION};
    }
  }
}
