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
 * Edits name the phases of the deal they start from: a phase of the target deal that keeps some
 * of a phase's untouched moves is that phase; any other is a new phase, placed among the old ones.
 */
public final class Nearest {
  private Nearest() {}

  /**
   * One edit turning the infeasible deal into a feasible one, in terms of the infeasible deal's phases.
   *
   * @param from the phase the move leaves (0 for an addition)
   * @param to the existing phase the move goes to, or 0 for a new phase (and for a removal)
   * @param after for a new phase, the existing phase it follows (0 when it comes first)
   * @param before for a new phase, the existing phase it precedes (0 when it comes last)
   * @param nth for a new phase, which of the {@code of} new phases between {@code after} and {@code before} it is
   * @param of for a new phase, how many new phases lie between {@code after} and {@code before}
   * @param with the untouched moves of phase {@code to}, or for a new phase the other moves put in it
   *     (empty for a removal)
   * @param resultPhase the move's phase in the resulting deal (0 for a removal)
   */
  public record Edit(Kind kind, String move, int from, int to, int after, int before, int nth, int of,
      List<String> with, int resultPhase) {
    /** What the edit does. */
    public enum Kind { ADD, REMOVE, MOVE }

    /** An edit; copies the list. */
    public Edit {
      with = List.copyOf(with);
    }

    /**
     * The edit in words, such as {@code add `x` in phase 2 (with `y`)}, {@code move `x` from phase 3
     * to a new phase between phases 1 and 2} or {@code remove `x`}.
     */
    @Override
    public String toString() {
      return switch (kind) {
        case ADD -> "add `" + move + "` in " + place();
        case REMOVE -> "remove `" + move + "`";
        case MOVE -> "move `" + move + "` from phase " + from + " to " + place();
      };
    }

    /** Where the move goes, in words. */
    private String place() {
      if (to > 0) {
        return "phase " + to + withText();
      }
      String which = (of == 1 ? "a new phase" : "the " + ordinal(nth) + " of " + of + " new phases") + withText();
      if (after > 0 && before > 0) {
        return which + " between phases " + after + " and " + before;
      }
      if (after > 0) {
        return which + " after phase " + after;
      }
      if (before > 0) {
        return which + " before phase " + before;
      }
      return which;
    }

    /** The moves of the phase, up to three named: {@code  (with `a`, `b`, `c` and 2 more)}. */
    private String withText() {
      if (with.isEmpty()) {
        return "";
      }
      List<String> shown = with.size() > 3 ? with.subList(0, 3) : with;
      return " (with " + shown.stream().map(m -> "`" + m + "`").collect(java.util.stream.Collectors.joining(", "))
          + (with.size() > 3 ? " and " + (with.size() - 3) + " more" : "") + ")";
    }

    private static String ordinal(int i) {
      return switch (i) {
        case 1 -> "first";
        case 2 -> "second";
        case 3 -> "third";
        case 4 -> "fourth";
        case 5 -> "fifth";
        default -> i + "th";
      };
    }
  }

  /**
   * A feasible deal near an infeasible one, with the edits that lead there.
   *
   * @param inNeighbourhood whether the neighbourhood search reached it (else it is a deal of the enumerated space)
   */
  public record Nearby(String id, List<DealOutcome.PhasedMove> moves, int distance, List<Edit> edits,
      boolean inNeighbourhood) {}

  /**
   * What the space's part of the search compared.
   *
   * @param searched how many feasible deals of the space were compared
   * @param notSearched feasible deals of the space that were not kept for the search
   * @param maxMoves the space's bound on moves per deal
   * @param phases the space's bound on phases
   */
  public record SpaceScope(long searched, long notSearched, int maxMoves, int phases) {}

