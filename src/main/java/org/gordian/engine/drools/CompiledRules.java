package org.gordian.engine.drools;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Accumulate;
import org.drools.base.rule.Collect;
import org.drools.base.rule.Declaration;
import org.drools.base.rule.EvalCondition;
import org.drools.base.rule.Forall;
import org.drools.base.rule.From;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.drools.base.rule.accessor.Accumulator;
import org.drools.core.base.accumulators.CollectAccumulator;
import org.drools.core.base.accumulators.JavaAccumulatorFunctionExecutor;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.drools.mvel.expr.MVELAccumulatorFunctionExecutor;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * What the engine needs to know of compiled rules, read from Drools' internal rule model and
 * handed on in Gordian's terms: which fact types a rule's conditions match, whether every match
 * holds a fact of a given type, what ties a rule to others, the type bound to a name; and a
 * knowledge base that keeps only some of the rules. Nothing here returns a Drools-internal type.
 */
public final class CompiledRules {
  private CompiledRules() {}

  /** One compiled rule, seen through the questions the engine asks of it. */
  public static final class View {
    private final Rule rule;
    private final RuleImpl impl;

    private View(Rule rule) {
      this.rule = rule;
      this.impl = rule instanceof RuleImpl r ? r : null;
    }

    /** The rule's name. */
    public String name() {
      return rule.getName();
    }

    /** The rule's package. */
    public String packageName() {
      return rule.getPackageName();
    }

    /** Whether Drools compiled it from DRL into its own rule model, which the other questions read. */
    public boolean compiledFromDrl() {
      return impl != null;
    }

    /**
     * Why the rule is tied to other rules or to time, or empty when it bears on itself alone: a
     * query, an agenda group other than the main one, an activation or rule-flow group, auto-focus,
     * lock-on-active, a timer, calendars, named consequences or a parent rule.
     */
    public Optional<String> tie() {
      if (impl == null) {
        return Optional.of("it is not a compiled DRL rule");
      }
      if (impl.isQuery()) {
        return Optional.of("it is a query");
      }
      String agenda = impl.getAgendaGroup();
      if (agenda != null && !agenda.isEmpty() && !agenda.equals("MAIN")) {
        return Optional.of("it is in agenda group " + agenda);
      }
      if (impl.getActivationGroup() != null || impl.getRuleFlowGroup() != null || impl.getAutoFocus()
          || impl.isLockOnActive() || impl.getTimer() != null
          || (impl.getCalendars() != null && impl.getCalendars().length > 0) || impl.hasNamedConsequences()) {
        return Optional.of("it has an attribute that ties it to other rules");
      }
      if (impl.getParent() != null) {
        return Optional.of("it extends rule " + impl.getParent().getName());
      }
      return Optional.empty();
    }

    /**
     * The fact types the rule's conditions match, anywhere in them (under {@code not}, in
     * accumulations …); a type Drools does not name as a class is given as null.
     *
     * @throws IllegalStateException naming what cannot be read: a condition of another kind, or an
     *     accumulation with code of its own (which may change facts)
     */
    public Set<Class<?>> matchedTypes() {
      Set<Class<?>> out = new java.util.HashSet<>();
      readTypes(lhs(), out);
      return out;
    }

    private RuleConditionElement lhs() {
      if (impl == null) {
        throw new IllegalStateException("rule " + name() + " is not a compiled DRL rule"); // internal
      }
      return impl.getLhs();
    }

    private void readTypes(RuleConditionElement e, Set<Class<?>> out) {
      if (e instanceof Pattern p) {
        out.add(classOf(p));
      } else if (e instanceof Accumulate a) {
        for (Accumulator f : a.getAccumulators()) {
          // Accumulate functions (sum, count, collectList …) only read; inline init/action code may write.
          if (!(f instanceof JavaAccumulatorFunctionExecutor || f instanceof MVELAccumulatorFunctionExecutor
              || f instanceof CollectAccumulator)) {
            throw new IllegalStateException("rule " + name() + " accumulates with code of its own"); // internal
          }
        }
      } else if (!(e instanceof GroupElement || e instanceof EvalCondition || e instanceof Collect
          || e instanceof From || e instanceof Forall)) {
        throw new IllegalStateException("rule " + name() + " has a condition of kind " + e.getClass().getSimpleName()); // internal
      }
      for (RuleConditionElement nested : e.getNestedElements()) {
        readTypes(nested, out);
      }
    }

