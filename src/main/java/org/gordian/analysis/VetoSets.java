package org.gordian.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.gordian.engine.Verdict;
import org.gordian.facts.Veto;
import org.gordian.model.PositionRef;

/**
 * Numbers the distinct sets of vetoing positions seen in verdicts, so that deals of different runs
 * (other rules, other scenarios) can be compared by one small int each instead of by their
 * verdicts. Id 0 is always the empty set (a feasible deal). Not thread-safe.
 */
public final class VetoSets {
  private static final int IDENTITY_CACHE = 50_000;
  private final Map<List<PositionRef>, Integer> ids = new HashMap<>();
  private final List<List<PositionRef>> sets = new ArrayList<>();
  private final Map<Verdict, Integer> seen = new IdentityHashMap<>();

  /** A numbering holding only the empty set. */
  public VetoSets() {
    idOf(List.of());
  }

  /** The id of a verdict's set of vetoing positions. */
  public int idOf(Verdict verdict) {
    Integer known = seen.get(verdict);
    if (known != null) {
      return known;
    }
    int id = idOf(positions(verdict));
    if (seen.size() >= IDENTITY_CACHE) {
      seen.clear();
    }
    seen.put(verdict, id);
    return id;
  }

  /** The id of a sorted, distinct list of positions. */
  public int idOf(List<PositionRef> positions) {
    Integer id = ids.get(positions);
    if (id == null) {
      id = sets.size();
      List<PositionRef> copy = List.copyOf(positions);
      sets.add(copy);
      ids.put(copy, id);
    }
    return id;
  }

  /** The positions of a set id, sorted. */
  public List<PositionRef> set(int id) {
    return sets.get(id);
  }

  /** How many distinct sets have been seen. */
  public int size() {
    return sets.size();
  }

  /** The distinct positions vetoing in a verdict, sorted. */
  public static List<PositionRef> positions(Verdict verdict) {
    return verdict.vetoes().stream().map(Veto::getRule).map(r -> new PositionRef(r.party(), r.position()))
        .distinct().sorted().toList();
  }
}
