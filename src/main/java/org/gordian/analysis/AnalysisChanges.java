package org.gordian.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gordian.model.PositionRef;

/**
 * How the analyses' conclusions changed between two runs: knots that appeared, vanished or changed
 * (kind or positions), minimal relaxations that changed for a deal both sides list, and the
 * headlines (the Nash deal, the position most often the only obstacle, the acceptable deals).
 *
 * @param knotsAppeared knots on the right only
 * @param knotsVanished knots on the left only
 * @param knotsChanged knots of the same moves whose kind or positions differ, as left → right pairs
 * @param relaxations the listed deals whose minimal relaxations differ
 * @param headlines each headline whose value differs
 */
public record AnalysisChanges(List<Knot> knotsAppeared, List<Knot> knotsVanished, List<KnotChange> knotsChanged,
    List<RelaxationChange> relaxations, List<Headline> headlines) {

  /** A knot of the same moves on both sides, tied differently. */
  public record KnotChange(Knot from, Knot to) {}

  /**
   * A deal's minimal relaxations on each side (empty: none found, or the deal is feasible there).
   *
   * @param fromFeasible whether the deal is feasible on the left (and so needs no relaxation)
   * @param toFeasible whether it is feasible on the right
   */
  public record RelaxationChange(String dealId, List<List<PositionRef>> from, List<List<PositionRef>> to,
      boolean fromFeasible, boolean toFeasible) {}

  /** One headline conclusion on each side, in words ({@code none} when there is none). */
  public record Headline(String name, String from, String to) {}

  /** Whether no conclusion changed. */
  public boolean unchanged() {
    return knotsAppeared.isEmpty() && knotsVanished.isEmpty() && knotsChanged.isEmpty() && relaxations.isEmpty()
        && headlines.isEmpty();
  }

  /** Compares the analyses of two runs of one case. */
  public static AnalysisChanges of(RunResult from, RunResult to) {
    Map<List<String>, Knot> left = byMoves(from.analyses().knots());
    Map<List<String>, Knot> right = byMoves(to.analyses().knots());
    List<Knot> appeared = new ArrayList<>();
    List<Knot> vanished = new ArrayList<>();
    List<KnotChange> changed = new ArrayList<>();
    left.forEach((moves, k) -> {
      Knot other = right.get(moves);
      if (other == null) {
        vanished.add(k);
      } else if (k.kind() != other.kind() || !k.positions().equals(other.positions())) {
        changed.add(new KnotChange(k, other));
      }
    });
    right.forEach((moves, k) -> {
      if (!left.containsKey(moves)) {
        appeared.add(k);
      }
    });
    List<RelaxationChange> relaxations = new ArrayList<>();
    for (DealOutcome d : from.listed()) {
      if (to.listedDeal(d.id()).isEmpty()) {
        continue;
      }
      List<List<PositionRef>> a = sets(from.analyses(), d.id());
      List<List<PositionRef>> b = sets(to.analyses(), d.id());
      if (!a.equals(b)) {
        relaxations.add(new RelaxationChange(d.id(), a, b, d.feasible(), to.listedDeal(d.id()).get().feasible()));
      }
    }
    List<Headline> headlines = new ArrayList<>();
    headline(headlines, "Nash deal", nash(from), nash(to));
    headline(headlines, "acceptable generated deals", acceptable(from), acceptable(to));
    headline(headlines, "most often the only obstacle", decisive(from), decisive(to));
    return new AnalysisChanges(List.copyOf(appeared), List.copyOf(vanished), List.copyOf(changed),
        List.copyOf(relaxations), List.copyOf(headlines));
  }

  private static Map<List<String>, Knot> byMoves(List<Knot> knots) {
    Map<List<String>, Knot> out = new LinkedHashMap<>();
    knots.forEach(k -> out.put(k.moves(), k));
    return out;
  }

  private static List<List<PositionRef>> sets(Analyses a, String dealId) {
    return a.relaxation(dealId).map(Relaxation::sets).orElse(List.of());
  }

  private static void headline(List<Headline> out, String name, String from, String to) {
    if (!Objects.equals(from, to)) {
      out.add(new Headline(name, from, to));
    }
  }

  private static String nash(RunResult r) {
    Ranking rk = r.analyses().ranking();
    return rk == null || rk.nash() == null ? "none" : rk.nash().deal().id();
  }

  private static String acceptable(RunResult r) {
    Ranking rk = r.analyses().ranking();
    return rk == null ? "none" : rk.acceptable() + " of " + rk.feasible() + " feasible";
  }

  private static String decisive(RunResult r) {
    return r.space() == null ? "none" : r.space().mostDecisive().map(b -> b.position() + " (the only veto of "
        + b.pivotal() + ")").orElse("none");
  }
}
