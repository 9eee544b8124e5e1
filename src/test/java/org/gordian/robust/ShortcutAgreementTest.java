package org.gordian.robust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.gordian.Gordian;
import org.gordian.RunOptions;
import org.gordian.analysis.RunResult;
import org.gordian.diag.GordianException;
import org.gordian.engine.EngineOptions;
import org.gordian.facts.Deal;
import org.gordian.report.Format;
import org.gordian.report.Reporters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine's shortcuts never change a report: whole reports (every verdict's reasons, concerns,
 * consequences and their order) are the same with the memo on, with it off, and with the rules
 * evaluated in independent groups, for rule sets that write the deal into their reasons, call its
 * accessors, and between them use every public method of {@link Deal}.
 */
@org.junit.jupiter.api.Tag("slow")
class ShortcutAgreementTest {
  private static final Instant AT = Instant.parse("2019-02-28T06:30:00Z");
  private static final String[] MOVES = {"m0", "m1", "m2", "m3", "m4"};
  private static final String[] PARTIES = {"A", "B"};
  private static final String[] KINDS = {"relief", "freeze", "aid"};
  private static final String[] TAGS = {"early", "costly"};
  private static final String[] SCOPES = {"local", "wide"};

  @TempDir
  Path dir;

  /** The case: five moves of two parties, three listed deals, the space of up to 3 moves in 2 phases. */
  private Path writeCase(String drl) throws IOException {
    StringBuilder c = new StringBuilder("id: shortcut-check\nrules:\n  - rules\nparties:\n  - id: A\n  - id: B\nmoves:\n");
    for (int i = 0; i < MOVES.length; i++) {
      c.append("  - id: ").append(MOVES[i]).append("\n    party: ").append(PARTIES[i % 2])
          .append("\n    kind: ").append(KINDS[i % 3]).append("\n    scope: ").append(SCOPES[i % 2])
          .append("\n    tags: [").append(TAGS[i % 2]).append("]\n    description: move number ").append(i).append('\n');
    }
    c.append("deals:\n"
        + "  - id: first-deal\n    title: The first deal\n    moves:\n      m0: 1\n      m1: 2\n"
        + "  - id: second-deal\n    title: The second deal\n    moves:\n      m1: 1\n      m0: 2\n"
        + "  - id: third-deal\n    moves:\n      m2: 1\n      m3: 1\n      m4: 2\n"
        + "bounds:\n  max-moves: 3\n  phases: 2\n");
    Files.createDirectories(dir.resolve("rules"));
    Files.writeString(dir.resolve("rules/rules.drl"), drl);
    return Files.writeString(dir.resolve("case.yaml"), c);
  }

  private static String header() {
    return "package shortcut;\n\nimport org.gordian.facts.Deal;\nimport org.gordian.facts.Veto;\n"
        + "import org.gordian.facts.Concern;\nimport org.gordian.facts.Consequence;\n";
  }

  private static String rule(int n, String party, String when, String then) {
    return "\n// Generated rule " + n + ".\nrule \"Rule " + n + "\"\n  @party(\"" + party + "\") @position(\"p" + n
        + "\")\nwhen\n  " + when + "\nthen\n  " + then + "\nend\n";
  }

  /** A Java expression calling this public method of the deal {@code $d}, with arguments the case knows. */
  private static String call(Method m, Random r) {
    List<String> args = new ArrayList<>();
    Class<?>[] types = m.getParameterTypes();
    String name = m.getName();
    for (int i = 0; i < types.length; i++) {
      if (types[i] == Object.class) {
        args.add("$d");
        continue;
      }
      String[] pool;
      if (name.contains("Kind") && i == 0) {
        pool = KINDS;
      } else if (name.endsWith("By") || name.contains("KindBy")) {
        pool = PARTIES;
      } else if (name.contains("Tag")) {
        pool = TAGS;
      } else if (name.contains("Scope")) {
        pool = SCOPES;
      } else {
        pool = MOVES;
      }
      args.add("\"" + pool[r.nextInt(pool.length)] + "\"");
    }
    return "$d." + name + "(" + String.join(", ", args) + ")";
  }