    /**
     * Whether the conditions look at facts of this type anywhere (also under {@code not} or in an
     * accumulation), counting patterns on a supertype of it or on a type Drools does not name.
     */
    public boolean looksAt(Class<?> type) {
      return impl == null || looksAt(impl.getLhs(), type);
    }

    private static boolean looksAt(RuleConditionElement e, Class<?> type) {
      if (e instanceof Pattern p && mayBe(p, type)) {
        return true;
      }
      for (RuleConditionElement nested : e.getNestedElements()) {
        if (looksAt(nested, type)) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether every match of the conditions holds a fact of this type: so that each new such fact
     * makes new matches, and nothing the rule matched before one can stand for a later one.
     */
    public boolean everyMatchHolds(Class<?> type) {
      return impl != null && everyMatchHolds(impl.getLhs(), type);
    }

    private static boolean everyMatchHolds(RuleConditionElement e, Class<?> type) {
      if (e instanceof Pattern p) {
        return mayBe(p, type);
      }
      if (e instanceof GroupElement g && g.isAnd()) {
        return g.getChildren().stream().anyMatch(c -> everyMatchHolds(c, type));
      }
      if (e instanceof GroupElement g && g.isOr()) {
        return g.getChildren().stream().allMatch(c -> everyMatchHolds(c, type));
      }
      return false;
    }

    /** The type of the fact bound to this name by a pattern of the conditions, or null. */
    public Class<?> boundType(String name) {
      if (impl == null) {
        return null;
      }
      Declaration d = impl.getDeclaration(name);
      if (d == null || d.getPattern() == null || !d.isPatternDeclaration()) {
        return null;
      }
      return classOf(d.getPattern());
    }
  }

  /** A pattern on this type, on a supertype of it, or on a type not known. */
  private static boolean mayBe(Pattern p, Class<?> type) {
    Class<?> c = classOf(p);
    return c == null || c.isAssignableFrom(type);
  }

  private static Class<?> classOf(Pattern p) {
    return p.getObjectType() instanceof ClassObjectType t ? t.getClassType() : null;
  }

  /** Every rule of the knowledge base, package by package, in the knowledge base's order. */
  public static List<View> of(KieBase kieBase) {
    List<View> out = new ArrayList<>();
    for (KiePackage p : kieBase.getKiePackages()) {
      for (Rule r : p.getRules()) {
        out.add(new View(r));
      }
    }
    return out;
  }

  /**
   * A knowledge base with only these rules: a copy of the whole one's packages, on the same class
   * loader so that declared types and the facts made from them are the same classes, with the
   * other rules taken out.
   */
  public static KieBase withOnly(KieBase whole, Set<String> ruleNames) {
    InternalKnowledgeBase base = (InternalKnowledgeBase) whole;
    ClassLoader loader = base.getRootClassLoader();
    List<InternalKnowledgePackage> copies = new ArrayList<>();
    for (KiePackage p : base.getKiePackages()) {
      copies.add(((InternalKnowledgePackage) p).deepCloneIfAlreadyInUse(loader));
    }
    InternalKnowledgeBase part = KnowledgeBaseFactory.newKnowledgeBase(
        org.drools.core.impl.RuleBaseFactory.newKnowledgeBaseConfiguration(null, loader));
    part.addPackages(copies);
    for (KiePackage p : base.getKiePackages()) {
      for (Rule r : p.getRules()) {
        if (!ruleNames.contains(r.getName())) {
          part.removeRule(p.getName(), r.getName());
        }
      }
    }
    return part;
  }
}
