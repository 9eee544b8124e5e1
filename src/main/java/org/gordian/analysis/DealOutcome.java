package org.gordian.analysis;

import java.util.ArrayList;
import java.util.List;
import org.gordian.engine.DealIds;
import org.gordian.engine.Verdict;
import org.gordian.facts.internal.MoveTable;

/**
 * One evaluated deal: its id, title, moves by phase and the verdict.
 *
 * @param listed whether the case file lists it (otherwise it was generated from the bounds)
 * @param source the case file's source note for a listed deal, or null
 * @param moves the deal's moves in phase order, then case order
 */
public record DealOutcome(String id, String title, boolean listed, String source, List<PhasedMove> moves,
    Verdict verdict) {

  /** A move placed in a phase. */
  public record PhasedMove(String move, int phase) {}

  /**
   * A deal's outcome as the case or the user names it: listed in the case (with its source), or
   * asked for by its moves (listed false, no source).
   */
  public static DealOutcome of(MoveTable table, org.gordian.model.DealDef deal, boolean listed, Verdict verdict) {
    long present = org.gordian.run.CaseRun.presentOf(table, deal);
    byte[] phase = org.gordian.run.CaseRun.phasesOf(table, deal);
    return new DealOutcome(deal.id(), deal.title(), listed, listed ? deal.source() : null,
        movesOf(table, present, phase), verdict);
  }

  /** A generated deal's outcome, named by its moves. */
  public static DealOutcome generated(MoveTable table, long present, byte[] phase, Verdict verdict) {
    String id = DealIds.of(table, present, phase);
    return new DealOutcome(id, id, false, null, movesOf(table, present, phase), verdict);
  }

  /** The deal's moves in phase order, then case order. */
  public static List<PhasedMove> movesOf(MoveTable table, long present, byte[] phase) {
    List<PhasedMove> out = new ArrayList<>();
    int max = 0;
    for (int i = 0; i < table.size(); i++) {
      if ((present & (1L << i)) != 0) {
        max = Math.max(max, phase[i]);
      }
    }
    for (int p = 1; p <= max; p++) {
      for (int i = 0; i < table.size(); i++) {
        if ((present & (1L << i)) != 0 && phase[i] == p) {
          out.add(new PhasedMove(table.moves().get(i).getId(), p));
        }
      }
    }
    return out;
  }

  /** Whether no position vetoes the deal. */
  public boolean feasible() {
    return verdict.feasible();
  }

  /** The number of phases the deal uses. */
  public int phaseCount() {
    return moves.stream().mapToInt(PhasedMove::phase).max().orElse(0);
  }
}
