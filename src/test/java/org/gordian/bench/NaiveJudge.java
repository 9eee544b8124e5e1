package org.gordian.bench;

import org.gordian.facts.internal.DealObserver;
import java.util.ArrayList;
import java.util.List;
import org.gordian.engine.DealJudge;
import org.gordian.engine.Engine;
import org.gordian.engine.PositionIndex;
import org.gordian.engine.Verdict;
import org.gordian.facts.Deal;
import org.gordian.facts.internal.Firing;
import org.gordian.facts.RuleRef;
import org.gordian.facts.Veto;
import org.kie.api.definition.type.FactType;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.StatelessKieSession;

/**
 * The naive way to use Drools for a deal space: one {@code StatelessKieSession.execute} per deal,
 * with the deal, the case's moves and its context facts. For comparison only.
 */
final class NaiveJudge implements DealJudge {
  private final Engine engine;
  private final StatelessKieSession session;
  private final List<Object> constant = new ArrayList<>();
  private final List<Veto> vetoes = new ArrayList<>();

  NaiveJudge(Engine engine, boolean hardlinerPressure, boolean pushForMore) {
    this.engine = engine;
    this.session = engine.rulebook().kieBase().newStatelessKieSession();
    constant.addAll(engine.table().moves());
    try {
      FactType pressure = engine.rulebook().declaredTypes().get("HardlinerPressure");
      Object p = pressure.newInstance();
      pressure.set(p, "party", "DPRK");
      pressure.set(p, "level", hardlinerPressure ? "high" : "low");
      constant.add(p);
      FactType debate = engine.rulebook().declaredTypes().get("SanctionsDebate");
      Object d = debate.newInstance();
      debate.set(d, "pushForMore", pushForMore);
      constant.add(d);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    session.addEventListener(new DefaultAgendaEventListener() {
      @Override
      public void beforeMatchFired(BeforeMatchFiredEvent event) {
        var rule = event.getMatch().getRule();
        RuleRef ref = engine.rulebook().rule(rule.getPackageName(), rule.getName());
        Firing.enter(ref);
      }

      @Override
      public void afterMatchFired(AfterMatchFiredEvent event) {
        Firing.exit();
      }
    });
    session.addEventListener(new DefaultRuleRuntimeEventListener() {
      @Override
      public void objectInserted(ObjectInsertedEvent event) {
        if (event.getObject() instanceof Veto v) {
          vetoes.add(v);
        }
      }
    });
  }

  @Override
  public Verdict evaluate(long present, byte[] phase) {
    vetoes.clear();
    List<Object> facts = new ArrayList<>(constant);
    facts.add(org.gordian.facts.internal.Facts.deal(engine.table(), present, phase, () -> "", () -> "", DealObserver.NONE));
    session.execute(facts);
    PositionIndex index = engine.positions();
    return Verdict.ofPositions(vetoes.stream().mapToInt(v -> index.indexOf(v.getParty(), v.getPosition()))
        .distinct().sorted().toArray());
  }

  @Override
  public void close() {}
}
