package org.gordian;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.gordian.analysis.Headlines;
import org.gordian.analysis.Perturbation;
import org.gordian.analysis.Perturbations;
import org.gordian.analysis.RunResult;
import org.gordian.analysis.Sensitivity;
import org.gordian.diag.GordianException;
import org.gordian.diag.RunFailure;
import org.gordian.engine.Rulebook;
import org.gordian.load.RuleLoader;
import org.gordian.model.ContextFact;
import org.gordian.model.Loc;
import org.gordian.model.Located;
import org.gordian.model.PositionRef;
import org.gordian.model.Scenario;
import org.gordian.run.CaseRun;
import org.gordian.run.Guard;
import org.gordian.run.LoadedCase;
import org.gordian.space.Deadline;
import org.gordian.space.Progress;

/**
 * Sensitivity analysis: runs a case, then runs it again under each single small change of its
 * model — each position switched off, each veto rule made a concern, each context field through its
 * other values, each phase comparison in a rule's conditions made strict or non-strict and read at
 * the other end of the phases — and says which headline conclusions survive every change (robust)
 * and which some change flips (fragile), naming the changes.
 *
 * <pre>{@code
 * Gordian gordian = Gordian.load(Path.of("examples/my-case"));
 * RunResult result = Robustness.run(gordian, RunOptions.defaults());
 * for (Sensitivity.Conclusion c : result.sensitivity().fragile()) {
 *   System.out.println(c.about() + " " + c.holds() + ": flipped by " + c.flips().get(0).change().label());
 * }
 * }</pre>
 *
 * <p>Changes that switch positions off or change context reuse the compiled rules (a scenario does
 * the same); a rule change compiles a copy of the rule texts in memory, once per change, and the
 * user's files are never written. The changed runs go through the same evaluation core as any run
 * (listed deals, the generated space within the same bounds, the analyses), one change per thread,
 * so the answer is the same whatever the thread count. The whole of it keeps the options' time limit.
 */
public final class Robustness {
  private Robustness() {}

  /**
   * Runs the case as the options say and adds its sensitivity analysis to the result.
   *
   * @throws GordianException when the run itself cannot be made, or the time limit passes; a change
   *     whose own run fails is reported as untested instead
   */
  public static RunResult run(Gordian gordian, RunOptions options) {
    return run(gordian, options, true);
  }

  /**
   * Runs the case and adds its sensitivity analysis, compiling each changed copy of the rules
   * either into a knowledge base the thread keeps, where only the changed file's rules are compiled
   * again ({@code reuse}, the default; the rule sets whose outcome could hang on the order rules
   * fire in are compiled afresh anyway), or afresh every time. Both give the same answer; the switch
   * lets a test show it.
   *
   * @throws GordianException when the run itself cannot be made, or the time limit passes
   */
  public static RunResult run(Gordian gordian, RunOptions options, boolean reuse) {
    Deadline deadline = Deadline.in(options.timeLimitMillis());
    return Guard.within(deadline, () -> {
      LoadedCase loaded = gordian.loaded();
      RunResult base;
      Scenario scenario;
      Rulebook rules;
      try (CaseRun run = loaded.bind(options.scenario(), options.engine(), options.walk(), deadline)) {
        base = gordian.run(run, options);
        scenario = run.scenario();
        rules = run.engine().rulebook();
      }
      return base.withSensitivity(sensitivity(gordian, options, deadline, base, scenario, rules, reuse));
    });
  }