  /**
   * The feasible deals nearest one deal, and where they were sought.
   *
   * @param neighbourhood what the search around the deal evaluated
   * @param space the enumerated space's part, or null when the space was not evaluated
   */
  public record NearestDeals(String dealId, List<Nearby> deals, Neighbourhood.Searched neighbourhood,
      SpaceScope space) {
    /** The same answer for another deal of the same moves and phases. */
    public NearestDeals withId(String id) {
      return new NearestDeals(id, deals, neighbourhood, space);
    }

    /**
     * Whether the nearest deals are the nearest of all deals within the phase limit: the neighbourhood
     * search reached a feasible deal, so none nearer lies outside it.
     */
    public boolean nearestOverall() {
      return !deals.isEmpty() && deals.get(0).inNeighbourhood();
    }
  }

  /**
   * The k feasible deals nearest this deal, among its neighbourhood's feasible deals (in the order
   * they were reached) and the space's kept feasible deals (in enumeration order) that lie beyond
   * the neighbourhood's complete radius (nearer ones are in the neighbourhood already); ties go to
   * the deal met first.
   *
   * @param facts the space's feasible deals, or null without the space
   * @param scope the space's bounds as stated, or null without the space
   */
  public static NearestDeals find(String dealId, long present, byte[] phase, Neighbourhood.Searched near,
      SpaceFacts facts, SpaceScope scope, MoveTable table, int k) {
    byte[] a = canonical(present, phase);
    long[] bestPresent = new long[k];
    byte[][] bestPhase = new byte[k][];
    int[] bestDistance = new int[k];
    boolean[] bestNear = new boolean[k];
    int[] found = {0};
    byte[] b = new byte[table.size()];
    int[][] cells = new int[256][256];
    Neighbourhood.FeasibleDeals fd = near.feasible();
    for (int j = 0; j < fd.size(); j++) {
      long other = fd.present(j);
      fd.phases(j, b);
      int d = distance(present, a, other, b, cells, null, null);
      offer(other, b, d, true, bestPresent, bestPhase, bestDistance, bestNear, found);
    }
    if (facts != null) {
      for (int j = 0; j < facts.feasibleKept(); j++) {
        long other = facts.keptPresent(j);
        facts.keptPhases(j, b);
        int d = distance(present, a, other, b, cells, null, null);
        if (d > near.complete()) {
          offer(other, b, d, false, bestPresent, bestPhase, bestDistance, bestNear, found);
        }
      }
    }
    List<Nearby> out = new ArrayList<>();
    for (int r = 0; r < found[0]; r++) {
      List<Edit> edits = new ArrayList<>();
      distance(present, phase, a, bestPresent[r], bestPhase[r], cells, table, edits);
      out.add(new Nearby(DealIds.of(table, bestPresent[r], bestPhase[r]),
          DealOutcome.movesOf(table, bestPresent[r], bestPhase[r]), bestDistance[r], List.copyOf(edits), bestNear[r]));
    }
    return new NearestDeals(dealId, List.copyOf(out), near, scope == null ? null
        : new SpaceScope(facts.feasibleKept(), facts.feasibleNotKept(), scope.maxMoves(), scope.phases()));
  }

  /** Keeps the deal among the k best when it is strictly nearer than the last kept (earlier deals win ties). */
  private static void offer(long other, byte[] b, int d, boolean near, long[] bestPresent, byte[][] bestPhase,
      int[] bestDistance, boolean[] bestNear, int[] found) {
    int k = bestPresent.length;
    if (k == 0 || (found[0] == k && d >= bestDistance[found[0] - 1])) {
      return;
    }
    int at = found[0] < k ? found[0]++ : found[0] - 1;
    while (at > 0 && bestDistance[at - 1] > d) {
      bestDistance[at] = bestDistance[at - 1];
      bestPresent[at] = bestPresent[at - 1];
      bestPhase[at] = bestPhase[at - 1];
      bestNear[at] = bestNear[at - 1];
      at--;
    }
    bestDistance[at] = d;
    bestPresent[at] = other;
    bestPhase[at] = b.clone();
    bestNear[at] = near;
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
   * {@code edits} is not null, fills it with the edits, naming moves from the table and phases as
   * A's phases are numbered in {@code original} (A's phases as written, before renumbering).
   */
  static int distance(long presentA, byte[] a, long presentB, byte[] b, int[][] cells, MoveTable table,
      List<Edit> edits) {
    return distance(presentA, a, a, presentB, b, cells, table, edits);
  }

