package org.gordian.space.whole;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gordian.facts.internal.MoveTable;

/**
 * What one sweep over the moves keeps of a partial deal: for every question asked so far, the
 * aggregate that answers it (presence, count, earliest and latest phase over a set of moves), and
 * the bookkeeping the bounds need (phases used, so that the final phases are canonical; the deal's
 * size under a move cap; each limited party's count). Each value is a bit field of a packed key of
 * {@link #words} longs; a field never straddles two words.
 *
 * <p>Every question is an aggregate over a set of moves: has(X) is "any of {X}", phaseOf(X) is
 * "earliest phase of {X}", size is "count of all moves". Questions over the same set share fields,
 * and presence is read off a count or a phase when one is kept. Moves outside the bounds are never
 * present, so a set is cut down to the allowed moves; an empty set answers 0 and needs no field.
 */
final class Shape {
  private static final int ANY = 1;
  private static final int COUNT = 2;
  private static final int FIRST = 4;
  private static final int LAST = 8;

  final MoveTable table;
  /** The allowed moves, in case order: the sweep's layers. */
  final int[] moves;
  final boolean[] required;
  final int phases;
  final int words;
  /** Case-move masks of the aggregates. */
  final long[] aggMask;
  final int[] anyOff;
  final int[] countOff;
  final int[] countWidth;
  final int[] firstOff;
  final int[] lastOff;
  final int phaseWidth;
  final int usedOff;
  /** The aggregate counting all moves when a move cap binds, else -1; and the cap. */
  final int sizeAgg;
  final int maxMoves;
  final int[] partyOff;
  final int[] partyWidth;
  final int[] partyMin;
  final int[] partyMax;
  /** The limited party of each layer's move, or -1. */
  final int[] partyOfLayer;
  /** Per layer and limited party: the allowed moves of the party in later layers. */
  final int[][] partyLeft;
  /** Per layer: the required moves in later layers. */
  final int[] requiredLeft;
  /** Per layer: the aggregates holding its move. */
  final int[][] aggsOfLayer;
  /** Per group of alternatives: the bit saying a move of the group is in. */
  private final int[] groupOff;
  /** Per layer: the groups of alternatives holding its move. */
  private final int[][] groupsOfLayer;
  /** Per question key ({@link #key}): the aggregate answering it, or -1 for a constant 0. */
  private final Map<Long, Integer> answering = new LinkedHashMap<>();
  private final Map<Long, Integer> index = new java.util.HashMap<>();
  private int[] qAgg;
  /** Per numbered question: the field its answer is read from (-1: none, 0 is the answer), its width, and whether the answer is only whether the field is above 0. */
  private int[] qOff;
  private int[] qWidth;
  private boolean[] qPresence;
  private int offset;

  /** One limited party: its allowed moves' mask and its limits. */
  record PartyBound(long mask, int min, int max) {}