  /** The deal's public methods that a rule can call, Object's included, in a fixed order. */
  static List<Method> dealMethods() {
    return Arrays.stream(Deal.class.getMethods())
        .filter(m -> !Modifier.isStatic(m.getModifiers()))
        .filter(m -> !List.of("wait", "notify", "notifyAll", "getClass").contains(m.getName()))
        .sorted(Comparator.comparing(Method::toGenericString))
        .toList();
  }

  /**
   * A rule set from a seed: each rule matches the deal on one of its queries, and its result's text
   * (or weight) is made from calls of other methods, the deal itself written into text among them.
   */
  static String randomRules(long seed) {
    Random r = new Random(seed);
    List<Method> methods = dealMethods();
    StringBuilder drl = new StringBuilder(header());
    int n = 3 + r.nextInt(5);
    for (int i = 0; i < n; i++) {
      Method test = methods.get(r.nextInt(methods.size()));
      String cond = test.getReturnType() == boolean.class ? call(test, r)
          : test.getReturnType() == int.class ? call(test, r) + " >= " + r.nextInt(3)
          : call(test, r) + " != null";
      StringBuilder text = new StringBuilder("\"rule " + i + "\"");
      for (int k = 0; k < 1 + r.nextInt(3); k++) {
        text.append(" + \" \" + ").append(r.nextInt(4) == 0 ? "$d" : call(methods.get(r.nextInt(methods.size())), r));
      }
      String party = PARTIES[r.nextInt(2)];
      String then = switch (r.nextInt(3)) {
        case 0 -> "insertLogical(new Veto(" + text + "));";
        case 1 -> "insertLogical(new Concern(" + (r.nextInt(5) - 2) + " + $d.size() * 0.5, " + text + "));";
        default -> "insertLogical(new Consequence(\"c" + i + "\", " + text + "));";
      };
      drl.append(rule(i, party, "$d : Deal( " + cond + " )", then));
    }
    drl.append(rule(n, "A", "$d : Deal()\n  $c : Consequence()",
        "insertLogical(new Concern(-1, \"seen \" + $c.getDescription() + \" in \" + $d));"));
    return drl.toString();
  }

  /** One rule per public method of the deal, each writing what the method answers into a veto. */
  static String everyMethodRules() {
    Random r = new Random(7);
    StringBuilder drl = new StringBuilder(header());
    List<Method> methods = dealMethods();
    for (int i = 0; i < methods.size(); i++) {
      String c = call(methods.get(i), r);
      drl.append(rule(i, PARTIES[i % 2], "$d : Deal()",
          "insertLogical(new Veto(\"" + methods.get(i).getName() + " gives \" + " + c + "));"));
    }
    return drl.toString();
  }

