package org.gordian.analysis;

import java.util.ArrayList;
import java.util.List;
import org.gordian.engine.DealIds;
import org.gordian.facts.internal.MoveTable;

/**
 * The nearest feasible deals to an infeasible one, by edit distance over phased deals.
 *
 * <p>A deal is read as an ordered sequence of phases (renumbered 1..m, so only the order of phases
 * counts, not their numbers). One edit adds a move (to an existing phase or a new one anywhere in
 * the order), removes a move, or moves one move to another phase (existing or new). Moves that no
 * edit touches keep their relative order, so the distance from deal A to deal B is
 * {@code |A−B| + |B−A| + |common| − |kept|}, where {@code kept} is the largest set of common moves
 * that A and B order alike (same phase in A exactly when same phase in B, earlier in A exactly when
 * earlier in B); found as the heaviest chain of (phase in A, phase in B) cells increasing in both.
 * Edits name phases of the feasible deal they lead to.
 */
public final class Nearest {
  private Nearest() {}

  /** One edit turning the infeasible deal into a feasible one. */
  public record Edit(Kind kind, String move, int phase) {
    /** What the edit does. */
    public enum Kind { ADD, REMOVE, MOVE }

    /** The edit in words, such as {@code add `strong-verification` in phase 1}. */
    @Override
    public String toString() {
      return switch (kind) {
        case ADD -> "add `" + move + "` in phase " + phase;
        case REMOVE -> "remove `" + move + "`";
        case MOVE -> "move `" + move + "` to phase " + phase;
      };
    }
  }

  /** A feasible deal near an infeasible one, with the edits that lead there. */
  public record Nearby(String id, List<DealOutcome.PhasedMove> moves, int distance, List<Edit> edits) {}

  /**
   * The feasible deals nearest one deal.
   *
   * @param searched how many feasible deals were compared
   * @param notSearched feasible deals of the space that were not kept for the search
   */
  public record NearestDeals(String dealId, List<Nearby> deals, long searched, long notSearched) {}

  /** The k feasible deals of the space nearest this deal; ties go to the earlier deal in enumeration order. */
  public static NearestDeals find(String dealId, long present, byte[] phase, SpaceFacts facts, int k) {
    MoveTable table = facts.table();
    byte[] a = canonical(present, phase);
    int[] bestIndex = new int[k];
    int[] bestDistance = new int[k];
    int found = 0;
    byte[] b = new byte[table.size()];
    int[][] cells = new int[256][16];
    for (int j = 0; j < facts.feasibleKept(); j++) {
      long other = facts.keptPresent(j);
      facts.keptPhases(j, b);
      int d = distance(present, a, other, b, cells, null, null);
      if (found < k || d < bestDistance[found - 1]) {
        int at = found < k ? found++ : found - 1;
        while (at > 0 && bestDistance[at - 1] > d) {
          bestDistance[at] = bestDistance[at - 1];
          bestIndex[at] = bestIndex[at - 1];
          at--;
        }
        bestDistance[at] = d;
        bestIndex[at] = j;
      }
    }
    List<Nearby> out = new ArrayList<>();
    for (int r = 0; r < found; r++) {
      long other = facts.keptPresent(bestIndex[r]);
      facts.keptPhases(bestIndex[r], b);
      List<Edit> edits = new ArrayList<>();
      distance(present, a, other, b, cells, table, edits);
      out.add(new Nearby(DealIds.of(table, other, b), DealOutcome.movesOf(table, other, b), bestDistance[r],
          List.copyOf(edits)));
    }
    return new NearestDeals(dealId, List.copyOf(out), facts.feasibleKept(), facts.feasibleNotKept());
  }

  /** The deal's phases renumbered 1..m in order, dropping empty phases. */
  static byte[] canonical(long present, byte[] phase) {
    boolean[] used = new boolean[256];
    for (long rest = present; rest != 0; rest &= rest - 1) {
      used[phase[Long.numberOfTrailingZeros(rest)] & 0xFF] = true;
    }
    int[] renumber = new int[256];
    int next = 0;
    for (int p = 0; p < 256; p++) {
      if (used[p]) {
        renumber[p] = ++next;
      }
    }
    byte[] out = new byte[phase.length];
    for (long rest = present; rest != 0; rest &= rest - 1) {
      int i = Long.numberOfTrailingZeros(rest);
      out[i] = (byte) renumber[phase[i] & 0xFF];
    }
    return out;
  }