  Shape(MoveTable table, int[] moves, long requiredMask, int phases, int maxMoves, List<PartyBound> parties,
      long[] alternatives, Set<Long> questions) {
    this.table = table;
    this.moves = moves.clone();
    this.phases = phases;
    int n = moves.length;
    long allowed = 0;
    this.required = new boolean[n];
    for (int i = 0; i < n; i++) {
      allowed |= 1L << moves[i];
      required[i] = (requiredMask & (1L << moves[i])) != 0;
    }
    this.maxMoves = maxMoves;
    // Aggregates by mask, with the values each must keep.
    Map<Long, Integer> flags = new LinkedHashMap<>();
    boolean capBinds = maxMoves < n;
    if (capBinds) {
      flags.put(allowed, COUNT);
    }
    for (long q : questions) {
      int op = op(q);
      int arg = arg(q);
      if (op == MoveTable.PHASES) {
        continue;
      }
      long mask = switch (op) {
        case MoveTable.HAS, MoveTable.PHASE -> arg < 0 ? 0L : 1L << arg;
        case MoveTable.SIZE -> allowed;
        default -> table.mask(arg);
      } & allowed;
      if (mask == 0) {
        continue;
      }
      int need = switch (op) {
        case MoveTable.HAS, MoveTable.ANY -> ANY;
        case MoveTable.COUNT, MoveTable.SIZE -> COUNT;
        case MoveTable.PHASE, MoveTable.FIRST -> FIRST;
        default -> LAST;
      };
      if (Long.bitCount(mask) == 1) {
        // One move: its phase answers every question; presence alone needs a bit.
        need = (need & (FIRST | LAST)) != 0 ? FIRST : ANY;
      }
      flags.merge(mask, need, (a, b) -> {
        int f = a | b;
        return Long.bitCount(mask) == 1 && (f & FIRST) != 0 ? FIRST : f;
      });
    }
    int aggs = flags.size();
    this.aggMask = new long[aggs];
    this.anyOff = new int[aggs];
    this.countOff = new int[aggs];
    this.countWidth = new int[aggs];
    this.firstOff = new int[aggs];
    this.lastOff = new int[aggs];
    this.phaseWidth = width(phases);
    int a = 0;
    Map<Long, Integer> aggOf = new LinkedHashMap<>();
    for (var e : flags.entrySet()) {
      long mask = e.getKey();
      int f = e.getValue();
      aggMask[a] = mask;
      aggOf.put(mask, a);
      countWidth[a] = width(Long.bitCount(mask));
      countOff[a] = (f & COUNT) != 0 ? field(countWidth[a]) : -1;
      firstOff[a] = (f & FIRST) != 0 ? field(phaseWidth) : -1;
      lastOff[a] = (f & LAST) != 0 ? field(phaseWidth) : -1;
      anyOff[a] = (f & ANY) != 0 && (f & (COUNT | FIRST | LAST)) == 0 ? field(1) : -1;
      a++;
    }
    this.sizeAgg = capBinds ? aggOf.get(allowed) : -1;
    this.usedOff = field(phases);
    int np = parties.size();
    this.partyOff = new int[np];
    this.partyWidth = new int[np];
    this.partyMin = new int[np];
    this.partyMax = new int[np];
    for (int p = 0; p < np; p++) {
      PartyBound b = parties.get(p);
      partyMin[p] = b.min();
      partyMax[p] = b.max();
      int cap = b.max() == Integer.MAX_VALUE ? b.min() : Math.max(b.min(), b.max());
      partyWidth[p] = width(cap);
      partyOff[p] = field(partyWidth[p]);
    }
    this.groupOff = new int[alternatives.length];
    for (int g = 0; g < alternatives.length; g++) {
      groupOff[g] = field(1);
    }
    this.groupsOfLayer = new int[n][];
    for (int i = 0; i < n; i++) {
      List<Integer> in = new ArrayList<>();
      for (int g = 0; g < alternatives.length; g++) {
        if ((alternatives[g] & (1L << moves[i])) != 0) {
          in.add(g);
        }
      }
      groupsOfLayer[i] = in.stream().mapToInt(Integer::intValue).toArray();
    }
    this.words = Math.max(1, (offset + 63) / 64);
    this.partyOfLayer = new int[n];
    this.partyLeft = new int[n][np];
    this.requiredLeft = new int[n];
    this.aggsOfLayer = new int[n][];
    for (int i = 0; i < n; i++) {
      partyOfLayer[i] = -1;
      for (int p = 0; p < np; p++) {
        if ((parties.get(p).mask() & (1L << moves[i])) != 0) {
          partyOfLayer[i] = p;
        }
        for (int j = i + 1; j < n; j++) {
          if ((parties.get(p).mask() & (1L << moves[j])) != 0) {
            partyLeft[i][p]++;
          }
        }
      }
      for (int j = i + 1; j < n; j++) {
        if (required[j]) {
          requiredLeft[i]++;
        }
      }
      List<Integer> in = new ArrayList<>();
      for (int g = 0; g < aggs; g++) {
        if ((aggMask[g] & (1L << moves[i])) != 0) {
          in.add(g);
        }
      }
      aggsOfLayer[i] = in.stream().mapToInt(Integer::intValue).toArray();
    }
    for (long q : questions) {
      int op = op(q);
      int arg = arg(q);
      long mask = switch (op) {
        case MoveTable.HAS, MoveTable.PHASE -> arg < 0 ? 0L : 1L << arg;
        case MoveTable.SIZE, MoveTable.PHASES -> allowed;
        default -> table.mask(arg);
      } & allowed;
      answering.put(q, mask == 0 ? -1 : op == MoveTable.PHASES ? -2 : aggOf.get(mask));
    }
    qAgg = new int[answering.size()];
    qOff = new int[answering.size()];
    qWidth = new int[answering.size()];
    qPresence = new boolean[answering.size()];
    for (var e : answering.entrySet()) {
      int i = index.size();
      index.put(e.getKey(), i);
      int g = e.getValue();
      int op = op(e.getKey());
      qAgg[i] = g;
      qOff[i] = -1;
      if (g == -2) {
        qOff[i] = usedOff;
        qWidth[i] = phases;
        continue;
      }
      if (g < 0) {
        continue;
      }
      boolean single = Long.bitCount(aggMask[g]) == 1;
      boolean presence = op == MoveTable.HAS || op == MoveTable.ANY
          || (single && (op == MoveTable.COUNT || op == MoveTable.SIZE));
      if (presence) {
        int off = anyOff[g] >= 0 ? anyOff[g] : countOff[g] >= 0 ? countOff[g] : firstOff[g] >= 0 ? firstOff[g] : lastOff[g];
        qOff[i] = off;
        qWidth[i] = off == anyOff[g] ? 1 : off == countOff[g] ? countWidth[g] : phaseWidth;
        qPresence[i] = true;
      } else if (op == MoveTable.COUNT || op == MoveTable.SIZE) {
        qOff[i] = countOff[g];
        qWidth[i] = countWidth[g];
      } else if (op == MoveTable.LAST && !single) {
        qOff[i] = lastOff[g];
        qWidth[i] = phaseWidth;
      } else {
        qOff[i] = firstOff[g];
        qWidth[i] = phaseWidth;
      }
    }
  }