  private static Sensitivity sensitivity(Gordian gordian, RunOptions options, Deadline deadline, RunResult base,
      Scenario scenario, Rulebook rules, boolean reuse) {
    LoadedCase loaded = gordian.loaded();
    Loc here = Loc.of(gordian.caseDef().file());
    Scenario flat = flat(scenario, here);
    LoadedCase same = new LoadedCase(loaded.caseDef(), loaded.ruleSources(), rules, loaded.loadOptions());
    List<Perturbation> off = Perturbations.positionsOff(base.positions(), base.disabled());
    List<Perturbation> context = Perturbations.contexts(loaded.context(flat), gordian.caseDef(), rules.sources());
    List<Perturbations.RuleEdit> edits = Perturbations.ruleEdits(rules.sources(), base.disabled());
    // A changed run needs the headlines only: no neighbourhoods (nearest deals are no headline), and
    // no answer over every deal of the case.
    RunOptions quiet = options.toBuilder().threads(1).keepFeasible(0).keepNearMisses(0).explain(List.of())
        .neighbourhoodBudget(0).wholeSpace(false).progress(Progress.NONE).notice(s -> {})
        .uncertainty(org.gordian.analysis.Uncertainty.Options.OFF).build();
    List<java.util.concurrent.Callable<Sensitivity.Trial>> tasks = new ArrayList<>();
    for (Perturbation p : off) {
      List<Located<PositionRef>> disable = new ArrayList<>(flat.disable());
      disable.add(new Located<>(p.position(), here));
      Scenario s = flat.with(disable, flat.context());
      tasks.add(() -> trial(gordian, same, s, p, quiet, deadline));
    }
    for (Perturbation p : context) {
      Map<String, ContextFact> changes = new LinkedHashMap<>(flat.context());
      ContextFact before = changes.get(p.context());
      Map<String, Object> fields = new LinkedHashMap<>(before == null ? Map.of() : before.fields());
      fields.put(p.field(), p.value());
      changes.put(p.context(), new ContextFact(p.context(), before == null ? null : before.type(), fields,
          before == null ? Map.of() : before.fieldLocs(), here,
          new org.gordian.model.Evidence("a single change tried by sensitivity analysis", "", null)));
      Scenario s = flat.with(flat.disable(), changes);
      tasks.add(() -> trial(gordian, same, s, p, quiet, deadline));
    }
    // Each thread keeps the rules it compiled last and compiles the next variant into them in place:
    // only the files that differ (the one changed now, the one changed before) are compiled again.
    ThreadLocal<Rulebook> kept = new ThreadLocal<>();
    for (Perturbations.RuleEdit e : edits) {
      tasks.add(() -> {
        Map<java.nio.file.Path, String> texts = new LinkedHashMap<>(rules.texts());
        texts.put(e.file(), e.text());
        Rulebook changed;
        Rulebook last = kept.get();
        kept.remove();
        try {
          changed = reuse && last != null ? RuleLoader.updateTexts(last, texts) : RuleLoader.compileTexts(texts);
        } catch (GordianException x) {
          return new Sensitivity.Trial(e.perturbation(), null, "the changed rule does not compile: " + first(x));
        }
        if (reuse) {
          kept.set(changed);
        }
        LoadedCase edited = new LoadedCase(loaded.caseDef(), loaded.ruleSources(), changed, loaded.loadOptions());
        return trial(gordian, edited, flat, e.perturbation(), quiet, deadline);
      });
    }
    int threads = Math.max(1, Math.min(options.threads(), tasks.size()));
    long concerns = edits.stream().filter(e -> e.perturbation().kind() == Perturbation.Kind.VETO_AS_CONCERN).count();
    options.notice().accept(String.format("Sensitivity: rerunning under %d single changes (%d positions off, %d"
        + " vetoes as concerns, %d context values, %d phase comparisons) on %d thread%s", tasks.size(), off.size(),
        concerns, context.size(), edits.size() - concerns, threads, threads == 1 ? "" : "s"));
    List<Sensitivity.Trial> trials = runAll(tasks, threads);
    long generated = base.space() == null ? -1 : base.space().size();
    return Sensitivity.of(base.scenarioId(), generated, Headlines.of(base), base.analyses() != null, trials);
  }

  /** The scenario as one that adds no rules (the rules it adds are compiled in already): the changes build on it. */
  private static Scenario flat(Scenario s, Loc here) {
    if (s == null) {
      return new Scenario("baseline", "the case as written", List.of(), Map.of(), List.of(), List.of(), here, null);
    }
    return new Scenario(s.id(), s.description(), s.disable(), s.context(), List.of(), s.deals(), s.loc(), s.bounds(),
        s.factions());
  }

  private static Sensitivity.Trial trial(Gordian gordian, LoadedCase loaded, Scenario s, Perturbation p,
      RunOptions options, Deadline deadline) {
    try (CaseRun run = loaded.bind(s, options.engine(), options.walk(), deadline)) {
      return new Sensitivity.Trial(p, Headlines.of(gordian.run(run, options)), null);
    } catch (RunFailure e) {
      if (deadline.passed()) {
        throw e;
      }
      return new Sensitivity.Trial(p, null, first(e));
    } catch (GordianException e) {
      return new Sensitivity.Trial(p, null, first(e));
    }
  }

  private static String first(GordianException e) {
    List<org.gordian.diag.Diagnostic> d = e.diagnostics();
    if (d.isEmpty()) {
      return String.valueOf(e.getMessage());
    }
    return d.get(0) + (d.size() > 1 ? " (and " + (d.size() - 1) + " more)" : "");
  }

  /** Runs the tasks on this many threads and gives their results in task order. */
  private static List<Sensitivity.Trial> runAll(List<java.util.concurrent.Callable<Sensitivity.Trial>> tasks,
      int threads) {
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "gordian-sensitivity-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<Sensitivity.Trial>> futures = new ArrayList<>();
      for (var task : tasks) {
        futures.add(pool.submit(task));
      }
      List<Sensitivity.Trial> out = new ArrayList<>();
      for (Future<Sensitivity.Trial> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
