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
 * <p>Verdicts hold nothing of the deal itself, so deals the rules cannot tell apart share one; a
 * run reads the same verdict for many deals, so what it reads of each (whether it is feasible,
 * the concerns' total) is worked out once, here.
 */
public final class Verdict {
  private final List<Veto> vetoes;
  private final List<Concern> concerns;
  private final List<Consequence> consequences;
  private final int[] vetoPositions;
  private final boolean feasible;
  private final double concernTotal;
  private final boolean empty;

  /** No veto, no concern, no consequence. */
  static final Verdict NONE = new Verdict(List.of(), List.of(), List.of(), new int[0]);

  /**
   * @param vetoPositions indices (in the run's {@link PositionIndex}) of the distinct vetoing
   *     positions, ascending
   */
  public Verdict(List<Veto> vetoes, List<Concern> concerns, List<Consequence> consequences, int[] vetoPositions) {
    this.vetoes = vetoes;
    this.concerns = concerns;
    this.consequences = consequences;
    this.vetoPositions = vetoPositions;
    this.feasible = vetoes.isEmpty() && vetoPositions.length == 0;
    double total = 0;
    for (Concern c : concerns) {
      total += c.getWeight();
    }
    this.concernTotal = total;
    this.empty = feasible && concerns.isEmpty() && consequences.isEmpty();
  }

  /** Whether the rules concluded nothing at all: no veto, no concern, no consequence. */
  boolean empty() {
    return empty;
  }

  public List<Veto> vetoes() {
    return vetoes;
  }

  public List<Concern> concerns() {
    return concerns;
  }

  public List<Consequence> consequences() {
    return consequences;
  }

  public int[] vetoPositions() {
    return vetoPositions;
  }

  /** The sum of all concern weights, of every party. */
  public double concernTotal() {
    return concernTotal;
  }

  /** By party, position and rule name, then reason. */
  static final Comparator<Veto> VETO_ORDER = (a, b) -> {
    int c = compareRules(a.getRule(), b.getRule());
    return c != 0 ? c : a.getReason().compareTo(b.getReason());
  };
  /**
   * By party, position and rule name, then reason, then weight: only equal concerns tie, so that
   * the order results were found in (one session, or groups of rules apart) never shows.
   */
  static final Comparator<Concern> CONCERN_ORDER = (a, b) -> {
    int c = compareRules(a.getRule(), b.getRule());
    if (c == 0) {
      c = a.getReason().compareTo(b.getReason());
    }
    return c != 0 ? c : Double.compare(a.getWeight(), b.getWeight());
  };
  static final Comparator<Consequence> CONSEQUENCE_ORDER = Comparator.comparing(Consequence::getId)
      .thenComparing(Consequence::getDescription).thenComparing(c -> c.getRule().rule());

  /** Rules by party, position and name (results of one rule share one reference, which settles it at once). */
  private static int compareRules(org.gordian.facts.RuleRef a, org.gordian.facts.RuleRef b) {
    if (a == b) {
      return 0;
    }
    int c = a.party().compareTo(b.party());
    if (c == 0) {
      c = a.position().compareTo(b.position());
    }
    return c != 0 ? c : a.rule().compareTo(b.rule());
  }

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
    return feasible;
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

  @Override
  public String toString() {
    return "Verdict[vetoes=" + vetoes + ", concerns=" + concerns + ", consequences=" + consequences
        + ", vetoPositions=" + java.util.Arrays.toString(vetoPositions) + "]";
  }
}
