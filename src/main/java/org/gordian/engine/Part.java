package org.gordian.engine;

import java.util.HashSet;
import java.util.Set;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.gordian.facts.Deal;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * A knowledge base that evaluators open sessions on: all of the rules, or one group of them, with
 * what the evaluators need to know of its rules.
 *
 * @param rulesOnDeals the names of the rules whose conditions look at a deal
 * @param sessionPerDeal whether some rule looks at deals without every match holding one (only
 *     under {@code not}, say): then each deal is evaluated in a session of its own, since what such
 *     a rule matched between deals cannot be told apart from what it matched for one
 */
record Part(KieBase kieBase, Set<String> rulesOnDeals, boolean sessionPerDeal) {

  /** The part holding every rule of this knowledge base. */
  static Part of(KieBase kieBase) {
    Set<String> onDeals = new HashSet<>();
    boolean perDeal = false;
    for (KiePackage p : kieBase.getKiePackages()) {
      for (Rule r : p.getRules()) {
        if (!(r instanceof RuleImpl rule)) {
          onDeals.add(r.getName());
          perDeal = true;
        } else if (looksAtDeals(rule.getLhs())) {
          onDeals.add(r.getName());
          perDeal |= !matchesADeal(rule.getLhs());
        }
      }
    }
    return new Part(kieBase, Set.copyOf(onDeals), perDeal);
  }

  /** Whether this condition looks at a deal anywhere, also under {@code not} or in an accumulation. */
  private static boolean looksAtDeals(RuleConditionElement e) {
    if (e instanceof Pattern p && isDealPattern(p)) {
      return true;
    }
    for (RuleConditionElement nested : e.getNestedElements()) {
      if (looksAtDeals(nested)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether every match of this condition holds a deal: so that each new deal makes new matches,
   * and nothing the rule matched before a deal can stand for a later one.
   */
  private static boolean matchesADeal(RuleConditionElement e) {
    if (e instanceof Pattern p) {
      return isDealPattern(p);
    }
    if (e instanceof GroupElement g && g.isAnd()) {
      return g.getChildren().stream().anyMatch(Part::matchesADeal);
    }
    if (e instanceof GroupElement g && g.isOr()) {
      return g.getChildren().stream().allMatch(Part::matchesADeal);
    }
    return false;
  }

  /** A pattern on deals, on a type a deal is (such as Object), or on a type not known. */
  private static boolean isDealPattern(Pattern p) {
    return !(p.getObjectType() instanceof org.drools.base.base.ClassObjectType type)
        || type.getClassType() == null || type.getClassType().isAssignableFrom(Deal.class);
  }
}
