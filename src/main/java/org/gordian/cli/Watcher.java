package org.gordian.cli;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gordian.Gordian;
import org.gordian.RunOptions;
import org.gordian.analysis.DiffResult;
import org.gordian.analysis.DiffResult.DealChange;
import org.gordian.analysis.Snapshot;
import org.gordian.analysis.VetoSets;
import org.gordian.diag.Diagnostic;
import org.gordian.diag.GordianException;
import org.gordian.load.CaseLoader;
import org.gordian.load.ExpectationsLoader;
import org.gordian.load.LoadOptions;
import org.gordian.load.RuleSources;
import org.gordian.model.CaseDef;
import org.gordian.model.ExpectationsFile;
import org.gordian.model.Located;
import org.gordian.model.PositionRef;
import org.gordian.report.DiffMarkdown;
import org.gordian.report.Text;
import org.gordian.tester.TestReport;
import org.gordian.tester.TestRunner;

/**
 * Reruns a case whenever the case file, its expectations or a rule file changes, and prints what
 * changed since the previous good run. A run that fails (a rule that does not compile) prints its
 * errors and the watch goes on; the next good run is compared with the last good one.
 */
final class Watcher {
  /** How long the files must stay quiet after a change before the case is rerun (editors write in bursts). */
  static final long QUIET_MILLIS = 25;

  private final Path caseFile;
  private final RunOptions options;
  private final int show;
  private final PrintWriter out;
  private final VetoSets sets = new VetoSets();
  private Snapshot previous;
  private Gordian lastLoaded;
  /** Rule updates made in place since the rules were last compiled afresh. */
  private int updatedInPlace;
  /**
   * After this many updates in place the rules are compiled afresh, so that the classes of replaced
   * rules, which the rule base's class loader keeps, do not pile up over a long session.
   */
  private static final int FRESH_EVERY = 50;
  private WatchService service;
  /** The folders watched, each with its key and the identity (inode) of the folder the key watches. */
  private final java.util.Map<Path, WatchKey> keys = new java.util.HashMap<>();
  private final java.util.Map<Path, Object> identities = new java.util.HashMap<>();
  /** The case's folder and its rule folders: when one is moved away or replaced, its parent says so. */
  private final Set<Path> roots = new java.util.HashSet<>();
  /** Folders watched only to see a root come, go or be replaced; other changes in them do not count. */
  private final Set<Path> parentsOnly = new java.util.HashSet<>();
  /** Every folder ever watched, to tell a folder that came back from a new one. */
  private final Set<Path> everWatched = new java.util.HashSet<>();
  private final LoadOptions outside;

  Watcher(Path caseFile, RunOptions options, int show, PrintWriter out) {
    this(caseFile, options, show, out, LoadOptions.DEFAULT);
  }

  Watcher(Path caseFile, RunOptions options, int show, PrintWriter out, LoadOptions outside) {
    this.caseFile = CaseLoader.resolve(caseFile);
    this.options = options;
    this.show = show;
    this.out = out;
    this.outside = outside;
  }

