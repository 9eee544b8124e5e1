package org.gordian;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gordian.diag.Diagnostic;
import org.gordian.diag.GordianException;
import org.gordian.diag.Hint;
import org.gordian.diag.Message;
import org.gordian.diag.Problems;
import org.gordian.engine.Engine;
import org.gordian.engine.EngineOptions;
import org.gordian.run.CaseRun;
import org.gordian.run.Guard;
import org.gordian.space.Deadline;
import org.gordian.load.CaseLoader;
import org.gordian.load.LoadOptions;
import org.gordian.load.RuleLoader;
import org.gordian.load.RuleSources;
import org.gordian.model.drl.RuleFile;
import org.gordian.model.drl.RuleInfo;
import org.gordian.model.CaseDef;
import org.gordian.model.Located;
import org.gordian.model.MoveDef;
import org.gordian.model.Scenario;

/**
 * Checks a case without evaluating its deal space: reads the case file, compiles the rules, binds
 * the baseline and every scenario (context facts, switched-off positions, added rules), evaluates
 * the listed deals once, and looks for likely mistakes. Every problem comes back, none thrown.
 *
 * <pre>{@code
 * List<Diagnostic> problems = Check.run(Path.of("examples/my-case"));
 * problems.forEach(System.out::println);   // path:line:col: message
 * boolean ok = problems.stream().noneMatch(Diagnostic::isError);
 * }</pre>
 *
 * <p>Warnings: rules without {@code @party}/{@code @position} (their results cannot be switched
 * off by a scenario), moves no rule names by id, kind, scope or tag in a literal of its code, and names rules ask
 * about that the case does not define. A position a scenario switches off that no rule holds is an
 * error, as it is for {@code run}.
 */
public final class Check {
  private Check() {}

  /** The time a check may take by default: it evaluates only the listed deals. */
  public static final long DEFAULT_TIME_LIMIT_MILLIS = 60_000;

  /**
   * Every problem in a case and its rules, within the default time limit; see
   * {@link #run(Path, long, LoadOptions)}.
   */
  public static List<Diagnostic> run(Path caseFile) {
    return run(caseFile, DEFAULT_TIME_LIMIT_MILLIS, LoadOptions.DEFAULT);
  }

  /**
   * Every problem in a case and its rules, errors and warnings, in the order found, without
   * duplicates; a check that takes longer than the time limit (a rule that does not end) ends with
   * an error saying which rule on which deal was running.
   *
   * @param timeLimitMillis the longest the check may take, 0 for no limit
   * @param load how the case and its rules are loaded (rules outside the project, the rule cache)
   */
  public static List<Diagnostic> run(Path caseFile, long timeLimitMillis, LoadOptions load) {
    return result(caseFile, timeLimitMillis, load).problems();
  }

  /**
   * What a check finds, with the settings that failures point to ({@link GordianException#hint()}),
   * such as the time limit or rules outside the project; see {@link #run(Path, long, LoadOptions)}.
   */
  public static CheckResult result(Path caseFile, long timeLimitMillis, LoadOptions load) {
    Deadline deadline = Deadline.in(timeLimitMillis);
    Set<Hint> hints = java.util.Collections.synchronizedSet(new LinkedHashSet<>());
    List<Diagnostic> problems;
    try {
      problems = Guard.within(deadline, () -> check(caseFile, deadline, load, hints));
    } catch (GordianException e) {
      hint(e, hints);
      problems = List.copyOf(e.diagnostics());
    }
    return new CheckResult(caseFile, problems, List.copyOf(hints));
  }

  private static void hint(GordianException e, Set<Hint> hints) {
    if (e.hint() != null) {
      hints.add(e.hint());
    }
  }

  private static List<Diagnostic> check(Path caseFile, Deadline deadline, LoadOptions load, Set<Hint> hints) {
    Set<Diagnostic> out = new LinkedHashSet<>();
    CaseDef def;
    try {
      def = CaseLoader.load(caseFile, load.rulesOutside());
    } catch (GordianException e) {
      hint(e, hints);
      return List.copyOf(e.diagnostics());
    }
    Gordian gordian;
    try {
      gordian = Gordian.loadUnchecked(caseFile, load);
    } catch (GordianException e) {
      hint(e, hints);
      out.addAll(e.diagnostics());
      scanRules(def, def.rules(), out);
      return List.copyOf(out);
    }
    out.addAll(org.gordian.load.CaseChecks.againstRules(def, gordian.rulebook()));
    out.addAll(gordian.rulebook().warnings());
    // The rules of every run: a scenario may add rule files whose positions name a faction.
    List<org.gordian.engine.Rulebook> rulebooks = new ArrayList<>(List.of(gordian.rulebook()));
    List<Located<Path>> allRules = new ArrayList<>(def.rules());
    List<Scenario> runs = new ArrayList<>();
    runs.add(null);
    runs.addAll(def.scenarios());
    for (Scenario s : runs) {
      if (s != null) {
        allRules.addAll(s.rules());
      }
      try {
        RunOptions options = RunOptions.defaults().withScenario(s == null ? null : s.id())
            .withEngine(EngineOptions.DEFAULT.withMemo(false));
        Engine engine;
        try (CaseRun run = gordian.bind(options, deadline)) {
          engine = run.engine();
          rulebooks.add(engine.rulebook());
          run.evaluateListed();
        }
        for (Diagnostic w : engine.unknownNameWarnings()) {
          out.add(w.file() != null ? RuleSources.relocate(w, tables(allRules)) : Diagnostic.warning(def.file(), 0, 0,
              w.message()));
        }
      } catch (GordianException e) {
        hint(e, hints);
      hint(e, hints);
        // Each place is reported once, even when binding a scenario finds what the checks above found.
        for (Diagnostic d : e.diagnostics()) {
          boolean known = out.stream().anyMatch(o -> o.isError() && java.util.Objects.equals(o.file(), d.file())
              && o.line() == d.line() && o.line() > 0);
          if (!known) {
            out.add(d);
          }
        }
      }
    }
    out.addAll(org.gordian.load.CaseChecks.factionsWithoutPositions(def, rulebooks));
    scanRules(def, allRules, out);
    return List.copyOf(out);
  }

