package org.gordian.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.gordian.Gordian;
import org.gordian.load.LoadOptions;
import org.gordian.space.Background;

/**
 * Starts loading the case a command names, and compiling its rules, on a second thread while the
 * command line is still being parsed: the command then picks the loaded case up instead of loading
 * it again. It is the same {@link Gordian#load(Path)} call the command would make, so the outcome,
 * errors included, is the same; only the time it starts differs. Used for {@code gordian run CASE
 * ...}, the command whose start-up time matters most.
 */
final class Preload {
  /** Loads nothing: commands load their case themselves. */
  static final Preload NONE = new Preload(null, null, null);

  private static final Set<String> COMMANDS = Set.of("run");
  private static final Set<String> HOLD_BACK = Set.of("-h", "--help", "-V", "--version", "-v", "--verbose");

  private final Path caseFile;
  private final LoadOptions outside;
  private final Background<Gordian> loading;

  private Preload(Path caseFile, LoadOptions outside, Background<Gordian> loading) {
    this.caseFile = caseFile;
    this.outside = outside;
    this.loading = loading;
  }

  /**
   * Starts loading the case of {@code gordian run CASE ...}, or returns {@link #NONE} when the
   * command line has another shape, asks for help, or asks for engine logging (which is switched on
   * only once the command runs).
   */
  static Preload start(String[] args) {
    if (args.length < 2 || !COMMANDS.contains(args[0]) || args[1].startsWith("-")
        || List.of(args).stream().anyMatch(Preload::holdsBack)) {
      return NONE;
    }
    Path caseFile;
    try {
      caseFile = Path.of(args[1]);
    } catch (RuntimeException e) {
      return NONE;   // not a path: the command says so itself
    }
    LoadOptions outside = TrustFlags.options(List.of(args).contains("--allow-rules-outside"));
    return new Preload(caseFile, outside, Background.start("gordian-preload", () -> Gordian.load(caseFile, outside)));
  }

  /** Asks for help or logging, maybe among clustered short options, or names an argument file. */
  private static boolean holdsBack(String arg) {
    if (HOLD_BACK.contains(arg) || arg.startsWith("@")) {
      return true;
    }
    return arg.startsWith("-") && !arg.startsWith("--")
        && (arg.indexOf('v') > 0 || arg.indexOf('h') > 0 || arg.indexOf('V') > 0);
  }

  /** The case at this path: the one already loading if it is the same path and trust, else loaded now. */
  Gordian load(Path file, LoadOptions rulesOutside) {
    return loading != null && file.equals(caseFile) && rulesOutside.equals(outside) ? loading.join()
        : Gordian.load(file, rulesOutside);
  }
}
