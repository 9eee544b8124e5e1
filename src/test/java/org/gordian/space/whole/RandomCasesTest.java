package org.gordian.space.whole;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.gordian.Gordian;
import org.gordian.engine.Engine;
import org.gordian.engine.EngineOptions;
import org.gordian.model.Bounds;
import org.gordian.space.DealSpace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On random cases and rule sets from seeds (aggregate questions of every kind, random bounds: move
 * cap, phases, a required move, party minimums and maximums), the whole-space answer gives exactly
 * what enumerating the same space gives; and rules that read a deal's id defeat it, with the reason.
 */
class RandomCasesTest {
  @TempDir
  Path dir;

  static Stream<Long> seeds() {
    return LongStream.range(0, 16).mapToObj(i -> 4_000L + i);
  }

  /** A bounds block from the seed, for a case of {@code moves} moves. */
  private static String bounds(Random r, int moves) {
    StringBuilder b = new StringBuilder("  max-moves: " + (2 + r.nextInt(moves - 1)) + "\n  phases: "
        + (1 + r.nextInt(3)) + "\n");
    if (r.nextInt(3) == 0) {
      b.append("  require: [m").append(r.nextInt(moves)).append("]\n");
    }
    if (r.nextBoolean()) {
      b.append("  parties:\n    A: {min: ").append(r.nextInt(2)).append("}\n    B: {max: ")
          .append(1 + r.nextInt(2)).append("}\n");
    }
    return b.toString();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void agreesWithEnumerationOnRandomCasesAndRules(long seed) throws IOException {
    Random r = new Random(seed);
    int moves = 4 + r.nextInt(3);
    String bounds = bounds(r, moves);
    Gordian g = Gordian.load(GeneratedCase.write(dir, seed, moves, 3 + r.nextInt(6), bounds));
    Engine engine = g.engine(null, EngineOptions.DEFAULT);
    Bounds b = g.caseDef().bounds();
    if (r.nextBoolean()) {
      // Moves that exclude each other: the answer keeps to the same space as the enumeration.
      b = b.withAlternatives(java.util.List.of(r.nextBoolean() ? java.util.List.of("m0", "m1")
          : java.util.List.of("m1", "m2", "m3")));
    }
    Enumerated expected = Enumerated.of(engine, b);
    WholeSpaceAnswer answer = WholeSpace.answer(g.engine(null, EngineOptions.DEFAULT), b, Budget.DEFAULT);
    assertThat(answer.defeated()).as("rules:%n%s%nbounds:%n%s", Files.readString(dir.resolve("rules/rules.drl")),
        bounds).isNull();
    expected.assertAgrees(answer);
    assertThat(answer.total()).isEqualTo(BigInteger.valueOf(new DealSpace(engine.table(), b).count()));
    // The whole space (no move cap) holds the capped one.
    WholeSpaceAnswer whole = WholeSpace.answer(engine, WholeSpace.whole(b), Budget.DEFAULT);
    assertThat(whole.total()).isGreaterThanOrEqualTo(answer.total());
    assertThat(whole.feasible()).isGreaterThanOrEqualTo(answer.feasible());
  }

  @Test
  void rulesThatReadADealsIdDefeatTheAnswerAndSayWhy() throws IOException {
    Path caseFile = GeneratedCase.write(dir, 1, 4, 2, "  max-moves: 3\n  phases: 2\n");
    Files.writeString(dir.resolve("rules/rules.drl"), """
        package generated;
        import org.gordian.facts.Deal;
        import org.gordian.facts.Veto;

        // Vetoes one deal by its name.
        rule "A rejects the deal named m0"
          @party("A") @position("by-name")
        when
          $d : Deal( has("m1"), id == "m0" )
        then
          insertLogical(new Veto("named m0"));
        end
        """);
    Gordian g = Gordian.load(caseFile);
    WholeSpaceAnswer answer = WholeSpace.answer(g.engine(null, EngineOptions.DEFAULT), g.caseDef().bounds(),
        Budget.DEFAULT);
    assertThat(answer.exact()).isFalse();
    assertThat(answer.defeated()).contains("read a deal's identity").contains("no count can stand for a set of deals");
    assertThat(answer.total()).isNull();
    assertThat(answer.scope()).isEqualTo("all deals of 4 allowed moves, up to 3 of them, in up to 2 phases");
  }

  @Test
  void aSpaceBeyondTheStateBudgetIsDefeatedWithTheReason() throws IOException {
    Gordian g = Gordian.load(GeneratedCase.write(dir, 2, 6, 8, "  max-moves: 6\n  phases: 3\n"));
    WholeSpaceAnswer answer = WholeSpace.answer(g.engine(null, EngineOptions.DEFAULT), g.caseDef().bounds(),
        Budget.DEFAULT.withMaxStates(10));
    assertThat(answer.defeated()).contains("more than 10 states");
  }

  /** Deals of n moves, any number of them, in up to p canonical phases: the sum over sizes and phase counts of the onto maps. */
  private static BigInteger closedForm(int n, int p) {
    BigInteger total = BigInteger.ZERO;
    for (int k = 1; k <= n; k++) {
      BigInteger orders = BigInteger.ZERO;
      for (int m = 1; m <= Math.min(k, p); m++) {
        for (int i = 0; i <= m; i++) {
          BigInteger term = binomial(m, i).multiply(BigInteger.valueOf(m - i).pow(k));
          orders = i % 2 == 0 ? orders.add(term) : orders.subtract(term);
        }
      }
      total = total.add(binomial(n, k).multiply(orders));
    }
    return total;
  }

  private static BigInteger binomial(int n, int k) {
    BigInteger r = BigInteger.ONE;
    for (int i = 1; i <= k; i++) {
      r = r.multiply(BigInteger.valueOf(n - k + i)).divide(BigInteger.valueOf(i));
    }
    return r;
  }

  @Test
  void countsSpacesPastALongExactly() throws IOException {
    Gordian g = Gordian.load(GeneratedCase.writeBench(dir, 30, 4));
    WholeSpaceAnswer a = WholeSpace.answer(g.engine(null, EngineOptions.DEFAULT),
        WholeSpace.whole(g.caseDef().bounds()), Budget.DEFAULT);
    assertThat(a.total()).isEqualTo(closedForm(30, 4)).isGreaterThan(BigInteger.valueOf(Long.MAX_VALUE));
    assertThat(a.feasible()).isPositive().isLessThan(a.total());
    BigInteger alone = a.positions().stream().map(WholeSpaceAnswer.PositionCount::alone).reduce(BigInteger.ZERO,
        BigInteger::add);
    assertThat(a.feasible().add(alone)).isLessThanOrEqualTo(a.total());
    assertThat(a.positions()).allSatisfy(p -> assertThat(p.vetoes()).isGreaterThanOrEqualTo(p.alone()));
  }

  @Test
  void theBenchmarkCaseAgreesWithEnumerationOnASmallSpace() throws IOException {
    Gordian g = Gordian.load(GeneratedCase.writeBench(dir, 18, 2));
    Bounds small = g.caseDef().bounds().with(4, 2);
    Enumerated.of(g.engine(null, EngineOptions.DEFAULT), small)
        .assertAgrees(WholeSpace.answer(g.engine(null, EngineOptions.DEFAULT), small, Budget.DEFAULT));
  }
}
