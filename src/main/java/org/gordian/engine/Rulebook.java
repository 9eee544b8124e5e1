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
 * rule's party, position, file and line, and the fact types the DRL declares.
 *
 * @param rules each rule by its qualified name ({@code package.name})
 * @param declaredTypes the types declared in DRL ({@code declare X … end}) by simple name
 * @param warnings problems worth a look that did not stop the build
 */
public record Rulebook(
    KieBase kieBase,
    Map<String, RuleRef> rules,
    Map<String, FactType> declaredTypes,
    List<Path> files,
    List<Diagnostic> warnings) {

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
