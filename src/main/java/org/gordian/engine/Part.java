package org.gordian.engine;

import java.util.HashSet;
import java.util.Set;
import org.gordian.engine.drools.CompiledRules;
import org.gordian.facts.Deal;
import org.kie.api.KieBase;

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
    for (CompiledRules.View rule : CompiledRules.of(kieBase)) {
      if (rule.looksAt(Deal.class)) {
        onDeals.add(rule.name());
        perDeal |= !rule.everyMatchHolds(Deal.class);
      }
    }
    return new Part(kieBase, Set.copyOf(onDeals), perDeal);
  }
}