  /**
   * The edit distance from deal A to deal B (canonical phases; {@code cells} is a zeroed scratch
   * grid of at least [phases of A + 1][phases of B + 1], left zeroed); when
   * {@code edits} is not null, fills it with the edits, naming moves from the table.
   */
  static int distance(long presentA, byte[] a, long presentB, byte[] b, int[][] cells, MoveTable table,
      List<Edit> edits) {
    boolean explain = edits != null;
    long common = presentA & presentB;
    int count = Long.bitCount(presentA & ~presentB) + Long.bitCount(presentB & ~presentA);
    if (common == 0) {
      if (explain) {
        spell(presentA, presentB, b, 0, 0, table, edits);
      }
      return count;
    }
    int maxA = 0;
    int maxB = 0;
    for (long rest = common; rest != 0; rest &= rest - 1) {
      int i = Long.numberOfTrailingZeros(rest);
      int pa = a[i] & 0xFF;
      int pb = b[i] & 0xFF;
      cells[pa][pb]++;
      maxA = Math.max(maxA, pa);
      maxB = Math.max(maxB, pb);
    }
    // best[x][y]: heaviest chain of cells strictly increasing in both coordinates ending at (x, y)
    int[][] best = new int[maxA + 1][maxB + 1];
    int top = 0;
    int topA = 0;
    int topB = 0;
    for (int x = 1; x <= maxA; x++) {
      for (int y = 1; y <= maxB; y++) {
        if (cells[x][y] == 0) {
          continue;
        }
        int before = 0;
        for (int u = 1; u < x; u++) {
          for (int v = 1; v < y; v++) {
            before = Math.max(before, best[u][v]);
          }
        }
        best[x][y] = before + cells[x][y];
        if (best[x][y] > top) {
          top = best[x][y];
          topA = x;
          topB = y;
        }
      }
    }
    count += Long.bitCount(common) - top;
    int[][] weights = new int[maxA + 1][];
    for (int x = 1; x <= maxA; x++) {
      weights[x] = java.util.Arrays.copyOf(cells[x], maxB + 1);
    }
    for (long rest = common; rest != 0; rest &= rest - 1) {
      int i = Long.numberOfTrailingZeros(rest);
      cells[a[i] & 0xFF][b[i] & 0xFF] = 0;
    }
    if (explain) {
      long kept = 0;
      int x = topA;
      int y = topB;
      int remaining = top;
      while (remaining > 0) {
        for (long rest = common; rest != 0; rest &= rest - 1) {
          int i = Long.numberOfTrailingZeros(rest);
          if (a[i] == x && b[i] == y) {
            kept |= 1L << i;
          }
        }
        remaining -= weights[x][y];
        if (remaining == 0) {
          break;
        }
        search:
        for (int u = x - 1; u >= 1; u--) {
          for (int v = y - 1; v >= 1; v--) {
            if (best[u][v] == remaining) {
              x = u;
              y = v;
              break search;
            }
          }
        }
      }
      spell(presentA, presentB, b, common, kept, table, edits);
    }
    return count;
  }

  private static void spell(long presentA, long presentB, byte[] b, long common, long kept, MoveTable table,
      List<Edit> edits) {
    for (long rest = presentA & ~presentB; rest != 0; rest &= rest - 1) {
      edits.add(new Edit(Edit.Kind.REMOVE, id(table, Long.numberOfTrailingZeros(rest)), 0));
    }
    for (long rest = presentB & ~presentA; rest != 0; rest &= rest - 1) {
      int i = Long.numberOfTrailingZeros(rest);
      edits.add(new Edit(Edit.Kind.ADD, id(table, i), b[i]));
    }
    for (long rest = common & ~kept; rest != 0; rest &= rest - 1) {
      int i = Long.numberOfTrailingZeros(rest);
      edits.add(new Edit(Edit.Kind.MOVE, id(table, i), b[i]));
    }
  }

  private static String id(MoveTable table, int i) {
    return table.moves().get(i).getId();
  }
}
