package org.gordian.engine;

import java.util.Comparator;
import java.util.List;
import org.gordian.facts.Concern;
import org.gordian.facts.Consequence;
import org.gordian.facts.Veto;

/**
 * What the rules concluded about one deal: its vetoes, concerns and consequences, each sorted so
 * that the same deal always reads the same. Feasible when there is no veto.
 *
 * <p>Verdicts hold nothing of the deal itself, so deals the rules cannot tell apart share one.
 *
 * @param vetoPositions indices (in the run's {@link PositionIndex}) of the distinct vetoing
 *     positions, ascending
 */
public record Verdict(List<Veto> vetoes, List<Concern> concerns, List<Consequence> consequences, int[] vetoPositions) {

  static final Comparator<Veto> VETO_ORDER = Comparator.comparing((Veto v) -> v.getParty())
      .thenComparing(Veto::getPosition).thenComparing(v -> v.getRule().rule()).thenComparing(Veto::getReason);
  static final Comparator<Concern> CONCERN_ORDER = Comparator.comparing((Concern c) -> c.getParty())
      .thenComparing(Concern::getPosition).thenComparing(c -> c.getRule().rule()).thenComparing(Concern::getReason);
  static final Comparator<Consequence> CONSEQUENCE_ORDER = Comparator.comparing(Consequence::getId)
      .thenComparing(Consequence::getDescription).thenComparing(c -> c.getRule().rule());

  /** A verdict from unsorted results. */
  static Verdict of(List<Veto> vetoes, List<Concern> concerns, List<Consequence> consequences, PositionIndex index) {
    vetoes.sort(VETO_ORDER);
    concerns.sort(CONCERN_ORDER);
    consequences.sort(CONSEQUENCE_ORDER);
    int[] positions = new int[vetoes.size()];
    int n = 0;
    for (Veto v : vetoes) {
      int p = index.indexOf(v.getParty(), v.getPosition());
      boolean seen = false;
      for (int i = 0; i < n && !seen; i++) {
        seen = positions[i] == p;
      }
      if (!seen) {
        positions[n++] = p;
      }
    }
    positions = java.util.Arrays.copyOf(positions, n);
    java.util.Arrays.sort(positions);
    return new Verdict(List.copyOf(vetoes), List.copyOf(concerns), List.copyOf(consequences), positions);
  }

  /** A verdict that knows only which positions veto (for reference evaluators and benchmarks). */
  public static Verdict ofPositions(int[] vetoPositions) {
    return new Verdict(List.of(), List.of(), List.of(), vetoPositions);
  }

  /** No veto. */
  public boolean feasible() {
    return vetoes.isEmpty() && vetoPositions.length == 0;
  }

  /** The sum of concern weights of one party. */
  public double score(String party) {
    return concerns.stream().filter(c -> c.getParty().equals(party)).mapToDouble(Concern::getWeight).sum();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Verdict v && v.vetoes.equals(vetoes) && v.concerns.equals(concerns)
        && v.consequences.equals(consequences);
  }

  @Override
  public int hashCode() {
    return vetoes.hashCode() * 31 + concerns.hashCode();
  }
}