  /**
   * Warns about positions none of whose rules names a source, about unknown confidence words, and
   * about context facts without a source: reports could not say what a verdict rests on.
   */
  private static void evidence(CaseDef def, List<RuleFile> files, Set<Diagnostic> out) {
    java.util.Map<String, Diagnostic> unsourced = new java.util.LinkedHashMap<>();
    Set<String> sourced = new java.util.HashSet<>();
    for (RuleFile f : files) {
      for (RuleInfo r : f.rules()) {
        String position = r.meta("party") + "/" + r.meta("position");
        if (r.meta("party").isEmpty() || r.meta("position").isEmpty()) {
          continue;
        }
        String confidence = r.meta("confidence");
        if (!confidence.isEmpty() && org.gordian.model.Evidence.Confidence.of(confidence).isEmpty()) {
          out.add(Diagnostic.warning(f.path(), r.line(), 0, Message.RULE_CONFIDENCE_UNKNOWN.say(r.name(),
              confidence)));
        }
        if (!r.meta("source").isBlank()) {
          sourced.add(position);
        } else {
          unsourced.putIfAbsent(position, Diagnostic.warning(f.path(), r.line(), 0, Message.POSITION_WITHOUT_SOURCE.say(position)));
        }
      }
    }
    unsourced.forEach((position, warning) -> {
      if (!sourced.contains(position)) {
        out.add(warning);
      }
    });
    for (org.gordian.model.ContextFact c : def.context()) {
      if (c.evidence() == null) {
        out.add(c.loc().warning(Message.CONTEXT_FACT_WITHOUT_SOURCE.say(c.id())));
      }
    }
  }

  /**
   * The decision tables among the rule files, read again: what is found in the DRL a table made
   * is reported at its row and cell ({@link RuleSources#relocate}).
   */
  private static java.util.Map<Path, RuleSources.Source> tables(List<Located<Path>> sources) {
    java.util.Map<Path, RuleSources.Source> out = new java.util.HashMap<>();
    for (Path f : RuleLoader.ruleFiles(sources, new Problems())) {
      if (org.gordian.engine.drools.DecisionTables.isTable(f)) {
        try {
          out.put(f, RuleSources.read(f));
        } catch (GordianException e) {
          // reported when the rules are loaded
        }
      }
    }
    return out;
  }

  private static void scanRules(CaseDef def, List<Located<Path>> sources, Set<Diagnostic> found) {
    Set<Diagnostic> out = new LinkedHashSet<>();
    scanDrl(def, sources, out);
    java.util.Map<Path, RuleSources.Source> tables = tables(sources);
    out.forEach(d -> found.add(RuleSources.relocate(d, tables)));
  }

  private static void scanDrl(CaseDef def, List<Located<Path>> sources, Set<Diagnostic> out) {
    List<RuleFile> files;
    try {
      files = RuleLoader.read(RuleLoader.ruleFiles(sources, new Problems()));
    } catch (GordianException e) {
      return;
    }
    evidence(def, files, out);
    for (RuleFile f : files) {
      for (RuleInfo r : f.rules()) {
        boolean party = r.metadata().containsKey("party");
        boolean position = r.metadata().containsKey("position");
        // Derivation rules (they only derive consequences) need no party or position.
        if ((!party || !position) && !r.makes("Consequence")) {
          out.add(Diagnostic.warning(f.path(), r.line(), 0, Message.RULE_WITHOUT_HOLDER.say(r.name(),
              (party ? "@position" : position ? "@party" : "@party or @position"))));
        }
      }
    }
    if (files.stream().anyMatch(f -> !f.parsed())) {
      return;   // what a file the parser rejects names is unknown; its errors are reported already
    }
    // Names the rules' code holds in literals (conditions, consequences, functions), not in comments.
    Set<String> named = new java.util.HashSet<>();
    files.forEach(f -> named.addAll(f.literals()));
    for (MoveDef m : def.moves()) {
      List<String> names = new ArrayList<>(List.of(m.id(), m.kind()));
      if (m.scope() != null) {
        names.add(m.scope());
      }
      names.addAll(m.tags());
      boolean mentioned = names.stream().filter(n -> n != null).anyMatch(named::contains);
      if (!mentioned) {
        out.add(m.loc().warning(Message.MOVE_UNUSED.say(m.id(), m.kind(),
            (m.tags().isEmpty() ? "" : Message.OR_ITS_TAGS.say(m.tags())))));
      }
    }
  }
}
