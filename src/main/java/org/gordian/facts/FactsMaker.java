package org.gordian.facts;

import java.util.function.Supplier;
import org.gordian.facts.internal.DealObserver;
import org.gordian.facts.internal.Facts;
import org.gordian.facts.internal.MoveTable;

/** The constructors this package lends to {@link Facts}, and to nobody else. */
final class FactsMaker implements Facts.Maker {
  @Override
  public Deal deal(MoveTable table, long present, byte[] phase, Supplier<String> id, Supplier<String> title,
      DealObserver observer) {
    return new Deal(table, present, phase, id, title, observer);
  }

  @Override
  public Veto veto(RuleRef rule, String reason) {
    return new Veto(rule, reason);
  }

  @Override
  public Concern concern(RuleRef rule, double weight, String reason) {
    return new Concern(rule, weight, reason);
  }

  @Override
  public Consequence consequence(RuleRef rule, String id, String description) {
    return new Consequence(rule, id, description);
  }
}
