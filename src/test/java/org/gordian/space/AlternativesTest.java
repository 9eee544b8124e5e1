package org.gordian.space;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.gordian.facts.Move;
import org.gordian.facts.internal.MoveTable;
import org.gordian.model.Bounds;
import org.gordian.model.Loc;
import org.junit.jupiter.api.Test;

/** Moves that exclude each other: no deal of the space holds two of one group, and the count agrees. */
class AlternativesTest {

  private static MoveTable table(int n, int parties) {
    List<Move> moves = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      moves.add(new Move("m" + i, "P" + (i % parties), "k", null, List.of(), "move " + i));
    }
    return new MoveTable(moves);
  }

  @Test
  void aSpaceWithAlternativesHoldsNoTwoOfAGroupAndCountsWhatItEnumerates() {
    MoveTable t = table(5, 2);
    Bounds b = new Bounds(List.copyOf(t.moveIds()), 3, 2, Map.of(), List.of(), Long.MAX_VALUE, Loc.of(Path.of("c")),
        List.of(List.of("m0", "m1", "m2")));
    DealSpace space = new DealSpace(t, b);
    long[] seen = {0};
    space.forEach((present, phase) -> {
      assertThat(Long.bitCount(present & 0b111)).isLessThanOrEqualTo(1);
      seen[0]++;
      return true;
    });
    // Sets: of {m3, m4} any subset, with at most one of {m0, m1, m2}: sizes 1: 5, 2: 1 + 3*2 = 7, 3: 3*1 = 3.
    // Orders onto up to 2 phases: 1 move 1, 2 moves 3, 3 moves 7.
    assertThat(seen[0]).isEqualTo(5 * 1 + 7 * 3 + 3 * 7).isEqualTo(space.count());
  }

  @Test
  void randomBoundsWithAlternativesCountWhatTheyEnumerate() {
    Random rnd = new Random(20261207);
    for (int round = 0; round < 200; round++) {
      int n = 2 + rnd.nextInt(7);
      MoveTable t = table(n, 1 + rnd.nextInt(3));
      List<String> ids = List.copyOf(t.moveIds());
      List<List<String>> groups = new ArrayList<>();
      for (int g = rnd.nextInt(3); g > 0; g--) {
        List<String> group = new ArrayList<>();
        for (String id : ids) {
          if (rnd.nextInt(3) == 0) {
            group.add(id);
          }
        }
        if (group.size() >= 2) {
          groups.add(group);
        }
      }
      List<String> require = rnd.nextInt(3) == 0 ? List.of(ids.get(rnd.nextInt(n))) : List.of();
      Map<String, Bounds.PartyLimit> limits = rnd.nextBoolean() ? Map.of("P0", new Bounds.PartyLimit(1, 2)) : Map.of();
      Bounds b = new Bounds(ids, 1 + rnd.nextInt(n), 1 + rnd.nextInt(3), limits, require, Long.MAX_VALUE,
          Loc.of(Path.of("c")), groups);
      DealSpace space = new DealSpace(t, b);
      long[] seen = {0};
      space.forEach((present, phase) -> {
        assertThat(space.allows(present)).isTrue();
        seen[0]++;
        return true;
      });
      assertThat(space.count()).as("round %d: %s", round, b).isEqualTo(seen[0]);
    }
  }
}
