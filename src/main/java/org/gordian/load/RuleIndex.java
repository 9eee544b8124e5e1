package org.gordian.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The rules written in DRL files as text shows them, for checks that read the files without compiling them. */
public final class RuleIndex {
  private RuleIndex() {}

  /**
   * A rule as written.
   *
   * @param line the 1-based line of its {@code rule} keyword
   */
  public record WrittenRule(Path file, String name, int line, boolean hasParty, boolean hasPosition,
      boolean derives) {}

  /** A DRL file's text. */
  public record DrlText(Path file, String text) {}

  /**
   * Reads DRL files.
   *
   * @throws org.gordian.diag.GordianException when a file cannot be read
   */
  public static List<DrlText> read(List<Path> files) {
    List<DrlText> out = new ArrayList<>();
    for (Path f : files) {
      out.add(new DrlText(f, CaseLoader.readText(f)));
    }
    return out;
  }

  /** Every rule of the given files, in file order. */
  public static List<WrittenRule> rules(List<DrlText> texts) {
    List<WrittenRule> out = new ArrayList<>();
    for (DrlText t : texts) {
      for (DrlScanner.ScannedRule r : DrlScanner.scan(t.text())) {
        out.add(new WrittenRule(t.file(), r.name(), r.line(), r.hasParty(), r.hasPosition(),
            r.consequence().contains("Consequence(")));
      }
    }
    return out;
  }
}
