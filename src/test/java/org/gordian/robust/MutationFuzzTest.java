package org.gordian.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gordian.cli.Main;
import org.gordian.diag.GordianException;
import org.gordian.load.CaseLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutates the shipped Hanoi case and its rules (deleted, duplicated and swapped lines, flipped
 * characters, changed numbers, deleted tokens) with a fixed seed and checks that whatever comes
 * of it reaches the user as a report or as diagnostics: never an internal error or a stack trace.
 */
@org.junit.jupiter.api.Tag("slow")
class MutationFuzzTest {
  private static final long SEED = 20190228L;
  private static final Path CASE = Path.of("examples/hanoi-2019/case.yaml");
  private static final Path RULES = Path.of("rules/hanoi-2019");
  private static final Pattern PLACE = Pattern.compile("^(gordian: |\\S+?(:\\d+)?(:\\d+)?: ).+");
  private static final String FLIPS = ":-# \t\"'[]{}&*!|>%@,0123456789xyzXYZ\u00e9";

  @TempDir
  Path tmp;

  @Test
  void mutatedCaseFilesLoadOrFailWithDiagnosticsOnly() throws IOException {
    String original = Files.readString(CASE);
    Random r = new Random(SEED);
    Path file = tmp.resolve("case.yaml");
    int failures = 0;
    for (int i = 0; i < 600; i++) {
      String mutated = mutateCase(original, r, 1 + r.nextInt(3));
      Files.writeString(file, mutated);
      try {
        CaseLoader.load(file);
      } catch (GordianException e) {
        failures++;
        assertThat(e.diagnostics()).as("mutant %d:%n%s", i, mutated).isNotEmpty()
            .allSatisfy(d -> assertThat(d.message()).isNotBlank());
      }
    }
    assertThat(failures).as("the mutations broke some files").isGreaterThan(120);
  }

  @Test
  void mutatedCasesRunThroughTheCommandLineWithoutInternalErrors() throws IOException {
    String original = Files.readString(CASE);
    Random r = new Random(SEED + 1);
    Path caseDir = layout();
    TreeMap<Integer, Integer> codes = new TreeMap<>();
    for (int i = 0; i < 30; i++) {
      Files.writeString(caseDir.resolve("case.yaml"), mutateCase(original, r, 1 + r.nextInt(2)));
      codes.merge(runAndCheck(caseDir, "case mutant " + i), 1, Integer::sum);
    }
    assertThat(codes.keySet()).as("exit codes seen: %s", codes).contains(0, 3);
  }

  @Test
  void mutatedRulesRunThroughTheCommandLineWithoutInternalErrors() throws IOException {
    Random r = new Random(SEED + 2);
    Path caseDir = layout();
    Path rules = tmp.resolve("rules/hanoi-2019");
    List<Path> files;
    try (Stream<Path> s = Files.list(rules)) {
      files = s.sorted().toList();
    }
    TreeMap<Integer, Integer> codes = new TreeMap<>();
    for (int i = 0; i < 15; i++) {
      Path victim = files.get(r.nextInt(files.size()));
      String before = Files.readString(victim);
      Files.writeString(victim, mutateDrl(before, r));
      try {
        codes.merge(runAndCheck(caseDir, "rule mutant " + i + " of " + victim.getFileName()), 1, Integer::sum);
      } finally {
        Files.writeString(victim, before);
      }
    }
    assertThat(codes.keySet()).as("exit codes seen: %s", codes).contains(3);
  }

  /** Copies the example into the temporary folder with its rules where the case file looks for them. */
  private Path layout() throws IOException {
    Path caseDir = Files.createDirectories(tmp.resolve("examples/hanoi-2019"));
    Files.copy(CASE, caseDir.resolve("case.yaml"));
    BrokenInputsTest.copy(RULES, tmp.resolve("rules/hanoi-2019"));
    return caseDir;
  }

