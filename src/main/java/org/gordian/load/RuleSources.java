package org.gordian.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.gordian.diag.Diagnostic;
import org.gordian.diag.GordianException;
import org.gordian.diag.Message;
import org.gordian.engine.drools.DecisionTables;
import org.gordian.engine.drools.SentenceExpander;

/**
 * The rule files of a rule folder as DRL: a {@code .drl} file as written, a DSL rule file
 * ({@code .dslr}) expanded with the {@code .dsl} mappings beside it and Gordian's own DSL, line for
 * line, and a decision table ({@code .csv}, {@code .xlsx}) compiled by Drools, with the row and cell
 * of each rule it makes. Every later step (the DRL model, compiling, the rule cache, provenance)
 * reads the DRL under the path of the file the analyst wrote.
 */
public final class RuleSources {
  /** The extensions of the files a rule folder's rules are read from. */
  public static final List<String> RULE_EXTENSIONS = List.of(".drl", ".dslr", ".csv", ".xlsx");

  /** The class-path resource holding Gordian's own DSL, tried after a folder's {@code .dsl} files. */
  public static final String GORDIAN_DSL = "org/gordian/load/gordian.dsl";

  private static final String DSL = ".dsl";

  private RuleSources() {}

  /**
   * A rule file read as DRL.
   *
   * @param file the file as written
   * @param drl its DRL (for a {@code .dslr}, on the same lines)
   * @param table the compiled table, for a decision table
   * @param problems what the DSL expansion or the table compiler refused
   * @param inputs every file the DRL was made from ({@link #inputsOf})
   */
  public record Source(Path file, String drl, Optional<DecisionTables.Table> table, List<Diagnostic> problems,
      List<Path> inputs) {}

  /** Whether a path names a file rules are read from. */
  public static boolean isRuleFile(Path f) {
    String n = f.getFileName() == null ? "" : f.getFileName().toString();
    return RULE_EXTENSIONS.stream().anyMatch(n::endsWith);
  }

  /** The extensions as a reader names them: {@code .drl, .dslr, .csv or .xlsx}. */
  public static String extensionsText() {
    return String.join(", ", RULE_EXTENSIONS.subList(0, RULE_EXTENSIONS.size() - 1)) + " or "
        + RULE_EXTENSIONS.get(RULE_EXTENSIONS.size() - 1);
  }

  /**
   * Reads a rule file as DRL.
   *
   * @throws GordianException when the file cannot be read
   */
  public static Source read(Path file) {
    String name = file.getFileName().toString();
    if (name.endsWith(".dslr")) {
      List<Path> mappings = mappingsBeside(file);
      List<SentenceExpander.Mapping> given = new ArrayList<>();
      for (Path m : mappings) {
        given.add(new SentenceExpander.Mapping(m, CaseLoader.readText(m)));
      }
      given.add(new SentenceExpander.Mapping(BUILT_IN, gordianDsl()));
      SentenceExpander.Expansion e = SentenceExpander.expand(file, CaseLoader.readText(file), given);
      return new Source(file, e.drl(), Optional.empty(), e.problems(), inputsOf(file));
    }
    if (DecisionTables.isTable(file)) {
      DecisionTables.Table t = DecisionTables.compile(file, CaseLoader.readBytes(file));
      return new Source(file, t.drl(), Optional.of(t), t.problems(), List.of(file));
    }
    return new Source(file, CaseLoader.readText(file), Optional.empty(), List.of(), List.of(file));
  }

  /**
   * Every file a rule file's DRL is made from: the file itself, and for a {@code .dslr} file the
   * {@code .dsl} files beside it and Gordian's own DSL ({@link #BUILT_IN}).
   */
  public static List<Path> inputsOf(Path file) {
    List<Path> inputs = new ArrayList<>(List.of(file));
    if (file.getFileName().toString().endsWith(".dslr")) {
      inputs.addAll(mappingsBeside(file));
      inputs.add(BUILT_IN);
    }
    return List.copyOf(inputs);
  }

  /** The {@code .dsl} files in the folder of a {@code .dslr} file, sorted by name. */
  public static List<Path> mappingsBeside(Path dslr) {
    Path folder = dslr.toAbsolutePath().getParent();
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(p -> p.getFileName().toString().endsWith(DSL) && Files.isRegularFile(p)).sorted().toList();
    } catch (IOException e) {
      throw new GordianException(Diagnostic.error(folder, 0, 0, Message.CANNOT_LIST_DSL_MAPPINGS.say(e.getMessage())));
    }
  }

  /** A SHA-256 digest of a file's bytes (or of the built-in DSL), for the rule cache's key. */
  public static String digest(Path file) {
    try {
      java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
      byte[] bytes = file.equals(BUILT_IN) ? gordianDsl().getBytes(StandardCharsets.UTF_8) : CaseLoader.readBytes(file);
      return java.util.HexFormat.of().formatHex(sha.digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The name Gordian's own DSL goes by in diagnostics and digests. */
  static final Path BUILT_IN = Path.of("gordian.dsl (built in)");

  /** The text of Gordian's own DSL. */
  public static String gordianDsl() {
    try (InputStream in = RuleSources.class.getClassLoader().getResourceAsStream(GORDIAN_DSL)) {
      if (in == null) {
        throw new IllegalStateException("the resource " + GORDIAN_DSL + " is missing from the jar"); // internal
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A diagnostic on the DRL made from a decision table, placed in the table instead: the row of the
   * rule it is about and the cell whose value the DRL line shows. Others come back as they are.
   */
  public static Diagnostic relocate(Diagnostic d, Map<Path, Source> sources) {
    Source s = d.file() == null ? null : sources.get(d.file());
    if (s == null || s.table().isEmpty()) {
      return d;
    }
    Optional<DecisionTables.Spot> spot = d.line() > 0 ? DecisionTables.locate(s.table().get(), d.line())
        : DecisionTables.quoted(s.table().get(), d.message());
    if (spot.isEmpty()) {
      return d.line() == 0 ? d : new Diagnostic(d.severity(), d.file(), 0, 0, Message.IN_TABLE_DRL.say(d.line(),
          d.message()));
    }
    DecisionTables.Spot c = spot.get();
    return new Diagnostic(d.severity(), d.file(), c.row(), 0, Message.IN_TABLE_CELL.say(c.label(),
        (c.value().isEmpty() ? "" : " ('" + c.value() + "')"), d.message()));
  }
}