  /** Runs once, then again after every change, until the thread is interrupted. */
  void watch() throws IOException {
    try (WatchService ws = FileSystems.getDefault().newWatchService()) {
      service = ws;
      register();
      runOnce(List.of());
      long folders = keys.keySet().stream().filter(d -> !parentsOnly.contains(d)).count();
      out.println("Watching " + folders + (folders == 1 ? " folder" : " folders") + "; press Ctrl-C to stop.");
      out.flush();
      while (!Thread.currentThread().isInterrupted()) {
        Set<Path> changed = new TreeSet<>();
        WatchKey key = ws.take();
        collect(key, changed);
        WatchKey more;
        while ((more = ws.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
          collect(more, changed);
        }
        changed.removeIf(p -> !relevant(p));
        if (changed.isEmpty()) {
          continue;
        }
        if (changed.stream().anyMatch(roots::contains)) {
          register();   // a folder was replaced: watch the new one before reading it
        }
        runOnce(List.copyOf(changed));
        register();
      }
    } catch (InterruptedException | java.nio.file.ClosedWatchServiceException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void collect(WatchKey key, Set<Path> changed) {
    Path dir = (Path) key.watchable();
    boolean onlyRoots = parentsOnly.contains(dir) && !roots.contains(dir);
    for (WatchEvent<?> e : key.pollEvents()) {
      if (e.context() instanceof Path p) {
        Path full = dir.resolve(p);
        if (!onlyRoots || roots.contains(full)) {
          changed.add(full);
        }
      }
    }
    if (!key.reset()) {
      // The folder is gone (deleted, or its file system unmounted): forget it so that a new one is watched.
      keys.remove(dir, key);
      identities.remove(dir);
    }
  }

  private boolean relevant(Path p) {
    String name = p.getFileName().toString();
    return roots.contains(p) || !name.startsWith(".") && (RuleSources.isRuleFile(p) || name.endsWith(".dsl") || name.endsWith(".yaml")
        || name.endsWith(".yml") || Files.isDirectory(p));
  }

  /**
   * Watches the case's folder and every rule folder it (or a scenario) names, with their
   * subfolders, and the parent of each of those folders so that a folder moved away and replaced
   * (mv rules rules.old; cp -r new rules) is seen and the new one watched in its place. A broken
   * case file keeps the folders known before.
   */
  private void register() throws IOException {
    Set<Path> dirs = new LinkedHashSet<>();
    Path caseDir = caseFile.toAbsolutePath().getParent();
    dirs.add(caseDir);
    roots.add(caseDir.normalize());
    try {
      CaseDef def = CaseLoader.load(caseFile, outside.rulesOutside());
      List<Located<Path>> rules = new java.util.ArrayList<>(def.rules());
      def.scenarios().forEach(s -> rules.addAll(s.rules()));
      for (Located<Path> r : rules) {
        Path p = r.value().toAbsolutePath().normalize();
        roots.add(p);
        if (Files.isDirectory(p)) {
          try (Stream<Path> walk = Files.walk(p)) {
            walk.filter(Files::isDirectory).forEach(dirs::add);
          }
        } else if (p.getParent() != null && Files.isDirectory(p.getParent())) {
          dirs.add(p.getParent());
        }
      }
    } catch (GordianException e) {
      // the run has reported it; keep watching what is known
    }
    for (Path root : roots) {
      Path parent = root.getParent();
      if (parent != null && Files.isDirectory(parent) && !dirs.contains(parent)) {
        parentsOnly.add(parent);
        watch(parent);
      }
    }
    for (Path d : dirs) {
      parentsOnly.remove(d.toAbsolutePath().normalize());
      watch(d);
    }
  }

  /** Watches a folder, again when the folder at its path is not the one watched before (it was replaced). */
  private void watch(Path d) throws IOException {
    Path abs = d.toAbsolutePath().normalize();
    Object identity;
    try {
      identity = Files.readAttributes(abs, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
    } catch (IOException e) {
      return;   // gone between listing and watching; its parent will say when it is back
    }
    WatchKey old = keys.get(abs);
    if (old != null && old.isValid() && java.util.Objects.equals(identities.get(abs), identity)) {
      return;
    }
    if (old != null) {
      old.cancel();
    }
    if (!everWatched.add(abs) && !parentsOnly.contains(abs)) {
      out.println("Watching " + org.gordian.diag.Paths2.display(abs) + " again: the folder was replaced.");
      out.flush();
    }
    keys.put(abs, abs.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE));
    identities.put(abs, identity);
  }

  /** Loads and runs the case and prints the summary; returns whether the run succeeded. */
  boolean runOnce(List<Path> changed) {
    long start = System.nanoTime();
    StringBuilder s = new StringBuilder();
    if (!changed.isEmpty()) {
      s.append("Changed: ").append(changed.stream().map(p -> p.getFileName().toString()).distinct()
          .collect(Collectors.joining(", "))).append('\n');
    }
    Snapshot now;
    Gordian gordian;
    long loaded;
    try {
      boolean onlyRules = lastLoaded != null && !changed.isEmpty()
          && changed.stream().allMatch(p -> RuleSources.isRuleFile(p) || p.getFileName().toString().endsWith(".dsl"));
      if (onlyRules && updatedInPlace < FRESH_EVERY) {
        gordian = lastLoaded.updateRules();
        updatedInPlace = gordian.rulebook().kieBase() == lastLoaded.rulebook().kieBase() ? updatedInPlace + 1 : 0;
      } else {
        gordian = onlyRules ? lastLoaded.reloadRules() : Gordian.load(caseFile, outside);
        updatedInPlace = 0;
      }
      lastLoaded = gordian;
      loaded = System.nanoTime();
      now = gordian.snapshot(options, sets);
    } catch (GordianException e) {
      // The rules may have been updated in part: the next run loads the case afresh.
      lastLoaded = null;
      for (Diagnostic d : e.diagnostics()) {
        s.append(d).append('\n');
      }
      s.append("Still watching; the summary below compares with the last run that worked.\n");
      out.print(s);
      out.flush();
      return false;
    }
    long end = System.nanoTime();
    long ms = (end - start) / 1_000_000;
    s.append(now.caseId()).append(" [").append(now.scenarioId()).append("]: ").append(now.listedFeasible())
        .append(" of ").append(now.listed()).append(" listed deals feasible");
    if (now.generated() >= 0) {
      s.append("; ").append(Text.count(now.generatedFeasible())).append(" of ").append(Text.count(now.generated()))
          .append(" generated deals feasible");
    }
    s.append(" (").append(ms).append(" ms: case and rules ").append((loaded - start) / 1_000_000)
        .append(" ms, deals ").append((end - loaded) / 1_000_000).append(" ms)\n");
    if (previous != null) {
      changes(now.since(previous, show), s);
    }
    previous = now;
    out.print(s);
    out.flush();
    expectations(gordian);
    return true;
  }

  private static void changes(DiffResult d, StringBuilder s) {
    if (d.unchanged()) {
      s.append("  no deal changed since the previous run\n");
      return;
    }
    for (DealChange c : d.listed()) {
      line(c, s, "  ");
    }
    if (d.generated() != null && d.generated().changed() > 0) {
      DiffResult.Generated g = d.generated();
      s.append("  generated: ").append(Text.count(g.becameFeasible())).append(" became feasible, ")
          .append(Text.count(g.becameInfeasible())).append(" became infeasible, ")
          .append(Text.count(g.vetoesChanged())).append(" vetoed by other positions; feasible ")
          .append(Text.count(g.fromFeasible())).append(" → ").append(Text.count(g.toFeasible())).append('\n');
      for (DealChange c : g.examples()) {
        line(c, s, "    ");
      }
    } else if (d.generated() == null) {
      s.append("  generated deals not compared (the space or its bounds changed)\n");
    }
  }

  private static void line(DealChange c, StringBuilder s, String indent) {
    s.append(indent).append(c.id()).append(": ").append(DiffMarkdown.words(c.change()));
    if (!c.appeared().isEmpty()) {
      s.append("; veto by ").append(names(c.appeared())).append(" appeared");
    }
    if (!c.disappeared().isEmpty()) {
      s.append("; veto by ").append(names(c.disappeared())).append(" gone");
    }
    s.append('\n');
  }

  private static String names(List<PositionRef> ps) {
    return ps.stream().map(PositionRef::toString).collect(Collectors.joining(", "));
  }

  private void expectations(Gordian gordian) {
    Path file = caseFile.toAbsolutePath().getParent().resolve(ExpectationsLoader.FILE);
    if (!Files.isRegularFile(file)) {
      return;
    }
    StringBuilder s = new StringBuilder();
    try {
      ExpectationsFile ef = ExpectationsLoader.load(file);
      TestReport r = TestRunner.run(gordian, ef, options);
      for (TestReport.Outcome o : r.outcomes()) {
        if (!o.passed()) {
          s.append("  FAIL ").append(o.expectation().loc().shortForm()).append(' ').append(o.summary())
              .append(": expected ").append(o.expected()).append(", actual ").append(o.actual()).append('\n');
        }
      }
      s.append("  expectations: ").append(r.passed()).append(" passed, ").append(r.failed()).append(" failed\n");
    } catch (GordianException e) {
      e.diagnostics().forEach(d -> s.append(d).append('\n'));
    }
    out.print(s);
    out.flush();
  }
}
