package org.gordian.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.gordian.diag.Diagnostic;
import org.gordian.facts.RuleRef;
import org.gordian.model.PositionRef;
import org.kie.api.KieBase;
import org.kie.api.definition.type.FactType;

/**
 * Compiled position rules: the Drools knowledge base built from the user's DRL files, with each
 * rule's party, position, file and line, and the fact types the DRL declares. Thread-safe.
 */
public final class Rulebook {
  private final KieBase kieBase;
  private final Map<String, RuleRef> rules;
  private final Map<String, FactType> declaredTypes;
  private final List<Path> files;
  private final Map<Path, String> texts;
  private final List<Diagnostic> warnings;
  /** The rules' independent groups, each with a knowledge base of its own; made when first asked for. */
  private List<Part> parts;

  /**
   * @param rules each rule by its qualified name ({@code package.name})
   * @param declaredTypes the types declared in DRL ({@code declare X … end}) by simple name
   * @param warnings problems worth a look that did not stop the build
   */
  public Rulebook(KieBase kieBase, Map<String, RuleRef> rules, Map<String, FactType> declaredTypes,
      List<Path> files, Map<Path, String> texts, List<Diagnostic> warnings) {
    this.kieBase = kieBase;
    this.rules = rules;
    this.declaredTypes = declaredTypes;
    this.files = files;
    this.texts = texts;
    this.warnings = warnings;
  }

  public KieBase kieBase() {
    return kieBase;
  }

  public Map<String, RuleRef> rules() {
    return rules;
  }

  public Map<String, FactType> declaredTypes() {
    return declaredTypes;
  }

  public List<Path> files() {
    return files;
  }

  public Map<Path, String> texts() {
    return texts;
  }

  public List<Diagnostic> warnings() {
    return warnings;
  }

  /**
   * The rules split into groups that cannot see each other's work, each in a knowledge base of its
   * own; a single part, the whole knowledge base, when the rules cannot be split. Built once, on
   * first use, as the knowledge base itself is.
   */
  synchronized List<Part> parts() {
    if (parts == null) {
      List<java.util.Set<String>> groups = RuleGroups.of(this);
      try {
        parts = groups.size() < 2 ? List.of(Part.of(kieBase))
            : groups.stream().map(g -> Part.of(RuleGroups.build(kieBase, g))).toList();
      } catch (RuntimeException e) {
        // Copying the packages is Drools' business; should it fail, the rules are simply not split.
        org.slf4j.LoggerFactory.getLogger(Rulebook.class).debug("Rules kept in one group: a group's knowledge base"
            + " could not be built", e);
        parts = List.of(Part.of(kieBase));
      }
    }
    return parts;
  }

  /** Where a piece of rule text was written: file, line, column, and the rule around it. */
  public record Location(Path file, int line, int column, RuleRef rule) {}

  /**
   * Finds where a snippet of rule text (such as a constraint Drools reports at run time) is
   * written in the user's files, and the rule around it.
   */
  public java.util.Optional<Location> locate(String snippet) {
    if (snippet == null || snippet.isBlank()) {
      return java.util.Optional.empty();
    }
    for (var e : texts.entrySet()) {
      String[] lines = e.getValue().split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        int c = lines[i].indexOf(snippet.trim());
        if (c >= 0) {
          String display = org.gordian.diag.Paths2.display(e.getKey());
          RuleRef around = null;
          for (RuleRef r : rules.values()) {
            if (r.file().equals(display) && r.line() <= i + 1 && (around == null || r.line() > around.line())) {
              around = r;
            }
          }
          return java.util.Optional.of(new Location(e.getKey(), i + 1, c + 1, around));
        }
      }
    }
    return java.util.Optional.empty();
  }

  /** The rule with this qualified name. */
  public RuleRef rule(String packageName, String name) {
    return rules.get(packageName + "." + name);
  }

  /** Every position some rule names, sorted. */
  public Set<PositionRef> positions() {
    Set<PositionRef> out = new TreeSet<>();
    for (RuleRef r : rules.values()) {
      if (!r.party().isEmpty() && !r.position().isEmpty()) {
        out.add(new PositionRef(r.party(), r.position()));
      }
    }
    return out;
  }
}
