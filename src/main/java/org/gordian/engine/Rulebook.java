package org.gordian.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.gordian.diag.Diagnostic;
import org.gordian.facts.RuleRef;
import org.gordian.model.drl.RuleFile;
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
  private final List<RuleFile> sources;
  private final List<Diagnostic> warnings;
  /** The rules' independent groups, each with a knowledge base of its own; made when first asked for. */
  private List<Part> parts;

  /**
   * @param rules each rule by its qualified name ({@code package.name})
   * @param declaredTypes the types declared in DRL ({@code declare X … end}) by simple name
   * @param sources the rule files as read, in the order they were compiled
   * @param warnings problems worth a look that did not stop the build
   */
  public Rulebook(KieBase kieBase, Map<String, RuleRef> rules, Map<String, FactType> declaredTypes,
      List<RuleFile> sources, List<Diagnostic> warnings) {
    this.kieBase = kieBase;
    this.rules = rules;
    this.declaredTypes = declaredTypes;
    this.sources = List.copyOf(sources);
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

  /** The rule files, in the order they were compiled. */
  public List<Path> files() {
    return sources.stream().map(RuleFile::path).toList();
  }

  /** Each rule file's text, by file, in the order they were compiled. */
  public Map<Path, String> texts() {
    Map<Path, String> out = new java.util.LinkedHashMap<>();
    sources.forEach(f -> out.put(f.path(), f.text()));
    return java.util.Collections.unmodifiableMap(out);
  }

  /** The rule files as Drools' parser read them, in the order they were compiled. */
  public List<RuleFile> sources() {
    return sources;
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
   * Finds where a snippet of rule code (such as a constraint Drools reports at run time, or a quoted
   * name) is written in the user's files: the first place, in file order, in the code of a rule's
   * conditions or consequence as the parser read them (comments are not searched), with that rule.
   */
  public java.util.Optional<Location> locate(String snippet) {
    for (RuleFile f : sources) {
      java.util.Optional<RuleFile.Spot> spot = f.find(snippet);
      if (spot.isPresent()) {
        RuleFile.Spot s = spot.get();
        RuleRef around = rules.get(s.rule().qualifiedName());
        if (around == null) {
          around = rules.values().stream().filter(r -> r.rule().equals(s.rule().name())).findFirst().orElse(null);
        }
        return java.util.Optional.of(new Location(f.path(), s.line(), s.column(), around));
      }
    }
    return java.util.Optional.empty();
  }

  /** The rule with this qualified name. */
  public RuleRef rule(String packageName, String name) {
    return rules.get(packageName + "." + name);
  }

  /**
   * The faction each position stands for, by the {@code @faction} of its rules (the first rule in file
   * order that names one; {@code check} refuses positions whose rules disagree); positions whose rules
   * name none are left out.
   */
  public java.util.Map<PositionRef, String> factions() {
    java.util.Map<PositionRef, String> out = new java.util.TreeMap<>();
    for (RuleFile f : sources) {
      for (org.gordian.model.drl.RuleInfo r : f.rules()) {
        String faction = r.meta("faction");
        RuleRef ref = rule(r.packageName(), r.name());
        if (faction != null && !faction.isBlank() && ref != null && !ref.party().isEmpty()
            && !ref.position().isEmpty()) {
          out.putIfAbsent(new PositionRef(ref.party(), ref.position()), faction.strip());
        }
      }
    }
    return java.util.Collections.unmodifiableMap(out);
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
