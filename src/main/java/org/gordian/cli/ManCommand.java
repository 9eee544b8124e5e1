package org.gordian.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gordian man}: prints a manual page in troff, made from picocli's model of the commands,
 * so that the page and {@code --help} say the same. (picocli-codegen's generator writes AsciiDoc,
 * which needs Asciidoctor to become a page {@code man} can show.)
 */
@Command(
    name = "man",
    mixinStandardHelpOptions = true,
    description = {"Print the manual page of gordian, or of one of its commands, in the format man reads."},
    footer = {"", "Examples:", "  gordian man | man -l -", "  gordian man run --out gordian-run.1",
        "  for c in '' run test check; do gordian man $c --out man/gordian${c:+-$c}.1; done",
        "", "Exit codes: 0 printed, 2 bad usage (an unknown command), 5 the page could not be written."})
final class ManCommand extends Shell {
  @Parameters(index = "0", arity = "0..1", paramLabel = "COMMAND",
      description = "The command whose page to print (default: the page of gordian itself).")
  String command;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = "Write the page to FILE (atomically) instead of standard output.")
  Path out;

  @Override
  ExitCode execute() throws IOException {
    CommandLine top = Main.commandLine();
    CommandLine target = top;
    if (command != null) {
      target = top.getSubcommands().get(command);
      if (target == null || command.equals("help")) {
        throw new CommandLine.ParameterException(spec.commandLine(), "no command '" + command + "'"
            + org.gordian.diag.Suggest.didYouMean(command, top.getSubcommands().keySet()) + " (commands: "
            + String.join(", ", top.getSubcommands().keySet().stream().filter(c -> !c.equals("help")).toList()) + ")");
      }
    }
    RunFlags.checkOut(out);
    String page = page(target);
    emit(out, w -> w.write(page));
    return ExitCode.OK;
  }

  /** The page of one command, in troff with the man macros. */
  static String page(CommandLine cli) {
    CommandSpec spec = cli.getCommandSpec();
    String name = spec.qualifiedName("-");
    StringBuilder s = new StringBuilder();
    s.append(".TH \"").append(name.toUpperCase(Locale.ROOT)).append("\" \"1\" \"\" \"Gordian ")
        .append(org.gordian.report.Text.VERSION).append("\" \"Gordian Manual\"\n");
    s.append(".SH NAME\n").append(esc(name)).append(" \\- ").append(esc(first(spec.usageMessage().description())))
        .append('\n');
    s.append(".SH SYNOPSIS\n.nf\n").append(esc(new CommandLine.Help(spec, CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF))
        .synopsis(0).stripTrailing())).append("\n.fi\n");
    s.append(".SH DESCRIPTION\n");
    for (String d : spec.usageMessage().description()) {
      s.append(esc(d)).append("\n.PP\n");
    }
    if (!spec.positionalParameters().isEmpty()) {
      s.append(".SH ARGUMENTS\n");
      for (PositionalParamSpec p : spec.positionalParameters()) {
        s.append(".TP\n\\fI").append(esc(p.paramLabel())).append("\\fR\n")
            .append(esc(String.join(" ", p.description()))).append('\n');
      }
    }
    if (!spec.options().isEmpty()) {
      s.append(".SH OPTIONS\n");
      spec.options().stream().filter(o -> !o.hidden())
          .sorted(java.util.Comparator.comparing(o -> o.longestName().replaceFirst("^-+", "")))
          .forEach(o -> s.append(".TP\n").append(optionTerm(o)).append('\n')
              .append(esc(description(o))).append('\n'));
    }
    var subs = cli.getSubcommands();
    if (!subs.isEmpty()) {
      s.append(".SH COMMANDS\n");
      subs.forEach((n, sub) -> {
        if (!n.equals("help")) {
          s.append(".TP\n\\fB").append(esc(n)).append("\\fR\n")
              .append(esc(first(sub.getCommandSpec().usageMessage().description()))).append('\n');
        }
      });
    }
    String[] footer = spec.usageMessage().footer();
    if (footer.length > 0) {
      s.append(".SH NOTES\n.nf\n");
      for (String line : footer) {
        s.append(esc(line)).append('\n');
      }
      s.append(".fi\n");
    }
    if (!subs.isEmpty()) {
      s.append(".SH SEE ALSO\n").append(String.join(", ", subs.keySet().stream().filter(n -> !n.equals("help"))
          .map(n -> "\\fBgordian-" + esc(n) + "\\fR(1)").toList())).append('\n');
    }
    return s.toString();
  }

  private static String optionTerm(OptionSpec o) {
    StringBuilder t = new StringBuilder();
    for (String n : o.names()) {
      t.append(t.length() == 0 ? "" : ", ").append("\\fB").append(esc(n)).append("\\fR");
    }
    if (o.arity().max() > 0) {
      t.append(o.arity().min() == 0 ? "[=\\fI" : "=\\fI").append(esc(o.paramLabel())).append("\\fR")
          .append(o.arity().min() == 0 ? "]" : "");
    }
    return t.toString();
  }

  /** The option's description with picocli's variables filled in, as --help shows it. */
  private static String description(OptionSpec o) {
    String d = String.join(" ", o.description());
    String dflt = o.defaultValueString();
    return d.replace("${DEFAULT-VALUE}", dflt == null ? "" : dflt).replace("%%", "%");
  }

  private static String first(String[] lines) {
    return lines.length == 0 ? "" : lines[0];
  }

  /** Text as troff reads it literally: backslashes doubled, a leading dot or quote guarded. */
  static String esc(String text) {
    String t = text.replace("\\", "\\e").replace("-", "\\-");
    StringBuilder out = new StringBuilder();
    for (String line : t.split("\n", -1)) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(line.startsWith(".") || line.startsWith("'") ? "\\&" + line : line);
    }
    return out.toString();
  }
}
