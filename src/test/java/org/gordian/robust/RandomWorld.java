package org.gordian.robust;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import org.gordian.Gordian;
import org.gordian.model.DealDef;
import org.gordian.model.Loc;

/**
 * A random but valid case: parties, moves of a few kinds, listed deals, bounds, and a rule folder
 * of DRL rules built from templates with random thresholds, each rule its own position. Built
 * from a seed, written to a temporary folder and compiled once per seed.
 */
final class RandomWorld {
  private static final Map<Integer, RandomWorld> CACHE = new ConcurrentHashMap<>();
  static final String[] KINDS = {"relief", "freeze", "aid", "inspection"};

  final int seed;
  final List<String> parties = new ArrayList<>();
  final List<String> moves = new ArrayList<>();
  final List<String> positions = new ArrayList<>();
  final Path caseFile;
  final Gordian gordian;

  private static final List<Integer> INFORMATIVE = new ArrayList<>();

  /**
   * The i-th world, counting only those where some generated deals are feasible and some are
   * vetoed (in a world where every deal is feasible, or none is, the invariants say little).
   */
  static synchronized RandomWorld informative(int i) {
    int seed = INFORMATIVE.isEmpty() ? 0 : INFORMATIVE.get(INFORMATIVE.size() - 1) + 1;
    while (INFORMATIVE.size() <= i) {
      RandomWorld w = of(seed);
      var space = w.gordian.run(org.gordian.RunOptions.defaults().withThreads(1, 4096)).space();
      if (space.feasible() > 0 && space.feasible() < space.evaluated()) {
        INFORMATIVE.add(seed);
      }
      seed++;
    }
    return of(INFORMATIVE.get(i));
  }

  /** The world for a seed, built and compiled on first use. */
  static RandomWorld of(int seed) {
    return CACHE.computeIfAbsent(seed, RandomWorld::new);
  }

  private RandomWorld(int seed) {
    this.seed = seed;
    Random r = new Random(seed * 7919L + 17);
    int nParties = 2 + r.nextInt(2);
    for (int i = 1; i <= nParties; i++) {
      parties.add("P" + i);
    }
    StringBuilder c = new StringBuilder("# Generated for property tests, seed " + seed + "\nid: world-" + seed
        + "\nrules:\n  - rules\nparties:\n");
    parties.forEach(p -> c.append("  - id: ").append(p).append('\n'));
    c.append("moves:\n");
    int nMoves = 4 + r.nextInt(4);
    for (int i = 0; i < nMoves; i++) {
      String id = "m" + i;
      moves.add(id);
      c.append("  - id: ").append(id).append("\n    party: ").append(parties.get(r.nextInt(nParties)))
          .append("\n    kind: ").append(KINDS[r.nextInt(KINDS.length)]).append('\n');
    }
    StringBuilder drl = new StringBuilder("package world;\n\nimport org.gordian.facts.Deal;\n"
        + "import org.gordian.facts.Veto;\nimport org.gordian.facts.Concern;\n");
    int nRules = 3 + r.nextInt(3);
    for (int i = 0; i < nRules; i++) {
      String party = parties.get(r.nextInt(nParties));
      String position = "pos-" + i;
      positions.add(party + "/" + position);
      String k1 = KINDS[r.nextInt(KINDS.length)];
      String k2 = KINDS[r.nextInt(KINDS.length)];
      int t = 1 + r.nextInt(3);
      String when;
      String then;
      switch (r.nextInt(5)) {
        case 0 -> {
          when = "countOfKind(\"" + k1 + "\") >= " + t;
          then = "insertLogical(new Veto(\"too much " + k1 + "\"));";
        }
        case 1 -> {
          when = "hasKindBy(\"" + k1 + "\", \"" + parties.get(r.nextInt(nParties)) + "\"), !hasKind(\"" + k2 + "\")";
          then = "insertLogical(new Veto(\"" + k1 + " without " + k2 + "\"));";
        }
        case 2 -> {
          when = "firstPhaseOfKind(\"" + k1 + "\") > 0, firstPhaseOfKind(\"" + k1 + "\") <= lastPhaseOfKind(\"" + k2
              + "\")";
          then = "insertLogical(new Veto(\"" + k1 + " too early\"));";
        }
        case 3 -> {
          when = "size >= " + t;
          then = "insertLogical(new Concern(" + (t - 2) + ", \"size " + t + "\"));";
        }
        default -> {
          when = "countBy(\"" + party + "\") > " + t;
          then = "insertLogical(new Veto(\"" + party + " gives too much\"));";
        }
      }
      drl.append("\n// Template rule ").append(i).append(".\nrule \"Rule ").append(i).append("\"\n  @party(\"")
          .append(party).append("\") @position(\"").append(position).append("\")\nwhen\n  $d : Deal( ")
          .append(when).append(" )\nthen\n  ").append(then).append("\nend\n");
    }
    c.append("deals:\n");
    for (int d = 0; d < 2; d++) {
      c.append("  - id: listed-").append(d).append("\n    moves:\n");
      Map<String, Integer> deal = randomDeal(r, 1 + r.nextInt(3));
      deal.forEach((m, p) -> c.append("      ").append(m).append(": ").append(p).append('\n'));
    }
    c.append("bounds:\n  max-moves: 3\n  phases: 2\nscenarios:\n  - id: all-off\n    disable:\n");
    positions.forEach(p -> c.append("      - ").append(p).append('\n'));
    for (int i = 0; i < positions.size(); i++) {
      c.append("  - id: off-").append(i).append("\n    disable: [").append(positions.get(i)).append("]\n");
    }
    try {
      Path dir = Files.createTempDirectory("gordian-world-");
      Files.createDirectories(dir.resolve("rules"));
      Files.writeString(dir.resolve("rules/world.drl"), drl);
      caseFile = Files.writeString(dir.resolve("case.yaml"), c);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    gordian = Gordian.load(caseFile);
  }

  private Map<String, Integer> randomDeal(Random r, int size) {
    List<Integer> picks = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      picks.add(r.nextInt(64));
    }
    return phases(picks);
  }

  /** A deal from arbitrary numbers: each picks a move and a phase; phases are renumbered 1..k. */
  Map<String, Integer> phases(List<Integer> picks) {
    Map<String, Integer> raw = new LinkedHashMap<>();
    for (int pick : picks) {
      raw.putIfAbsent(moves.get(Math.floorMod(pick, moves.size())), 1 + Math.floorMod(pick / moves.size(), 3));
    }
    List<Integer> used = raw.values().stream().distinct().sorted().toList();
    Map<String, Integer> out = new LinkedHashMap<>();
    raw.forEach((m, p) -> out.put(m, used.indexOf(p) + 1));
    return out;
  }

  DealDef deal(String id, List<Integer> picks) {
    return new DealDef(id, id, null, phases(picks), Loc.of(caseFile));
  }
}
