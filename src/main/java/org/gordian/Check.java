package org.gordian;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gordian.diag.Diagnostic;
import org.gordian.diag.GordianException;
import org.gordian.diag.Problems;
import org.gordian.engine.Engine;
import org.gordian.engine.EngineOptions;
import org.gordian.engine.Evaluator;
import org.gordian.load.CaseLoader;
import org.gordian.load.RulesOutside;
import org.gordian.load.RuleIndex;
import org.gordian.load.RuleLoader;
import org.gordian.model.CaseDef;
import org.gordian.model.DealDef;
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
 * off by a scenario), moves no rule file mentions by id, kind, scope or tag, and names rules ask
 * about that the case does not define. A position a scenario switches off that no rule holds is an
 * error, as it is for {@code run}.
 */
public final class Check {
  private Check() {}

  /** Every problem in a case and its rules, errors and warnings, in the order found, without duplicates. */
  public static List<Diagnostic> run(Path caseFile) {
    return run(caseFile, RulesOutside.REFUSED);
  }

  /** As {@link #run(Path)}, with the case's rule folders allowed outside its project or not. */
  public static List<Diagnostic> run(Path caseFile, RulesOutside outside) {
    Set<Diagnostic> out = new LinkedHashSet<>();
    CaseDef def;
    try {
      def = CaseLoader.load(caseFile, outside);
    } catch (GordianException e) {
      return List.copyOf(e.diagnostics());
    }
    Gordian gordian;
    try {
      gordian = Gordian.loadUnchecked(caseFile, outside);
    } catch (GordianException e) {
      out.addAll(e.diagnostics());
      scanRules(def, def.rules(), out);
      return List.copyOf(out);
    }
    out.addAll(org.gordian.load.CaseChecks.againstRules(def, gordian.rulebook()));
    out.addAll(gordian.rulebook().warnings());
    List<Located<Path>> allRules = new ArrayList<>(def.rules());
    List<Scenario> runs = new ArrayList<>();
    runs.add(null);
    runs.addAll(def.scenarios());
    for (Scenario s : runs) {
      if (s != null) {
        allRules.addAll(s.rules());
      }
      try {
        Engine engine = gordian.engine(s, EngineOptions.DEFAULT.withMemo(false));
        try (Evaluator ev = engine.newEvaluator()) {
          for (DealDef d : gordian.listedDeals(s)) {
            Gordian.evaluate(engine, ev, d);
          }
        }
        for (Diagnostic w : engine.unknownNameWarnings()) {
          out.add(w.file() != null ? w : Diagnostic.warning(def.file(), 0, 0, w.message()));
        }
      } catch (GordianException e) {
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
    scanRules(def, allRules, out);
    return List.copyOf(out);
  }

  private static void scanRules(CaseDef def, List<Located<Path>> sources, Set<Diagnostic> out) {
    Problems ignored = new Problems();
    List<RuleIndex.DrlText> texts;
    try {
      texts = RuleIndex.read(RuleLoader.drlFiles(sources, ignored));
    } catch (GordianException e) {
      return;
    }
    for (RuleIndex.WrittenRule r : RuleIndex.rules(texts)) {
      // Derivation rules (they only derive consequences) need no party or position.
      if ((!r.hasParty() || !r.hasPosition()) && !r.derives()) {
        out.add(Diagnostic.warning(r.file(), r.line(), 0, "rule '" + r.name() + "' has no "
            + (r.hasParty() ? "@position" : r.hasPosition() ? "@party" : "@party or @position")
            + "; no scenario can switch it off and reports cannot say whose position it is"));
      }
    }
    StringBuilder all = new StringBuilder();
    texts.forEach(t -> all.append(t.text()).append('\n'));
    String drl = all.toString();
    for (MoveDef m : def.moves()) {
      List<String> names = new ArrayList<>(List.of(m.id(), m.kind()));
      if (m.scope() != null) {
        names.add(m.scope());
      }
      names.addAll(m.tags());
      boolean mentioned = names.stream().filter(n -> n != null).anyMatch(n -> drl.contains("\"" + n + "\""));
      if (!mentioned) {
        out.add(m.loc().warning("no rule mentions move '" + m.id() + "', its kind '" + m.kind() + "'"
            + (m.tags().isEmpty() ? "" : " or its tags " + m.tags()) + "; no position reacts to it"));
      }
    }
  }
}