  private int runAndCheck(Path caseDir, String what) throws IOException {
    Path report = tmp.resolve("report.md");
    Files.writeString(report, "previous\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"run", caseDir.toString(), "--max-moves", "2", "--phases", "2", "--limit", "3000",
        "--threads", "1",
        "--max-firings", "2000", "--out", report.toString()},
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    String stderr = err.toString(StandardCharsets.UTF_8);
    String mutant = Files.readString(caseDir.resolve("case.yaml"));
    assertThat(code).as("%s exit code; stderr:%n%s", what, stderr).isIn(0, 3, 4, 5);
    assertThat(stderr).as(what).doesNotContainPattern("(?m)^\\s+at [\\w.$]+\\(").doesNotContain("Caused by:");
    if (code != 0) {
      assertThat(stderr.lines().findFirst().orElse("")).as("%s gives a placed diagnostic first:%n%s%ncase file:%n%s",
          what, stderr, mutant).matches(PLACE);
      assertThat(Files.readString(report)).as(what).isEqualTo("previous\n");
    }
    try (Stream<Path> s = Files.list(tmp)) {
      assertThat(s.map(p -> p.getFileName().toString()).sorted().toList()).as(what)
          .containsExactly("examples", "report.md", "rules");
    }
    return code;
  }

  static String mutateCase(String text, Random r, int times) {
    List<UnaryOperator<List<String>>> ops = List.of(
        lines -> remove(lines, r),
        lines -> duplicate(lines, r),
        lines -> swap(lines, r),
        lines -> flip(lines, r),
        lines -> number(lines, r),
        lines -> indent(lines, r));
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    for (int k = 0; k < times; k++) {
      lines = ops.get(r.nextInt(ops.size())).apply(lines);
    }
    return String.join("\n", lines);
  }

  static String mutateDrl(String text, Random r) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    switch (r.nextInt(5)) {
      case 0 -> {
        List<String> tokens = new ArrayList<>(Arrays.asList(text.split("(?<=\\s)|(?=\\s)|(?<=[()\";,{}])|(?=[()\";,{}])")));
        int at = r.nextInt(tokens.size());
        while (tokens.get(at).isBlank()) {
          at = r.nextInt(tokens.size());
        }
        tokens.remove(at);
        return String.join("", tokens);
      }
      case 1 -> lines = swap(lines, r);
      case 2 -> lines = remove(lines, r);
      case 3 -> lines = duplicate(lines, r);
      default -> lines = flip(lines, r);
    }
    return String.join("\n", lines);
  }

  private static List<String> remove(List<String> lines, Random r) {
    if (!lines.isEmpty()) {
      lines.remove(r.nextInt(lines.size()));
    }
    return lines;
  }

  private static List<String> duplicate(List<String> lines, Random r) {
    if (!lines.isEmpty()) {
      int i = r.nextInt(lines.size());
      lines.add(i, lines.get(i));
    }
    return lines;
  }

  private static List<String> swap(List<String> lines, Random r) {
    if (lines.size() > 1) {
      int i = r.nextInt(lines.size() - 1);
      String a = lines.get(i);
      lines.set(i, lines.get(i + 1));
      lines.set(i + 1, a);
    }
    return lines;
  }

  private static List<String> flip(List<String> lines, Random r) {
    int i = r.nextInt(lines.size());
    String l = lines.get(i);
    if (!l.isEmpty()) {
      int at = r.nextInt(l.length());
      lines.set(i, l.substring(0, at) + FLIPS.charAt(r.nextInt(FLIPS.length())) + l.substring(at + 1));
    }
    return lines;
  }

  private static List<String> number(List<String> lines, Random r) {
    String[] values = {"0", "-1", "7", "61", "99999999999", "2.5", "1e3", "x"};
    for (int tries = 0; tries < 50; tries++) {
      int i = r.nextInt(lines.size());
      Matcher m = Pattern.compile("\\d+").matcher(lines.get(i));
      if (m.find()) {
        lines.set(i, lines.get(i).substring(0, m.start()) + values[r.nextInt(values.length)]
            + lines.get(i).substring(m.end()));
        break;
      }
    }
    return lines;
  }

  private static List<String> indent(List<String> lines, Random r) {
    int i = r.nextInt(lines.size());
    lines.set(i, r.nextBoolean() ? "  " + lines.get(i) : lines.get(i).replaceFirst("^  ", ""));
    return lines;
  }
}
