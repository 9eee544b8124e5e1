package org.gordian.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.gordian.diag.Diagnostic;
import org.gordian.diag.Message;
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
          Message.SCENARIO_DATED_CASE_NOT.say(s.id()))));
    }
    out.addAll(factions(caseDef, rules));
    for (Party p : caseDef.parties()) {
      for (Party.Held h : p.positions()) {
        PositionRef ref = new PositionRef(p.id(), h.position());
        if (!known.contains(ref)) {
          out.add(h.loc().error(Message.HELD_POSITION_WITHOUT_RULE.say(p.id(), h.position(), ref,
              Suggest.didYouMean(ref.toString(), knownText))));
        }
      }
    }
    for (ContextFact c : caseDef.context()) {
      if (!c.uncertain() || !rules.declaredTypes().containsKey(c.type())) {
        continue;   // a type no rule declares is reported when the case runs
      }
      for (ContextFact.Outcome o : c.outcomes()) {
        for (Diagnostic d : org.gordian.engine.Engine.problems(c.in(o), rules)) {
          if (!out.contains(d)) {
            out.add(d);
          }
        }
      }
    }
    for (Scenario s : caseDef.scenarios()) {
      if (!s.rules().isEmpty()) {
        continue;
      }
      for (Located<PositionRef> d : s.disable()) {
        if (!known.contains(d.value())) {
          out.add(d.loc().error(Message.DISABLED_POSITION_WITHOUT_RULE.say(s.id(), d.value(),
              Suggest.didYouMean(d.value().toString(), knownText))));
        }
      }
      for (ContextFact c : s.context().values()) {
        if (c != null && c.type() != null && !rules.declaredTypes().containsKey(c.type())) {
          out.add(c.loc().error(Message.SCENARIO_FACT_TYPE_UNDECLARED.say(s.id(), c.id(), c.type(),
              Suggest.didYouMean(c.type(), rules.declaredTypes().keySet()))));
        }
      }
    }
    return out;
  }

  /**
   * Rules whose {@code @faction} is not a faction of their party, and positions whose rules name
   * different factions, each at the rule's file and line.
   */
  public static List<Diagnostic> factions(CaseDef caseDef, Rulebook rules) {
    List<Diagnostic> out = new ArrayList<>();
    java.util.Map<PositionRef, String> first = new java.util.HashMap<>();
    java.util.Map<PositionRef, String> firstAt = new java.util.HashMap<>();
    for (org.gordian.model.drl.RuleFile f : rules.sources()) {
      for (org.gordian.model.drl.RuleInfo r : f.rules()) {
        RuleRef ref = rules.rule(r.packageName(), r.name());
        String faction = r.meta("faction").strip();
        if (ref == null || ref.party().isEmpty()) {
          continue;
        }
        Path file = Path.of(ref.file());
        if (!faction.isEmpty()) {
          Party party = caseDef.parties().stream().filter(p -> p.id().equals(ref.party())).findFirst().orElse(null);
          if (party != null && party.faction(faction).isEmpty()) {
            List<String> ids = party.factions().stream().map(Party.Faction::id).toList();
            out.add(Diagnostic.error(file, ref.line(), 0, Message.RULE_FACTION_UNKNOWN.say(ref.rule(), faction,
                party.id(), Suggest.didYouMean(faction, ids), party.id(),
                (ids.isEmpty() ? "none" : String.join(", ", ids)))));
          }
        }
        if (ref.position().isEmpty() || faction.isEmpty()) {
          continue;   // a rule that names no faction shares the faction its position's other rules name
        }
        PositionRef position = new PositionRef(ref.party(), ref.position());
        String before = first.putIfAbsent(position, faction);
        if (before == null) {
          firstAt.put(position, ref.file() + ":" + ref.line());
        } else if (!before.equals(faction)) {
          out.add(Diagnostic.error(file, ref.line(), 0, Message.POSITION_FACTIONS_DIFFER.say(ref.rule(), position,
              faction, firstAt.get(position), before)));
        }
      }
    }
    return out;
  }

  /**
   * Warnings for the factions a case declares that no rule's position names with {@code @faction}
   * in any of these rule sets (the case's, and each scenario's with the rule files it adds): a
   * scenario switching such a faction off, or holding it with a probability, changes nothing.
   */
  public static List<Diagnostic> factionsWithoutPositions(CaseDef caseDef, java.util.Collection<Rulebook> rules) {
    java.util.Set<String> named = new java.util.HashSet<>();
    rules.forEach(book -> book.factions().forEach((position, faction) -> named.add(position.party() + "/" + faction)));
    List<Diagnostic> out = new ArrayList<>();
    for (Party p : caseDef.parties()) {
      for (Party.Faction f : p.factions()) {
        if (!named.contains(p.id() + "/" + f.id())) {
          out.add(f.loc().warning(Message.FACTION_WITHOUT_POSITION.say(f.id(), p.id())));
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
      out.add(Diagnostic.error(Path.of(r.file()), r.line(), 0, Message.RULE_PARTY_UNKNOWN.say(r.rule(), r.party(),
          Suggest.lookAlikeOrDidYouMean(r.party(), partyIds), String.join(", ", partyIds))));
    }
    return out;
  }
}