  static int distance(long presentA, byte[] original, byte[] a, long presentB, byte[] b, int[][] cells,
      MoveTable table, List<Edit> edits) {
    boolean explain = edits != null;
    long common = presentA & presentB;
    int count = Long.bitCount(presentA & ~presentB) + Long.bitCount(presentB & ~presentA);
    if (common == 0) {
      if (explain) {
        spell(presentA, original, presentB, b, 0, 0, new int[256], table, edits);
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
      int[] mapB = new int[256];   // phase of B → the phase of A whose untouched moves it holds, 0 for a new phase
      int x = topA;
      int y = topB;
      int remaining = top;
      while (remaining > 0) {
        for (long rest = common; rest != 0; rest &= rest - 1) {
          int i = Long.numberOfTrailingZeros(rest);
          if (a[i] == x && b[i] == y) {
            kept |= 1L << i;
            mapB[y] = original[i];
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
      spell(presentA, original, presentB, b, common, kept, mapB, table, edits);
    }
    return count;
  }

  private static void spell(long presentA, byte[] original, long presentB, byte[] b, long common, long kept,
      int[] mapB, MoveTable table, List<Edit> edits) {
    int phasesB = 0;
    for (long rest = presentB; rest != 0; rest &= rest - 1) {
      phasesB = Math.max(phasesB, b[Long.numberOfTrailingZeros(rest)]);
    }
    for (long rest = presentA & ~presentB; rest != 0; rest &= rest - 1) {
      int i = Long.numberOfTrailingZeros(rest);
      edits.add(new Edit(Edit.Kind.REMOVE, id(table, i), original[i], 0, 0, 0, 0, 0, List.of(), 0));
    }
    for (long rest = presentB & ~presentA; rest != 0; rest &= rest - 1) {
      int i = Long.numberOfTrailingZeros(rest);
      edits.add(to(Edit.Kind.ADD, i, 0, b, mapB, phasesB, kept, table));
    }
    for (long rest = common & ~kept; rest != 0; rest &= rest - 1) {
      int i = Long.numberOfTrailingZeros(rest);
      edits.add(to(Edit.Kind.MOVE, i, original[i], b, mapB, phasesB, kept, table));
    }
  }

  /** The edit putting move i in its phase of B, named by A's phases. */
  private static Edit to(Edit.Kind kind, int i, int from, byte[] b, int[] mapB, int phasesB, long kept,
      MoveTable table) {
    int y = b[i];
    if (mapB[y] != 0) {
      List<String> with = new ArrayList<>();
      for (long rest = kept; rest != 0; rest &= rest - 1) {
        int j = Long.numberOfTrailingZeros(rest);
        if (b[j] == y) {
          with.add(id(table, j));
        }
      }
      return new Edit(kind, id(table, i), from, mapB[y], 0, 0, 0, 0, with, y);
    }
    int prev = y - 1;
    while (prev >= 1 && mapB[prev] == 0) {
      prev--;
    }
    int next = y + 1;
    while (next <= phasesB && mapB[next] == 0) {
      next++;
    }
    List<String> with = new ArrayList<>();
    for (int j = 0; j < b.length; j++) {
      if (j != i && b[j] == y) {   // b is 0 for moves not in B: these are the other moves of the new phase
        with.add(id(table, j));
      }
    }
    int after = prev >= 1 ? mapB[prev] : 0;
    int before = next <= phasesB ? mapB[next] : 0;
    return new Edit(kind, id(table, i), from, 0, after, before, y - Math.max(prev, 0), next - Math.max(prev, 0) - 1,
        with, y);
  }

  private static String id(MoveTable table, int i) {
    return table.moves().get(i).getId();
  }
}