  /**
   * The answer a final state gives to the question numbered {@code q} ({@link #indexOf}): one field
   * read, then the highest phase used (phase count), or whether the field is above 0 (presence read
   * off a count or a phase), or the value itself.
   */
  int fastAnswer(int q, long[] k, int base) {
    int off = qOff[q];
    if (off < 0) {
      return 0;
    }
    int v = get(k, base, off, qWidth[q]);
    if (qAgg[q] == -2) {
      return 32 - Integer.numberOfLeadingZeros(v);
    }
    return qPresence[q] ? (v > 0 ? 1 : 0) : v;
  }

  /** The bits a value of 0..max needs (at least 1). */
  private static int width(int max) {
    return Math.max(1, 32 - Integer.numberOfLeadingZeros(max));
  }

  private int field(int width) {
    if (offset / 64 != (offset + width - 1) / 64) {
      offset = (offset / 64 + 1) * 64;
    }
    int at = offset;
    offset += width;
    return at;
  }

  /** A question as one long: op in the high half, argument in the low half. */
  static long key(int op, int arg) {
    return ((long) op << 32) | (arg & 0xffffffffL);
  }

  static int op(long key) {
    return (int) (key >>> 32);
  }

  static int arg(long key) {
    return (int) key;
  }

  static int get(long[] k, int base, int off, int width) {
    return (int) ((k[base + (off >>> 6)] >>> (off & 63)) & ((1L << width) - 1));
  }

  static void set(long[] k, int base, int off, int width, int value) {
    int w = base + (off >>> 6);
    long m = ((1L << width) - 1) << (off & 63);
    k[w] = (k[w] & ~m) | (((long) value << (off & 63)) & m);
  }

  /** The number of a question this shape answers, for {@link #fastAnswer}; -1 when it does not. */
  int indexOf(long question) {
    Integer i = index.get(question);
    return i == null ? -1 : i;
  }

  /** Whether a question is one this shape answers. */
  boolean answers(long question) {
    return answering.containsKey(question);
  }

  /**
   * Writes into {@code to} the state after layer {@code i}'s move is left out (choice 0) or put in
   * phase {@code c}; false when no deal within the bounds can grow from it.
   */
  boolean step(long[] from, int fromBase, int i, int c, long[] to, int toBase) {
    System.arraycopy(from, fromBase, to, toBase, words);
    int left = moves.length - 1 - i;
    if (c > 0) {
      for (int g : aggsOfLayer[i]) {
        if (countOff[g] >= 0) {
          set(to, toBase, countOff[g], countWidth[g], get(to, toBase, countOff[g], countWidth[g]) + 1);
        }
        if (firstOff[g] >= 0) {
          int f = get(to, toBase, firstOff[g], phaseWidth);
          if (f == 0 || c < f) {
            set(to, toBase, firstOff[g], phaseWidth, c);
          }
        }
        if (lastOff[g] >= 0 && c > get(to, toBase, lastOff[g], phaseWidth)) {
          set(to, toBase, lastOff[g], phaseWidth, c);
        }
        if (anyOff[g] >= 0) {
          set(to, toBase, anyOff[g], 1, 1);
        }
      }
      for (int g : groupsOfLayer[i]) {
        if (get(to, toBase, groupOff[g], 1) != 0) {
          return false;   // a move of the same group of alternatives is in already
        }
        set(to, toBase, groupOff[g], 1, 1);
      }
      set(to, toBase, usedOff, phases, get(to, toBase, usedOff, phases) | (1 << (c - 1)));
      int p = partyOfLayer[i];
      if (p >= 0) {
        int now = get(to, toBase, partyOff[p], partyWidth[p]) + 1;
        if (now > partyMax[p]) {
          return false;
        }
        if (partyMax[p] == Integer.MAX_VALUE) {
          now = Math.min(now, partyMin[p]);
        }
        set(to, toBase, partyOff[p], partyWidth[p], now);
      }
    } else if (required[i]) {
      return false;
    }
    if (sizeAgg >= 0 && get(to, toBase, countOff[sizeAgg], countWidth[sizeAgg]) + requiredLeft[i] > maxMoves) {
      return false;
    }
    int used = get(to, toBase, usedOff, phases);
    int highest = 32 - Integer.numberOfLeadingZeros(used);
    if (highest - Integer.bitCount(used) > left) {
      return false;   // too few moves left to fill the phases skipped
    }
    for (int p = 0; p < partyOff.length; p++) {
      if (get(to, toBase, partyOff[p], partyWidth[p]) + partyLeft[i][p] < partyMin[p]) {
        return false;
      }
    }
    return left > 0 || used != 0;
  }

  /** The number of fields' bits, for statistics. */
  int bits() {
    return offset;
  }

  /** The aggregates kept, for statistics. */
  int aggregates() {
    return aggMask.length;
  }

  @Override
  public String toString() {
    return aggMask.length + " aggregates in " + offset + " bits " + Arrays.toString(aggMask);
  }
}
