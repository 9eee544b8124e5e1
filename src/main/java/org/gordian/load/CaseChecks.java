package org.gordian.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.gordian.diag.Diagnostic;
import org.gordian.diag.Suggest;
import org.gordian.engine.Rulebook;
import org.gordian.facts.RuleRef;
import org.gordian.model.CaseDef;
import org.gordian.model.ContextFact;
import org.gordian.model.Located;
import org.gordian.model.Party;
import org.gordian.model.PositionRef;
import org.gordian.model.Scenario;

/**
 * Checks a case against its compiled rules before anything runs, for every scenario and not only
 * the one asked for: a scenario that switches off a position no rule holds, or adds a context fact
 * of a type no rule file declares, is a mistake in the case file whichever scenario is run.
 */
public final class CaseChecks {
  private CaseChecks() {}

  /**
   * The problems found; scenarios that bring rules of their own are checked when they run, since
   * their rules may add positions and types.
   */
  public static List<Diagnostic> againstRules(CaseDef caseDef, Rulebook rules) {
    List<Diagnostic> out = new ArrayList<>(parties(caseDef, rules));
    Set<PositionRef> known = rules.positions();
    List<String> knownText = known.stream().map(PositionRef::toString).sorted().toList();
    if (caseDef.date() == null) {
      caseDef.scenarios().stream().filter(s -> s.dating() != null).findFirst().ifPresent(s -> out.add(s.loc().warning(
          "scenario '" + s.id() + "' has a date but the case has none: give the case's own day as date: YYYY-MM-DD"
              + " so that reports can say whether the scenario lies before or after it")));
    }
    for (Scenario s : caseDef.scenarios()) {
      if (!s.rules().isEmpty()) {
        continue;
      }
      for (Located<PositionRef> d : s.disable()) {
        if (!known.contains(d.value())) {
          out.add(d.loc().error("scenario '" + s.id() + "' switches off position '" + d.value()
              + "', which no rule holds" + Suggest.didYouMean(d.value().toString(), knownText)));
        }
      }
      for (ContextFact c : s.context().values()) {
        if (c != null && c.type() != null && !rules.declaredTypes().containsKey(c.type())) {
          out.add(c.loc().error("scenario '" + s.id() + "' adds context fact '" + c.id() + "' of type '" + c.type()
              + "', which no rule file declares" + Suggest.didYouMean(c.type(), rules.declaredTypes().keySet())));
        }
      }
    }
    return out;
  }

  /**
   * Rules whose {@code @party} is not a party of the case, each at its file and line, with the
   * party it looks like (a Greek or Cyrillic letter that passes for a Latin one) or the closest.
   */
  public static List<Diagnostic> parties(CaseDef caseDef, Rulebook rules) {
    List<String> partyIds = caseDef.parties().stream().map(Party::id).toList();
    List<RuleRef> strangers = rules.rules().values().stream()
        .filter(r -> !r.party().isEmpty() && !partyIds.contains(r.party()))
        .sorted(Comparator.comparing(RuleRef::file).thenComparingInt(RuleRef::line).thenComparing(RuleRef::rule))
        .toList();
    List<Diagnostic> out = new ArrayList<>();
    for (RuleRef r : strangers) {
      out.add(Diagnostic.error(Path.of(r.file()), r.line(), 0, "rule '" + r.rule() + "' is held by party '"
          + r.party() + "', which the case does not define" + Suggest.lookAlikeOrDidYouMean(r.party(), partyIds)
          + " (parties: " + String.join(", ", partyIds) + ")"));
    }
    return out;
  }
}
