package org.gordian.model.drl;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A rule (or query) as its DRL file writes it, read by Drools' parser.
 *
 * @param file the file it is written in
 * @param packageName the package of its file, or the empty string
 * @param name its name, without quotes
 * @param query whether it is a query rather than a rule
 * @param line the 1-based line of its {@code rule} (or {@code query}) keyword
 * @param column the 1-based column of that keyword
 * @param endLine the 1-based line of its {@code end}
 * @param start the 0-based offset of its keyword in the file's text
 * @param end the 0-based offset just past its {@code end}
 * @param metadata its annotations by name, values without quotes ({@code party}, {@code position} …)
 * @param attributes its attributes by name ({@code salience}, {@code agenda-group} …) with their
 *     values as written; attributes given at file level are included, as Drools applies them
 * @param parent the rule it extends, if any
 * @param patterns the patterns of its conditions, nested ones included, in the order written
 * @param conditions the code of its conditions: constraints, {@code eval}s, {@code from}
 *     expressions and {@code accumulate} code, in the order written
 * @param consequence its consequence after {@code then}; null for a query
 * @param namedConsequences its named consequences ({@code then[name]}) by name
 */
public record RuleInfo(Path file, String packageName, String name, boolean query, int line, int column, int endLine,
    int start, int end, Map<String, String> metadata, Map<String, String> attributes, Optional<String> parent,
    List<PatternInfo> patterns, List<Code> conditions, Code consequence, Map<String, Code> namedConsequences) {

  /**
   * A pattern of a rule's conditions.
   *
   * @param type the fact type as written (simple or qualified)
   * @param binding the variable it is bound to, or the empty string
   * @param line the 1-based line of its type's name
   * @param column the 1-based column of its type's name
   */
  public record PatternInfo(String type, String binding, int line, int column) {}

  public RuleInfo {
    metadata = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metadata));
    attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
    patterns = List.copyOf(patterns);
    conditions = List.copyOf(conditions);
    namedConsequences = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(namedConsequences));
  }

  /** The name {@code package.name} the knowledge base knows it by. */
  public String qualifiedName() {
    return packageName.isEmpty() ? name : packageName + "." + name;
  }

  /** The value of a metadata key, or the empty string. */
  public String meta(String key) {
    return metadata.getOrDefault(key, "");
  }

  /** Every piece of code the rule holds: conditions, consequence and named consequences. */
  public List<Code> code() {
    List<Code> out = new ArrayList<>(conditions);
    if (consequence != null) {
      out.add(consequence);
    }
    out.addAll(namedConsequences.values());
    return out;
  }

  /** Whether a consequence of the rule names the fact type {@code type} as code (not in a comment or a literal). */
  public boolean makes(String type) {
    return (consequence != null && consequence.namesType(type))
        || namedConsequences.values().stream().anyMatch(c -> c.namesType(type));
  }

  /** What the string and character literals of its conditions and consequences hold. */
  public List<String> literals() {
    return code().stream().flatMap(c -> c.tokens().literals().stream()).toList();
  }
}
