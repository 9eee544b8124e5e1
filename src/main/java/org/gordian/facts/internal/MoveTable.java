package org.gordian.facts.internal;

import org.gordian.diag.Message;
import org.gordian.facts.Deal;
import org.gordian.facts.Move;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The case's moves as the engine indexes them: move ids to positions 0..n-1 and named groups of
 * moves (by kind, party, tag, kind of a party) to bit masks.
 *
 * <p>Every question a rule can ask of a {@link Deal} is one of the primitive queries below, asked
 * of a deal held as a presence mask and a phase per move. The engine uses the same primitives to
 * replay recorded questions, so both paths answer identically by construction.
 */
public final class MoveTable {
  /** Query: is move {@code a} in the deal (1/0). */
  public static final int HAS = 0;
  /** Query: the phase of move {@code a} (0 when absent). */
  public static final int PHASE = 1;
  /** Query: does the deal hold any move of group {@code a} (1/0). */
  public static final int ANY = 2;
  /** Query: how many moves of group {@code a}. */
  public static final int COUNT = 3;
  /** Query: the earliest phase of group {@code a} (0 when none). */
  public static final int FIRST = 4;
  /** Query: the latest phase of group {@code a} (0 when none). */
  public static final int LAST = 5;
  /** Query: how many moves. */
  public static final int SIZE = 6;
  /** Query: how many phases. */
  public static final int PHASES = 7;

  /** The most moves a case may define: a deal is held in one 64-bit mask. */
  public static final int MAX_MOVES = 63;

  private final List<Move> moves;
  private final Map<String, Integer> index = new HashMap<>();
  private final Map<String, Integer> groupIndex = new LinkedHashMap<>();
  private final Map<String, Map<String, Integer>> byType = new HashMap<>();
  private final Map<String, Map<String, Integer>> kindBy = new HashMap<>();
  private final List<Long> groupMasks = new ArrayList<>();
  private long[] masks;

  /** A table of the given moves, in case order. */
  public MoveTable(List<Move> moves) {
    if (moves.size() > MAX_MOVES) {
      throw new IllegalArgumentException(Message.TOO_MANY_MOVES.say(MAX_MOVES));
    }
    this.moves = List.copyOf(moves);
    group("none:");
    for (int i = 0; i < moves.size(); i++) {
      Move m = moves.get(i);
      // Keys are interned: rules pass string literals, which the lookups then find by identity.
      index.put(m.getId().intern(), i);
      addTo("kind:" + m.getKind(), i);
      addTo("party:" + m.getParty(), i);
      kindBy.computeIfAbsent(m.getKind().intern(), k -> new HashMap<>())
          .put(m.getParty().intern(), addTo("kind@party:" + m.getKind() + "@" + m.getParty(), i));
      if (m.getScope() != null) {
        addTo("scope:" + m.getScope(), i);
      }
      for (String t : m.getTags()) {
        addTo("tag:" + t, i);
      }
    }
    masks = groupMasks.stream().mapToLong(Long::longValue).toArray();
    groupIndex.forEach((key, g) -> {
      int colon = key.indexOf(':');
      byType.computeIfAbsent(key.substring(0, colon).intern(), k -> new HashMap<>())
          .put(key.substring(colon + 1).intern(), g);
    });
  }

  /**
   * The group of this type ({@code kind}, {@code party}, {@code tag}, {@code scope},
   * {@code kind@party}) and value, or -1 when no move belongs to it. Rules call this with
   * literal strings, so no key is built per call.
   */
  public int groupOf(String type, String value) {
    Map<String, Integer> m = byType.get(type);
    Integer g = m == null ? null : m.get(value);
    return g == null ? -1 : g;
  }

  /** The group of moves of this kind given by this party, or -1. */
  public int groupOf(String kind, String party, boolean unused) {
    Map<String, Integer> m = kindBy.get(kind);
    Integer g = m == null ? null : m.get(party);
    return g == null ? -1 : g;
  }

  private int group(String key) {
    return groupIndex.computeIfAbsent(key, k -> {
      groupMasks.add(0L);
      return groupMasks.size() - 1;
    });
  }

  private int addTo(String key, int move) {
    int g = group(key);
    groupMasks.set(g, groupMasks.get(g) | (1L << move));
    return g;
  }

  /** The moves, in case order. */
  public List<Move> moves() {
    return moves;
  }

  /** How many moves. */
  public int size() {
    return moves.size();
  }

  /** The moves with these ids as a bit set over the table; ids the case does not have are left out. */
  public long maskOf(java.util.Collection<String> moveIds) {
    long mask = 0;
    for (String id : moveIds) {
      int i = indexOf(id);
      if (i >= 0) {
        mask |= 1L << i;
      }
    }
    return mask;
  }

  /** The index of a move id, or -1 when the case has no such move. */
  public int indexOf(String moveId) {
    Integer i = index.get(moveId);
    return i == null ? -1 : i;
  }

  /** All move ids. */
  public java.util.Set<String> moveIds() {
    return index.keySet();
  }

  /** The group with this key ({@code kind:x}, {@code party:P}, {@code tag:t}, {@code scope:s},
   * {@code kind@party:x@P}), or -1 when no move belongs to it. */
  public int groupOf(String key) {
    Integer g = groupIndex.get(key);
    return g == null ? -1 : g;
  }

  /** The values known for a group type ({@code kind}, {@code party}, {@code tag}, {@code scope}). */
  public List<String> groupValues(String type) {
    String prefix = type + ":";
    return groupIndex.keySet().stream().filter(k -> k.startsWith(prefix)).map(k -> k.substring(prefix.length())).toList();
  }

  /** The bit mask of a group (0 for the empty group -1). */
  public long mask(int group) {
    return group < 0 ? 0L : masks[group];
  }

  /**
   * Answers one primitive query of a deal held as a presence mask and a phase per move.
   *
   * @param phase phase of each move by index, 0 when absent
   */
  public int answer(int op, int a, long present, byte[] phase) {
    switch (op) {
      case HAS:
        return a >= 0 && (present & (1L << a)) != 0 ? 1 : 0;
      case PHASE:
        return a >= 0 ? phase[a] : 0;
      case ANY:
        return (present & mask(a)) != 0 ? 1 : 0;
      case COUNT:
        return Long.bitCount(present & mask(a));
      case FIRST: {
        long bits = present & mask(a);
        int best = 0;
        while (bits != 0) {
          int i = Long.numberOfTrailingZeros(bits);
          bits &= bits - 1;
          if (best == 0 || phase[i] < best) {
            best = phase[i];
          }
        }
        return best;
      }
      case LAST: {
        long bits = present & mask(a);
        int best = 0;
        while (bits != 0) {
          int i = Long.numberOfTrailingZeros(bits);
          bits &= bits - 1;
          if (phase[i] > best) {
            best = phase[i];
          }
        }
        return best;
      }
      case SIZE:
        return Long.bitCount(present);
      case PHASES: {
        int max = 0;
        long bits = present;
        while (bits != 0) {
          int i = Long.numberOfTrailingZeros(bits);
          bits &= bits - 1;
          max = Math.max(max, phase[i]);
        }
        return max;
      }
      default:
        throw new IllegalArgumentException("unknown query " + op); // internal
    }
  }
}
