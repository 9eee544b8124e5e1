package org.gordian.space.whole;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * The distinct states after one layer of the sweep, in the order first reached: each with its
 * packed key, how many partial deals reach it (exact: a long until it overflows, then a big
 * integer), and the state and choice that first reached it (so one witness deal per state can be
 * rebuilt). Found by key through an open-addressing table.
 */
final class Layer {
  private final int words;
  long[] keys;
  long[] counts;
  /** Counts past a long, or null while none overflowed. */
  BigInteger[] big;
  int[] parent;
  byte[] choice;
  int size;
  private int[] slots;

  Layer(int words, int expected) {
    this.words = words;
    int cap = Math.max(16, expected);
    keys = new long[cap * words];
    counts = new long[cap];
    parent = new int[cap];
    choice = new byte[cap];
    slots = new int[Integer.highestOneBit(Math.max(16, cap * 2)) * 2];
    Arrays.fill(slots, -1);
  }

  private int hash(long[] k, int base) {
    long h = 0x9E3779B97F4A7C15L;
    for (int w = 0; w < words; w++) {
      h = (h ^ k[base + w]) * 0xBF58476D1CE4E5B9L;
      h ^= h >>> 31;
    }
    return (int) (h ^ (h >>> 32));
  }

  /**
   * The index of the state with the key at {@code k[base..]}, adding it (reached from
   * {@code from} by {@code by}) when new.
   */
  int add(long[] k, int base, int from, int by) {
    int mask = slots.length - 1;
    int at = hash(k, base) & mask;
    while (true) {
      int s = slots[at];
      if (s < 0) {
        break;
      }
      if (Arrays.equals(keys, s * words, s * words + words, k, base, base + words)) {
        return s;
      }
      at = (at + 1) & mask;
    }
    if (size == counts.length) {
      int cap = size * 2;
      keys = Arrays.copyOf(keys, cap * words);
      counts = Arrays.copyOf(counts, cap);
      parent = Arrays.copyOf(parent, cap);
      choice = Arrays.copyOf(choice, cap);
      if (big != null) {
        big = Arrays.copyOf(big, cap);
      }
    }
    int s = size++;
    System.arraycopy(k, base, keys, s * words, words);
    parent[s] = from;
    choice[s] = (byte) by;
    slots[at] = s;
    if (size * 2 > slots.length) {
      rehash();
    }
    return s;
  }

  private void rehash() {
    slots = new int[slots.length * 2];
    Arrays.fill(slots, -1);
    int mask = slots.length - 1;
    for (int s = 0; s < size; s++) {
      int at = hash(keys, s * words) & mask;
      while (slots[at] >= 0) {
        at = (at + 1) & mask;
      }
      slots[at] = s;
    }
  }

  /** Adds the count of state {@code s} of another layer to state {@code t} of this one. */
  void addCount(int t, Layer from, int s) {
    if (from.big != null && from.big[s] != null) {
      addBig(t, from.big[s]);
      return;
    }
    long c = from.counts[s];
    if (big != null && big[t] != null) {
      big[t] = big[t].add(BigInteger.valueOf(c));
      return;
    }
    long sum = counts[t] + c;
    if (((counts[t] ^ sum) & (c ^ sum)) < 0) {
      addBig(t, BigInteger.valueOf(c));
    } else {
      counts[t] = sum;
    }
  }

  private void addBig(int t, BigInteger c) {
    if (big == null) {
      big = new BigInteger[counts.length];
    }
    if (big[t] == null) {
      big[t] = BigInteger.valueOf(counts[t]);
    }
    big[t] = big[t].add(c);
  }

  /** The count of state {@code s}. */
  BigInteger count(int s) {
    return big != null && big[s] != null ? big[s] : BigInteger.valueOf(counts[s]);
  }

  /** Lets go of the keys once the next layer is built (only the last layer's are read again). */
  void dropKeys() {
    keys = null;
    slots = null;
    counts = null;
    big = null;
  }
}
