package org.gordian.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gordian.model.PositionRef;

/** The positions of a run numbered 0..n-1 in sorted order, for counting vetoes without maps. */
public final class PositionIndex {
  private final List<PositionRef> positions;
  private final Map<String, Map<String, Integer>> index = new HashMap<>();

  /** An index over these positions (sorted, distinct). */
  public PositionIndex(List<PositionRef> positions) {
    this.positions = List.copyOf(positions);
    for (int i = 0; i < positions.size(); i++) {
      index.computeIfAbsent(positions.get(i).party(), k -> new HashMap<>()).put(positions.get(i).position(), i);
    }
  }

  /** The number of positions. */
  public int size() {
    return positions.size();
  }

  /** The position with this index. */
  public PositionRef get(int i) {
    return positions.get(i);
  }

  /** Every position in index order. */
  public List<PositionRef> all() {
    return positions;
  }

  /** The index of a position, or -1. */
  public int indexOf(String party, String position) {
    Map<String, Integer> byParty = index.get(party);
    Integer i = byParty == null ? null : byParty.get(position);
    return i == null ? -1 : i;
  }
}
