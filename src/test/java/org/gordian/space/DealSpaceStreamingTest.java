package org.gordian.space;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.gordian.facts.Move;
import org.gordian.facts.internal.MoveTable;
import org.gordian.model.Bounds;
import org.gordian.model.Loc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The deal space is streamed at every size: the orders of a set of moves are stepped one at a
 * time, never listed, so that the first deals of a space whose orders alone would fill the heap
 * come in constant memory, and in the same order as before.
 */
@org.junit.jupiter.api.Tag("slow")
class DealSpaceStreamingTest {
  /** A case of {@code n} moves split between two parties. */
  static MoveTable moves(int n) {
    List<Move> moves = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      moves.add(new Move("m" + i, i % 2 == 0 ? "A" : "B", "k", null, List.of(), "move " + i));
    }
    return new MoveTable(moves);
  }

  static Bounds bounds(MoveTable table, int maxMoves, int phases, List<String> require) {
    return new Bounds(List.copyOf(table.moveIds()), maxMoves, phases, Map.of(), require, Long.MAX_VALUE,
        Loc.of(Path.of("case.yaml")));
  }

  @ParameterizedTest(name = "{0} moves, up to {1} in a deal, {2} phases")
  @CsvSource({"1, 1, 1", "4, 4, 4", "5, 3, 2", "6, 6, 3", "6, 5, 6", "7, 7, 7"})
  void dealsComeInTheOrderOfEveryPhaseAssignmentCountedUpAndKeptWhenOnto(int n, int maxMoves, int phases) {
    MoveTable table = moves(n);
    DealSpace space = new DealSpace(table, bounds(table, maxMoves, phases, List.of()));
    List<String> streamed = new ArrayList<>();
    space.forEach((present, phase) -> streamed.add(present + ":" + Arrays.toString(phase)));

    assertThat(streamed).hasSize((int) space.count()).containsExactlyElementsOf(reference(n, maxMoves, phases));
  }

  /** The order as first written: combinations in order, then each onto assignment found by counting up. */
  private static List<String> reference(int n, int maxMoves, int phases) {
    List<String> out = new ArrayList<>();
    for (int k = 1; k <= Math.min(maxMoves, n); k++) {
      int[] combo = new int[k];
      for (int i = 0; i < k; i++) {
        combo[i] = i;
      }
      do {
        long present = 0;
        for (int c : combo) {
          present |= 1L << c;
        }
        for (int m = 1; m <= Math.min(k, phases); m++) {
          byte[] a = new byte[k];
          Arrays.fill(a, (byte) 1);
          while (true) {
            boolean[] used = new boolean[m + 1];
            for (byte v : a) {
              used[v] = true;
            }
            boolean onto = true;
            for (int p = 1; p <= m; p++) {
              onto &= used[p];
            }
            if (onto) {
              byte[] phase = new byte[n];
              for (int i = 0; i < k; i++) {
                phase[combo[i]] = a[i];
              }
              out.add(present + ":" + Arrays.toString(phase));
            }
            int i = k - 1;
            while (i >= 0 && a[i] == m) {
              a[i] = 1;
              i--;
            }
            if (i < 0) {
              break;
            }
            a[i]++;
          }
        }
      } while (DealSpace.nextCombination(combo, n));
    }
    return out;
  }

  @Test
  void theFirstDealsOfASpaceWhoseOrdersWouldFillTheHeapComeInASmallHeap() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(List.of(java, "-Xmx32m", "-cp", System.getProperty("java.class.path"),
        FirstDeals.class.getName(), "300000"));
    pb.redirectErrorStream(true);
    Process p = pb.start();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Thread reader = new Thread(() -> {
      try {
        p.getInputStream().transferTo(out);
      } catch (java.io.IOException ignored) {
        // the process ended
      }
    });
    reader.start();
    boolean ended = p.waitFor(120, TimeUnit.SECONDS);
    if (!ended) {
      p.destroyForcibly();
    }
    reader.join(5000);
    String said = out.toString(StandardCharsets.UTF_8);
    assertThat(ended).as("ended; it said: %s", said).isTrue();
    assertThat(p.exitValue()).as("exit status; it said: %s", said).isZero();
    assertThat(said).contains("300000 deals");
  }

  /**
   * Enumerates the first N deals of a space of 14 moves, all required, in up to 14 phases: the
   * three-phase orders alone number 4.7 million, more than a 32 MB heap holds as arrays.
   */
  public static final class FirstDeals {
    public static void main(String[] args) {
      long wanted = Long.parseLong(args[0]);
      MoveTable table = moves(14);
      DealSpace space = new DealSpace(table, bounds(table, 14, 14, List.copyOf(table.moveIds())));
      long[] seen = {0, 0};
      space.forEach((present, phase) -> {
        seen[1] = seen[1] * 31 + Arrays.hashCode(phase);
        return ++seen[0] < wanted;
      });
      System.out.println(seen[0] + " deals, checksum " + seen[1]);
    }
  }
}
