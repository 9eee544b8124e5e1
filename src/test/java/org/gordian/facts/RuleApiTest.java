package org.gordian.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gordian.Gordian;
import org.gordian.RunOptions;
import org.gordian.diag.GordianException;
import org.gordian.facts.internal.DealObserver;
import org.gordian.facts.internal.Facts;
import org.gordian.facts.internal.MoveTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What rules can reach of the facts is only what rules use, and every way a rule can read a deal
 * is seen by the engine: either as a question the memo keys on, or as a read that makes the deal's
 * verdict its own.
 */
class RuleApiTest {
  /** Methods that answer the same for every deal of a case, each with why. */
  private static final Map<String, String> DEAL_INDEPENDENT = Map.of(
      "label", "the case's description of a move, whether or not the deal holds it",
      "getClass", "the same class for every deal",
      "wait", "a monitor operation, no answer about the deal",
      "notify", "a monitor operation, no answer about the deal",
      "notifyAll", "a monitor operation, no answer about the deal");

  private static final List<Move> MOVES = List.of(
      new Move("m0", "A", "relief", "local", List.of("early"), "move zero"),
      new Move("m1", "B", "freeze", "wide", List.of("costly"), "move one"),
      new Move("m2", "A", "aid", "local", List.of("early"), "move two"));

  /** Records whether the deal told it anything. */
  private static final class Seen implements DealObserver {
    int questions;
    final List<String> opaque = new ArrayList<>();

    @Override
    public void seen(int op, int arg, int answer) {
      questions++;
    }

    @Override
    public void opaque(String what) {
      opaque.add(what);
    }

    @Override
    public void unknown(String what, String name) {}
  }

  private static Deal deal(long present, byte[] phase, DealObserver observer) {
    return Facts.deal(new MoveTable(MOVES), present, phase, () -> "d" + present, () -> "deal " + present, observer);
  }

  private static Object[] argsFor(Method m, Deal other) {
    return Arrays.stream(m.getParameterTypes()).map(t -> t == String.class ? "m0" : t == Object.class ? other
        : t == long.class ? 1L : t == int.class ? (Object) 0 : null).toArray();
  }

  @Test
  void everyPublicMethodOfTheDealIsSeenOrAnswersAlikeForEveryDeal() throws Exception {
    List<String> checked = new ArrayList<>();
    for (Method m : Deal.class.getMethods()) {
      if (Modifier.isStatic(m.getModifiers()) || m.getName().equals("wait") || m.getName().startsWith("notify")) {
        if (!Modifier.isStatic(m.getModifiers())) {
          checked.add(m.getName());
        }
        continue;
      }
      Seen a = new Seen();
      Seen b = new Seen();
      Deal one = deal(0b011, new byte[] {1, 2, 0}, a);
      Deal two = deal(0b110, new byte[] {0, 1, 1}, b);
      Object answerOne = m.invoke(one, argsFor(m, two));
      Object answerTwo = m.invoke(two, argsFor(m, one));
      if (DEAL_INDEPENDENT.containsKey(m.getName())) {
        assertThat(answerTwo).as("%s is listed as answering alike for every deal", m).isEqualTo(answerOne);
      } else {
        assertThat(a.questions > 0 || !a.opaque.isEmpty())
            .as("%s reads the deal without telling its observer: the memo would share its answer between deals;"
                + " make it ask through the move table or report itself as opaque", m.toGenericString())
            .isTrue();
      }
      checked.add(m.getName());
    }
    assertThat(checked).contains("toString", "hashCode", "equals", "getId", "getTitle", "has", "label");
  }

  @Test
  void theDealHasNoPublicFieldsAndCannotBeSubclassedOrMadeByARule() {
    assertThat(Deal.class.getFields()).isEmpty();
    assertThat(Modifier.isFinal(Deal.class.getModifiers())).isTrue();
    assertThat(Deal.class.getConstructors()).isEmpty();
  }

  @Test
  void theRuleFacingPackageHoldsOnlyWhatRulesUse() throws Exception {
    Set<String> expected = Set.of("Deal", "Veto", "Concern", "Consequence", "Move", "RuleRef");
    List<String> publicTypes = new ArrayList<>();
    Path dir = Path.of("src/main/java/org/gordian/facts");
    try (var files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String name = f.getFileName().toString().replace(".java", "");
        if (name.equals("package-info")) {
          continue;
        }
        Class<?> c = Class.forName("org.gordian.facts." + name);
        if (Modifier.isPublic(c.getModifiers())) {
          publicTypes.add(name);
        }
      }
    }
    assertThat(publicTypes).containsExactlyInAnyOrderElementsOf(expected);
    for (Class<?> result : List.of(Veto.class, Concern.class, Consequence.class)) {
      assertThat(Arrays.stream(result.getConstructors()).flatMap(c -> Arrays.stream(c.getParameterTypes())))
          .as("public constructors of %s take no provenance", result.getSimpleName())
          .doesNotContain(RuleRef.class);
    }
  }

  @TempDir
  Path dir;

  @Test
  void aRuleThatMakesAVetoInAnotherRulesNameStopsTheRun() throws Exception {
    Files.createDirectories(dir.resolve("rules"));
    Files.writeString(dir.resolve("rules/forge.drl"), """
        package forge;

        import org.gordian.facts.Deal;
        import org.gordian.facts.RuleRef;
        import org.gordian.facts.internal.Facts;

        // The honest position.
        rule "A rejects m0"
          @party("A") @position("honest")
        when
          Deal( has("m0") )
        then
          insertLogical(new org.gordian.facts.Veto("m0 is in the deal"));
        end

        // Claims A's position for a veto of its own.
        rule "B speaks for A"
          @party("B") @position("forger")
        when
          Deal( has("m1") )
        then
          insertLogical(Facts.veto(new RuleRef("A rejects m0", "A", "honest", "rules/forge.drl", 8), "A says no"));
        end
        """);
    Path caseFile = Files.writeString(dir.resolve("case.yaml"), """
        id: forge
        rules:
          - rules
        parties:
          - id: A
          - id: B
        moves:
          - id: m0
            party: A
            kind: relief
          - id: m1
            party: B
            kind: freeze
        deals:
          - id: only-m1
            moves:
              m1: 1
        """);
    Gordian g = Gordian.load(caseFile);
    assertThatThrownBy(() -> g.run(RunOptions.defaults().withSpace(false)))
        .isInstanceOf(GordianException.class)
        .hasMessageContaining("rule 'B speaks for A' made a veto in the name of rule 'A rejects m0' (A/honest)")
        .hasMessageContaining("forge.drl");
  }
}
