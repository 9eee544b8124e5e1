package org.gordian.analysis;

import java.util.List;
import org.gordian.facts.Veto;
import org.gordian.model.PositionRef;

/**
 * The minimal sets of positions whose switching off makes one infeasible deal feasible, found by
 * evaluating the deal again with each set switched off (so rules that act through derived facts
 * are honoured).
 *
 * @param sets every minimal set found, smallest first, each sorted
 * @param maxSize the largest set size tried
 * @param candidates how many positions could be switched off
 * @param complete whether every set size was tried, so no larger minimal set can be missing
 * @param unrelaxable whether the deal stays infeasible with every position switched off
 * @param remaining the vetoes left with every position switched off (rules that name no position)
 * @param beyondCap when no set within the size cap works: one larger set that does, from which no
 *     single position can be dropped (found by switching positions back on one at a time); empty
 *     otherwise. A set just one larger than the cap is minimal (all its parts were tried) and is
 *     given in {@code sets} instead
 */
public record Relaxation(String dealId, List<List<PositionRef>> sets, int maxSize, int candidates,
    boolean complete, boolean unrelaxable, List<Veto> remaining, List<PositionRef> beyondCap) {

  /** The sets as {@code party/position} strings. */
  public List<List<String>> setNames() {
    return sets.stream().map(s -> s.stream().map(PositionRef::toString).toList()).toList();
  }
}
