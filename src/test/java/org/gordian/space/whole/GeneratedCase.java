package org.gordian.space.whole;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a case and its rules from a seed: moves of three parties with kinds, tags and scopes, and
 * positions (vetoes and concerns) whose conditions ask aggregate questions of a deal — counts by
 * party and kind, the first and last phase of a kind or tag, whether it holds a move, the phase of
 * a move, its size and phase count. For property tests against enumeration and for the benchmark.
 */
public final class GeneratedCase {
  static final String[] PARTIES = {"A", "B", "C"};
  static final String[] KINDS = {"relief", "freeze", "aid", "verify"};
  static final String[] TAGS = {"early", "costly"};

  private GeneratedCase() {}

  /**
   * Writes {@code case.yaml} and {@code rules/rules.drl} into the folder; returns the case file.
   *
   * @param bounds the case file's {@code bounds:} block, without the key (indented by two spaces)
   */
  public static Path write(Path dir, long seed, int moves, int rules, String bounds) throws IOException {
    Random r = new Random(seed);
    List<String> kindOf = new ArrayList<>();
    StringBuilder c = new StringBuilder("id: generated-" + seed + "\nrules:\n  - rules\nparties:\n");
    for (String p : PARTIES) {
      c.append("  - id: ").append(p).append('\n');
    }
    c.append("moves:\n");
    for (int i = 0; i < moves; i++) {
      String kind = KINDS[r.nextInt(KINDS.length)];
      kindOf.add(kind);
      c.append("  - id: m").append(i).append("\n    party: ").append(PARTIES[i % PARTIES.length])
          .append("\n    kind: ").append(kind).append("\n    scope: s").append(r.nextInt(2))
          .append("\n    tags: [").append(TAGS[r.nextInt(TAGS.length)]).append("]\n    description: move ")
          .append(i).append('\n');
    }
    c.append("bounds:\n").append(bounds);
    StringBuilder drl = new StringBuilder("package generated;\n\nimport org.gordian.facts.Deal;\n"
        + "import org.gordian.facts.Veto;\nimport org.gordian.facts.Concern;\n");
    for (int i = 0; i < rules; i++) {
      String when = condition(r, moves);
      String party = PARTIES[r.nextInt(PARTIES.length)];
      String then = r.nextInt(3) == 0
          ? "insertLogical(new Concern(" + (r.nextInt(7) - 3) + " + $d.countBy(\"" + party + "\") * 0.5, \"weighs\"));"
          : "insertLogical(new Veto(\"rejects: " + when.replace("\"", "'") + "\"));";
      drl.append("\n// Generated position ").append(i).append(".\nrule \"Generated rule ").append(i)
          .append("\"\n  @party(\"").append(party).append("\") @position(\"p").append(i).append("\")\nwhen\n  $d : Deal( ")
          .append(when).append(" )\nthen\n  ").append(then).append("\nend\n");
    }
    Files.createDirectories(dir.resolve("rules"));
    Files.writeString(dir.resolve("rules/rules.drl"), drl);
    return Files.writeString(dir.resolve("case.yaml"), c);
  }

  /**
   * The benchmark's case: {@code moves} moves (at least 18) of three parties, any number of them in up
   * to {@code phases} phases, and six positions asking aggregate questions: how many moves party A
   * gives, the first phase of relief against the last of verification, whether two moves are there,
   * the phases of two moves, whether C gives aid; A's count also weighs as a concern.
   */
  public static Path writeBench(Path dir, int moves, int phases) throws IOException {
    Path caseFile = write(dir, 30_1986L, moves, 0, "  max-moves: " + moves + "\n  phases: " + phases + "\n");
    String[][] rules = {
        {"A", "countBy(\"A\") > 6", "veto"},
        {"B", "firstPhaseOfKind(\"relief\") > 0 && firstPhaseOfKind(\"relief\") <= lastPhaseOfKind(\"verify\")", "veto"},
        {"B", "has(\"m3\") && !has(\"m17\")", "veto"},
        {"C", "phaseOf(\"m5\") > phaseOf(\"m12\")", "veto"},
        {"C", "hasKindBy(\"aid\", \"C\") && countBy(\"A\") == 0", "veto"},
        {"A", "countBy(\"A\") > 0", "concern"}};
    StringBuilder drl = new StringBuilder("package generated;\n\nimport org.gordian.facts.Deal;\n"
        + "import org.gordian.facts.Veto;\nimport org.gordian.facts.Concern;\n");
    for (int i = 0; i < rules.length; i++) {
      String then = rules[i][2].equals("veto") ? "insertLogical(new Veto(\"rejects: " + rules[i][1].replace("\"", "'") + "\"));"
          : "insertLogical(new Concern(3 - $d.countBy(\"A\") * 0.5, \"weighs A's share\"));";
      drl.append("\n// Benchmark position ").append(i).append(".\nrule \"Benchmark rule ").append(i)
          .append("\"\n  @party(\"").append(rules[i][0]).append("\") @position(\"b").append(i).append("\")\nwhen\n  $d : Deal( ")
          .append(rules[i][1]).append(" )\nthen\n  ").append(then).append("\nend\n");
    }
    Files.writeString(dir.resolve("rules/rules.drl"), drl);
    return caseFile;
  }

  private static String condition(Random r, int moves) {
    String p = PARTIES[r.nextInt(PARTIES.length)];
    String q = PARTIES[r.nextInt(PARTIES.length)];
    String k = KINDS[r.nextInt(KINDS.length)];
    String l = KINDS[r.nextInt(KINDS.length)];
    String t = TAGS[r.nextInt(TAGS.length)];
    String x = "\"m" + r.nextInt(moves) + "\"";
    String y = "\"m" + r.nextInt(moves) + "\"";
    int n = 1 + r.nextInt(3);
    return switch (r.nextInt(10)) {
      case 0 -> "countBy(\"" + p + "\") > " + n + " && countBy(\"" + q + "\") == 0";
      case 1 -> "firstPhaseOfKind(\"" + k + "\") > 0 && firstPhaseOfKind(\"" + k + "\") <= lastPhaseOfKind(\"" + l + "\")";
      case 2 -> "has(" + x + ") && !has(" + y + ")";
      case 3 -> "phaseOf(" + x + ") > phaseOf(" + y + ")";
      case 4 -> "hasKind(\"" + k + "\") && countOfKind(\"" + l + "\") < " + n;
      case 5 -> "before(" + x + ", " + y + ")";
      case 6 -> "size() > " + (n + 2) + " || phaseCount() == " + n;
      case 7 -> "hasTag(\"" + t + "\") && firstPhaseOfTag(\"" + t + "\") >= firstPhaseOfKind(\"" + k + "\")";
      case 8 -> "countOfKindBy(\"" + k + "\", \"" + p + "\") >= " + n + " || lastPhaseBy(\"" + p + "\") > firstPhaseBy(\"" + q + "\")";
      default -> "hasScope(\"s1\") && samePhase(" + x + ", " + y + ")";
    };
  }
}
