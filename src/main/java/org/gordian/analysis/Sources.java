package org.gordian.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gordian.facts.RuleRef;
import org.gordian.model.ContextFact;
import org.gordian.model.Evidence;
import org.gordian.model.PositionRef;
import org.gordian.model.drl.RuleFile;
import org.gordian.model.drl.RuleInfo;

/**
 * What a run's verdicts rest on, with where each piece comes from: the context facts the scenario
 * sets, and the evidence each rule's metadata gives for the position it holds.
 *
 * @param context the context facts of the run, in case order (the scenario's changes applied)
 * @param rules the evidence of each rule that gives one ({@code @source}, {@code @evidence},
 *     {@code @confidence})
 * @param weighing the positions whose rules raise concerns (the weights that score deals), sorted
 * @param factions the faction each position stands for, by its rules' {@code @faction}; positions of
 *     no faction are left out
 */
public record Sources(List<ContextFact> context, Map<RuleRef, Evidence> rules, List<PositionRef> weighing,
    Map<PositionRef, String> factions) {

  /** No context, no evidence. */
  public static final Sources NONE = new Sources(List.of(), Map.of(), List.of());

  public Sources {
    context = List.copyOf(context);
    rules = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rules));
    weighing = List.copyOf(weighing);
    factions = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(factions));
  }

  /** Sources whose positions stand for no faction. */
  public Sources(List<ContextFact> context, Map<RuleRef, Evidence> rules, List<PositionRef> weighing) {
    this(context, rules, weighing, Map.of());
  }

  /** The same sources with the faction each position stands for. */
  public Sources withFactions(Map<PositionRef, String> byPosition) {
    return new Sources(context, rules, weighing, byPosition);
  }

  /** The faction a position stands for, or empty. */
  public String factionOf(PositionRef position) {
    return factions.getOrDefault(position, "");
  }

  /**
   * The context facts and the evidence of the rules a run compiled.
   *
   * @param ruleOf the compiled rule of a rule as written (by its package and name), or null
   */
  public static Sources of(List<ContextFact> context, List<RuleFile> files,
      java.util.function.BiFunction<String, String, RuleRef> ruleOf) {
    Map<RuleRef, Evidence> rules = new LinkedHashMap<>();
    java.util.Set<PositionRef> weighing = new java.util.TreeSet<>();
    for (RuleFile f : files) {
      for (RuleInfo r : f.rules()) {
        RuleRef ref = ruleOf.apply(r.packageName(), r.name());
        if (ref != null) {
          Evidence.ofMetadata(r.metadata()).ifPresent(e -> rules.put(ref, e));
          if (r.makes("Concern") && !ref.party().isEmpty() && !ref.position().isEmpty()) {
            weighing.add(new PositionRef(ref.party(), ref.position()));
          }
        }
      }
    }
    return new Sources(context, rules, List.copyOf(weighing));
  }

  /**
   * The evidence of a rule: its metadata's, or else that of another rule holding the same position
   * (a position's source is usually written once, on its first rule).
   */
  public Optional<Evidence> of(RuleRef rule) {
    Evidence own = rules.get(rule);
    if (own != null) {
      return Optional.of(own);
    }
    return of(new PositionRef(rule.party(), rule.position())).stream().findFirst();
  }

  /** The evidence of the rules holding a position, in rule order (one per distinct source). */
  public List<Evidence> of(PositionRef position) {
    return rules.entrySet().stream()
        .filter(e -> e.getKey().party().equals(position.party()) && e.getKey().position().equals(position.position()))
        .map(Map.Entry::getValue).distinct().toList();
  }
}
