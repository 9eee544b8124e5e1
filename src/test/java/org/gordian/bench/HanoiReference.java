package org.gordian.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gordian.engine.DealJudge;
import org.gordian.engine.PositionIndex;
import org.gordian.engine.Verdict;
import org.gordian.facts.internal.MoveTable;

/**
 * The Hanoi positions of {@code rules/hanoi-2019} written again by hand as plain Java predicates,
 * to check the engine's verdicts and to measure how far the engine is from hand-written speed.
 * Knows which positions veto a deal; not why, and nothing of concerns.
 */
public final class HanoiReference implements DealJudge {
  private final MoveTable t;
  private final boolean hardlinerPressure;
  private final boolean pushForMore;
  private final int[] pos;
  private final Map<Integer, Verdict> interned = new HashMap<>();
  private final long relief;
  private final long verification;
  private final long transparency;
  private final long dismantlementByDprk;
  private final int giveUpAll;
  private final int liftUn;
  private final int further;
  private final int arsenal;
  private final int strongVerification;
  private final int addedSanctions;
  private final int freeze;

  private static final String[] POSITIONS = {
      "US/all-or-nothing", "US/relief-after-verified-dismantlement", "US/verification-or-inventory-first",
      "US/no-appearance-of-weakness", "DPRK/maximalist-under-hardliner-pressure",
      "DPRK/relief-before-denuclearization", "DPRK/keep-other-facilities-ambiguous",
      "DPRK/no-freeze-under-new-sanctions"};

  /** A reference judge for the case's moves, with the given context. */
  public HanoiReference(MoveTable table, PositionIndex index, boolean hardlinerPressure, boolean pushForMore) {
    this.t = table;
    this.hardlinerPressure = hardlinerPressure;
    this.pushForMore = pushForMore;
    this.pos = new int[POSITIONS.length];
    for (int i = 0; i < POSITIONS.length; i++) {
      String[] pp = POSITIONS[i].split("/");
      pos[i] = index.indexOf(pp[0], pp[1]);
      if (pos[i] < 0) {
        throw new IllegalStateException("the rules hold no position " + POSITIONS[i]);
      }
    }
    relief = table.mask(table.groupOf("kind", "sanctions-relief"));
    verification = table.mask(table.groupOf("kind", "verification"));
    transparency = table.mask(table.groupOf("tag", "transparency"));
    dismantlementByDprk = table.mask(table.groupOf("dismantlement", "DPRK", true));
    giveUpAll = table.indexOf("give-up-all-facilities");
    liftUn = table.indexOf("lift-un-sanctions-2016");
    further = table.indexOf("dismantle-further-facilities");
    arsenal = table.indexOf("arsenal-declaration");
    strongVerification = table.indexOf("strong-verification");
    addedSanctions = table.indexOf("added-sanctions");
    freeze = table.indexOf("testing-freeze");
  }

  private static boolean has(long present, int move) {
    return (present & (1L << move)) != 0;
  }

  private static int first(long present, byte[] phase, long mask) {
    long bits = present & mask;
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

  /** A bit per position of {@link #POSITIONS} that vetoes the deal. */
  int vetoBits(long present, byte[] phase) {
    int bits = 0;
    boolean anyRelief = (present & relief) != 0;
    int firstRelief = first(present, phase, relief);
    if (anyRelief && !has(present, giveUpAll)) {
      bits |= 1;
    }
    boolean lifts = has(present, liftUn);
    if (lifts && (!has(present, giveUpAll) || phase[liftUn] <= phase[giveUpAll] || (present & verification) == 0)) {
      bits |= 2;
    }
    int firstTransparency = first(present, phase, transparency);
    if (lifts && (firstTransparency == 0 || firstTransparency >= phase[liftUn])) {
      bits |= 4;
    }
    if (lifts && !has(present, further) && !has(present, giveUpAll)) {
      bits |= 8;
    }
    boolean dismantles = (present & dismantlementByDprk) != 0;
    if (hardlinerPressure && dismantles && !has(present, liftUn)) {
      bits |= 16;
    }
    if (dismantles && (!anyRelief || firstRelief > first(present, phase, dismantlementByDprk))) {
      bits |= 32;
    }
    if (has(present, giveUpAll) || has(present, arsenal) || has(present, strongVerification)) {
      bits |= 64;
    }
    if ((has(present, addedSanctions) || pushForMore) && has(present, freeze)) {
      bits |= 128;
    }
    return bits;
  }

  /** The vetoing positions' indices, ascending, as the engine's verdicts give them. */
  int[] vetoPositions(int bits) {
    return java.util.stream.IntStream.range(0, POSITIONS.length).filter(i -> (bits & (1 << i)) != 0)
        .map(i -> pos[i]).sorted().toArray();
  }

  @Override
  public Verdict evaluate(long present, byte[] phase) {
    int bits = vetoBits(present, phase);
    Verdict v = interned.get(bits);
    if (v == null) {
      v = Verdict.ofPositions(vetoPositions(bits));
      interned.put(bits, v);
    }
    return v;
  }

  @Override
  public void close() {}

  /** The positions this reference encodes. */
  static List<String> positions() {
    return List.of(POSITIONS);
  }
}