  private static String report(Gordian g, EngineOptions engine, Format format) {
    RunResult result = g.run(RunOptions.defaults().withThreads(1, 64).withEngine(engine).withKeep(10_000, 100));
    StringWriter w = new StringWriter();
    try {
      Reporters.of(format, AT).write(result, w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  private void assertShortcutsAgree(String drl) throws IOException {
    Gordian g = Gordian.load(writeCase(drl));
    EngineOptions plain = EngineOptions.DEFAULT.withMemo(false).withSplitFrom(Long.MAX_VALUE);
    EngineOptions memo = EngineOptions.DEFAULT.withMemo(true).withSplitFrom(Long.MAX_VALUE);
    EngineOptions split = EngineOptions.DEFAULT.withMemo(true).withSplitFrom(0);
    for (Format f : List.of(Format.JSON, Format.MARKDOWN)) {
      String expected = report(g, plain, f);
      assertThat(report(g, memo, f)).as("%s report with the memo on, rules:%n%s", f, drl).isEqualTo(expected);
      assertThat(report(g, split, f)).as("%s report with the rules split into groups, rules:%n%s", f, drl)
          .isEqualTo(expected);
    }
  }

  @Test
  void aReasonThatWritesTheDealNamesEachDealItself() throws IOException {
    String drl = header() + rule(0, "A", "$d : Deal( size >= 1 )", "insertLogical(new Veto(\"A rejects \" + $d));");
    Gordian g = Gordian.load(writeCase(drl));
    RunResult r = g.run(RunOptions.defaults().withThreads(1, 64).withSpace(false));
    assertThat(r.listed()).anySatisfy(o -> {
      assertThat(o.id()).isEqualTo("second-deal");
      assertThat(o.verdict().vetoes()).singleElement().satisfies(v -> assertThat(v.getReason()).contains("second-deal"));
    });
    assertShortcutsAgree(drl);
  }

  /**
   * A rule that reads the deal behind its methods' back (here by reflection on a private field) is
   * out of the memo's sight: verifying the shortcuts catches the wrong verdict it leads to.
   */
  @Test
  void verifyingTheShortcutsStopsARunWhoseMemoAnswerIsWrong() throws IOException {
    String drl = header() + rule(0, "A", "$d : Deal( size >= 1 )", """
        java.lang.reflect.Field f = Deal.class.getDeclaredField("phase");
          f.setAccessible(true);
          insertLogical(new Veto("phases " + java.util.Arrays.toString((byte[]) f.get($d))));""");
    Gordian g = Gordian.load(writeCase(drl));
    RunOptions options = RunOptions.defaults().withThreads(1, 64).withSpace(false);
    assertThat(g.run(options).listed()).extracting(o -> o.verdict().vetoes().get(0).getReason())
        .as("the memo shares the first deal's text: the fault the check must catch")
        .containsExactly("phases [1, 2, 0, 0, 0]", "phases [1, 2, 0, 0, 0]", "phases [0, 0, 1, 1, 2]");
    assertThatThrownBy(() -> g.run(options.withEngine(EngineOptions.DEFAULT.withVerifyEvery(1))))
        .isInstanceOf(GordianException.class)
        .hasMessageContaining("the memo or the rule groups gave deal 'second-deal' the verdict")
        .hasMessageContaining("phases [2, 1, 0, 0, 0]")
        .hasMessageContaining("firing all the rules without them gives");
    assertThat(g.run(options.withEngine(EngineOptions.DEFAULT.withMemo(false))).listed())
        .extracting(o -> o.verdict().vetoes().get(0).getReason()).containsExactly("phases [1, 2, 0, 0, 0]", "phases [2, 1, 0, 0, 0]", "phases [0, 0, 1, 1, 2]");
  }

  /**
   * Relaxations are searched once per deal shape only while no rule reads a deal's identity: two
   * listed deals with the same moves in the same phases, told apart by a rule that reads the id,
   * each get their own minimal relaxations.
   */
  @Test
  void dealsOfOneShapeToldApartByTheirIdsAreRelaxedApart() throws IOException {
    String drl = header()
        + rule(0, "A", "Deal( id == \"first\" )", "insertLogical(new Veto(\"A rejects the deal named first\"));")
        + rule(1, "B", "Deal( has(\"m0\") )", "insertLogical(new Veto(\"B rejects m0\"));");
    Files.createDirectories(dir.resolve("rules"));
    Files.writeString(dir.resolve("rules/rules.drl"), drl);
    Path caseFile = Files.writeString(dir.resolve("case.yaml"), "id: twins\nrules:\n  - rules\nparties:\n"
        + "  - id: A\n  - id: B\nmoves:\n  - id: m0\n    party: A\n    kind: relief\n  - id: m1\n    party: B\n"
        + "    kind: freeze\ndeals:\n  - id: first\n    moves:\n      m0: 1\n      m1: 2\n"
        + "  - id: twin\n    moves:\n      m0: 1\n      m1: 2\nbounds:\n  max-moves: 2\n  phases: 2\n");
    RunResult r = Gordian.load(caseFile).run(RunOptions.defaults().withThreads(1, 64));
    assertThat(r.analyses().relaxation("first")).hasValueSatisfying(x ->
        assertThat(x.sets()).extracting(Object::toString).containsExactly("[A/p0, B/p1]"));
    assertThat(r.analyses().relaxation("twin")).hasValueSatisfying(x ->
        assertThat(x.sets()).extracting(Object::toString).containsExactly("[B/p1]"));
  }

  @Test
  void everyPublicMethodOfTheDealGivesTheSameReportsWithAndWithoutShortcuts() throws IOException {
    assertShortcutsAgree(everyMethodRules());
  }

  static Stream<Long> seeds() {
    return IntStream.range(0, 12).mapToObj(i -> 1_000L + i);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void randomRuleSetsGiveTheSameReportsWithAndWithoutShortcuts(long seed) throws IOException {
    assertShortcutsAgree(randomRules(seed));
  }
}
