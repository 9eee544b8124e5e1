package org.gordian.engine;

import org.gordian.facts.internal.MoveTable;

/**
 * Stable, readable ids for deals: the moves of each phase joined by {@code +} in case order, phases
 * joined by {@code /}, such as {@code ceasefire+inspection/partial-relief}.
 * The same deal gets the same id in every run and scenario.
 */
public final class DealIds {
  private DealIds() {}

  /** The id of the deal with these moves and phases. */
  public static String of(MoveTable table, long present, byte[] phase) {
    int phases = 0;
    for (int i = 0; i < table.size(); i++) {
      if ((present & (1L << i)) != 0) {
        phases = Math.max(phases, phase[i]);
      }
    }
    StringBuilder out = new StringBuilder();
    for (int p = 1; p <= phases; p++) {
      if (p > 1) {
        out.append('/');
      }
      boolean first = true;
      for (int i = 0; i < table.size(); i++) {
        if ((present & (1L << i)) != 0 && phase[i] == p) {
          if (!first) {
            out.append('+');
          }
          out.append(table.moves().get(i).getId());
          first = false;
        }
      }
    }
    return out.toString();
  }
}
