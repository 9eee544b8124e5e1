package org.gordian;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes variants of the shipped Hanoi case into a temporary folder for tests that need broken or edited input. */
public final class CaseFiles {
  private CaseFiles() {}

  /**
   * The Hanoi case file's text with its rule folder made absolute, so the copy works from any folder;
   * its rules then lie outside the copy's project, so loading it needs {@code RulesOutside.ALLOWED}
   * (or {@code --allow-rules-outside}) unless the rule folder is replaced by one beside it.
   */
  public static String hanoiText() throws IOException {
    String text = Files.readString(TestCases.HANOI.resolve("case.yaml"));
    return text.replace("../../rules/hanoi-2019", Path.of("rules/hanoi-2019").toAbsolutePath().toString());
  }

  /** Writes a case file into {@code dir} and returns it. */
  public static Path write(Path dir, String text) throws IOException {
    Path file = dir.resolve("case.yaml");
    Files.writeString(file, text);
    return file;
  }

  /** Copies the Hanoi rules into {@code dir} and returns the copy's folder. */
  public static Path copyRules(Path dir) throws IOException {
    Path out = Files.createDirectories(dir.resolve("rules"));
    try (var files = Files.list(Path.of("rules/hanoi-2019"))) {
      for (Path f : files.toList()) {
        Files.copy(f, out.resolve(f.getFileName()));
      }
    }
    return out;
  }

  /**
   * Puts the DRL the Hanoi ROK positions were written in before they became sentences
   * ({@code rok.dslr}) into a copy of the rules, as {@code rok.drl}, for tests that edit DRL.
   */
  public static Path rokAsDrl(Path rules) throws IOException {
    Files.delete(rules.resolve("rok.dslr"));
    return Files.copy(Path.of("src/test/resources/dsl/hanoi-2019-rok.drl"), rules.resolve("rok.drl"));
  }

  /**
   * A copy of the Hanoi case whose rules can be edited: the rules go to {@code dir/rules}, the case
   * file naming them to {@code dir/case/case.yaml}, which is returned.
   */
  public static Path copyHanoi(Path dir) throws IOException {
    Path rules = copyRules(dir);
    return write(Files.createDirectories(dir.resolve("case")), hanoiText()
        .replace(Path.of("rules/hanoi-2019").toAbsolutePath().toString(), rules.toString()));
  }

  /** The line (1-based) on which {@code needle} first appears in {@code text}. */
  public static int lineOf(String text, String needle) {
    int at = text.indexOf(needle);
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }
}
