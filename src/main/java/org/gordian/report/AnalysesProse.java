package org.gordian.report;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.gordian.analysis.Analyses;
import org.gordian.analysis.DealOutcome;
import org.gordian.analysis.Knot;
import org.gordian.analysis.Nearest;
import org.gordian.analysis.Neighbourhood;
import org.gordian.analysis.RankedDeal;
import org.gordian.analysis.Ranking;
import org.gordian.analysis.Relaxation;
import org.gordian.analysis.RunResult;
import org.gordian.analysis.WholeSpaceFindings;
import org.gordian.facts.Veto;
import org.gordian.model.Party;
import org.gordian.model.PositionRef;
import org.gordian.space.whole.SampledShare;
import org.gordian.space.whole.WholeSpaceAnswer;

/**
 * The analyses in words — relaxations, nearest feasible deals, every deal of the case, knots,
 * ranking and their limits — written once to a {@link Prose}, so the Markdown and the HTML report
 * say the same things in the same words.
 */
final class AnalysesProse {
  private final int showDeals;

  AnalysesProse(int showDeals) {
    this.showDeals = showDeals;
  }

  void write(RunResult r, Analyses a, Prose out) {
    relaxations(a, out);
    nearest(a, out);
    whole(a, out);
    knots(r, a, out);
    ranking(r, a, out);
    if (!a.notes().isEmpty()) {
      out.section("Limits of these analyses").list();
      a.notes().forEach(n -> out.item().text(n).end());
      out.endList();
    }
  }

  private static List<String> names(List<PositionRef> positions) {
    return positions.stream().map(PositionRef::toString).toList();
  }

  private static void relaxations(Analyses a, Prose out) {
    out.section("Minimal relaxations");
    if (a.relaxations().isEmpty()) {
      out.paragraph().text("No infeasible deal to relax.").end();
      return;
    }
    out.paragraph().text("For each infeasible deal, every smallest set of positions whose switching off (together)"
        + " makes it feasible, found by evaluating the deal again with the set switched off.").end();
    for (Relaxation x : a.relaxations()) {
      out.part(x.dealId());
      if (x.unrelaxable()) {
        out.paragraph().text("No set of positions makes it feasible: with every position switched off it is still"
            + " vetoed").text(x.remaining().isEmpty() ? "." : ":").end();
        out.list();
        for (Veto v : x.remaining()) {
          out.item().quote(v.getReason()).text(" (rule \"").quote(v.getRule().rule()).text("\", ")
              .quote(v.getRule().where()).text(")").end();
        }
        out.endList();
        continue;
      }
      if (x.sets().isEmpty()) {
        out.paragraph().text("No set of up to " + x.maxSize() + " positions makes it feasible");
        if (!x.beyondCap().isEmpty()) {
          out.text("; switching off these " + x.beyondCap().size() + " together does, and none of them can be left"
              + " on: ").codes(names(x.beyondCap()), ", ");
        }
        out.text(".").end();
        continue;
      }
      out.list();
      for (List<PositionRef> set : x.sets()) {
        out.item().text("switch off ").codes(names(set), " and ").end();
      }
      if (!x.complete()) {
        boolean listedLarger = x.sets().stream().anyMatch(set -> set.size() > x.maxSize());
        out.item().text(listedLarger
            ? "(sets of more than " + x.maxSize() + " positions were not searched beyond the largest one above,"
                + " from which no position can be dropped)"
            : "(sets of more than " + x.maxSize() + " positions were not searched; larger minimal sets may exist)")
            .end();
      }
      out.endList();
    }
  }

  private static void nearest(Analyses a, Prose out) {
    if (a.nearest().isEmpty()) {
      return;
    }
    out.section("Nearest feasible deals");
    out.paragraph().text("For each infeasible deal, the feasible deals reached with the fewest edits: add a move,"
        + " remove a move, move a move to another phase. Each deal's neighbourhood — every deal of the case's moves,"
        + " within its phase limit, as many edits away as the budget of deals allows — is evaluated with the rules;"
        + " with the deal space, its feasible deals further away are compared too. Edits name the phases of the"
        + " infeasible deal as written; a new phase is placed among them. Ties go to the deal reached first.").end();
    for (Nearest.NearestDeals n : a.nearest()) {
      out.part(n.dealId());
      out.paragraph();
      scope(n, out);
      out.end();
      String verdict = conclusion(n);
      if (!verdict.isEmpty()) {
        out.paragraph().text(verdict).end();
      }
      if (n.deals().isEmpty()) {
        continue;
      }
      out.table(List.of("Feasible deal", "Edits", "What to change"),
          List.of(Prose.Align.LEFT, Prose.Align.RIGHT, Prose.Align.LEFT));
      for (Nearest.Nearby d : n.deals()) {
        out.row().cell().code(d.id()).cell().text(String.valueOf(d.distance())).cell()
            .spans(d.edits().stream().map(Nearest.Edit::toString).collect(Collectors.joining("; "))).endRow();
      }
      out.endTable();
    }
  }

  /** Where the nearest deals of one deal were sought, in one sentence. */
  static void scope(Nearest.NearestDeals n, Prose s) {
    Neighbourhood.Searched near = n.neighbourhood();
    s.text("Searched: ");
    if (near.exhausted()) {
      s.text("every deal the edits reach from ").code(n.dealId()).text(", up to " + near.complete()
          + (near.complete() == 1 ? " edit" : " edits") + " away (" + Text.count(near.evaluated())
          + " deals evaluated, up to " + near.phaseLimit() + " phases)");
    } else if (near.budget() == 0) {
      s.text("no neighbourhood of ").code(n.dealId()).text(" (no budget of deals left for it)");
    } else if (near.complete() == 0) {
      s.text("no neighbourhood of ").code(n.dealId()).text(" (the deals one edit away are more than the budget of "
          + Text.count(near.budget()) + ")");
    } else {
      s.text("every deal within " + near.complete() + (near.complete() == 1 ? " edit" : " edits") + " of ")
          .code(n.dealId()).text(" (" + Text.count(near.evaluated()) + " deals evaluated, up to " + near.phaseLimit()
              + " phases; " + (near.complete() + 1) + " edits would take more than the budget of "
              + Text.count(near.budget()) + " deals)");
    }
    if (n.space() != null) {
      s.text(", and the " + Text.count(n.space().searched()) + " feasible deals of the enumerated space (up to "
          + n.space().maxMoves() + " moves in up to " + n.space().phases() + " phases");
      if (n.space().notSearched() > 0) {
        s.text("; " + Text.count(n.space().notSearched()) + " more were not kept for the search");
      }
      s.text(")");
    }
    s.text(".");
  }

  /** What the search shows about nearer deals; true of the scope stated. */
  static String conclusion(Nearest.NearestDeals n) {
    Neighbourhood.Searched near = n.neighbourhood();
    String within = "within " + near.complete() + (near.complete() == 1 ? " edit" : " edits");
    if (n.nearestOverall()) {
      int d = n.deals().get(0).distance();
      return d == 1 ? "One edit makes it feasible."
          : "No feasible deal is nearer than " + d + " edits (every deal " + within + " was evaluated).";
    }
    String none = near.exhausted() ? "No deal the edits reach is feasible"
        : near.complete() == 0 ? "The neighbourhood was not searched" : "No feasible deal lies " + within;
    if (n.deals().isEmpty()) {
      return none + (n.space() == null ? "; the deal space was not evaluated." : ", nor among the enumerated space's"
          + " feasible deals.");
    }
    int d = n.deals().get(0).distance();
    return none + "; the nearest below are feasible deals of the enumerated space, " + d + " edits away"
        + (near.exhausted() || d <= near.complete() + 1 ? "."
            : "; deals " + (d - 1 == near.complete() + 1 ? String.valueOf(d - 1)
                : "between " + (near.complete() + 1) + " and " + (d - 1)) + " edits away outside the space were not"
                + " evaluated.");
  }

  private static void knots(RunResult r, Analyses a, Prose out) {
    if (r.space() == null) {
      return;
    }
    out.section("Knots");
    String scope = a.knotScope().describe();
    if (a.knots().isEmpty()) {
      out.paragraph().text("No knot among " + scope + ": every pair of moves that some deal there holds is held by a"
          + " feasible one, or one of its moves is blocked on its own.").end();
      return;
    }
    out.paragraph().text("Pairs of moves, of one party or two, that no feasible deal holds together among " + scope
        + (a.knotScope().whole() ? "." : "; a deal beyond these (more moves, other phases) may still hold them.")
        + " A ").em("sequencing").text(" knot: every relative order of the two moves is vetoed by a position that"
        + " would let another order pass, and no one party vetoes every order. An ").em("incompatible")
        .text(" pair: each move is feasible in some deal, never the two together. Triples are listed when every pair"
            + " of their moves is feasible somewhere but the three never are. ").em("Tied by these positions alone")
        .text(": with every other position switched off, every deal tried and every generated deal holding the moves still draws a veto. ")
        .em("Each move feasible apart").text(": whether each move appears in some feasible deal (when not, other"
            + " positions block the moves on their own as well).").end();
    List<String> moves = a.knots().stream().flatMap(k -> k.moves().stream()).distinct().toList();
    Orderings.legend(r.caseDef(), moves, out);
    boolean whole = a.whole() != null;
    List<String> headings = new ArrayList<>(List.of("Tied by", "Moves", "Kind",
        "Orders vetoed (a, b: the moves as listed)",
        "Tied by these positions alone", "Each move feasible apart"));
    if (whole) {
      headings.add("Over every deal of the case");
    }
    Map<List<PositionRef>, List<Knot>> byPositions = byPositions(a.knots());
    out.fold("The " + a.knots().size() + (a.knots().size() == 1 ? " knot" : " knots") + ", by the "
        + (byPositions.size() == 1 ? "positions" : byPositions.size() + " sets of positions") + " that tie them");
    out.table(headings, headings.stream().map(h -> Prose.Align.LEFT).toList());
    byPositions.forEach((positions, knots) -> {
      for (int i = 0; i < knots.size(); i++) {
        Knot k = knots.get(i);
        out.row().cell();
        if (i == 0) {
          out.codes(names(positions), ", ").text(" (" + knots.size() + (knots.size() == 1 ? " knot)" : " knots)"));
        }
        out.cell().codes(k.moves(), " × ").cell().text(k.kind().label()).cell();
        orders(k, out);
        out.cell().text(k.tiedAlone() ? "yes" : "no").cell().text(k.feasibleApart() ? "yes" : "no");
        if (whole) {
          out.cell().text(k.whole().label());
        }
        out.endRow();
      }
    });
    out.endTable();
    out.endFold();
  }

  /** The knots grouped by the positions that tie them, groups in the order of their first knot. */
  static Map<List<PositionRef>, List<Knot>> byPositions(List<Knot> knots) {
    Map<List<PositionRef>, List<Knot>> groups = new LinkedHashMap<>();
    knots.forEach(k -> groups.computeIfAbsent(k.positions(), p -> new ArrayList<>()).add(k));
    return groups;
  }

  /**
   * A knot's orders grouped by the positions vetoing them, the moves named by letters:
   * {@code every order} (by the positions that tie it), or {@code a then b, in one phase: `P`; b then a: `Q`}.
   */
  private static void orders(Knot k, Prose out) {
    Map<List<PositionRef>, List<String>> byVeto = new LinkedHashMap<>();
    for (Knot.OrderVetoes o : k.orders()) {
      byVeto.computeIfAbsent(o.positions(), p -> new ArrayList<>()).add(order(k.moves(), o.order()));
    }
    int i = 0;
    for (Map.Entry<List<PositionRef>, List<String>> e : byVeto.entrySet()) {
      out.text(i++ == 0 ? "" : "; ").text(byVeto.size() == 1 ? "every order" : String.join(", ", e.getValue()));
      if (byVeto.size() == 1 && e.getKey().equals(k.positions())) {
        continue;
      }
      out.text(": ");
      if (e.getKey().isEmpty()) {
        out.text("no veto of its own");
      } else {
        out.codes(names(e.getKey()), ", ");
      }
    }
  }

  /** A knot's order in words from {@code before}, {@code same} or {@code after} (pair) or a deal id (triple). */
  static String order(List<String> moves, String order) {
    return switch (order) {
      case "before" -> "a then b";
      case "same" -> "in one phase";
      case "after" -> "b then a";
      default -> Orderings.order(moves, order);
    };
  }

  /** What holds over every deal of the case, when asked for. */
  private static void whole(Analyses a, Prose out) {
    WholeSpaceFindings w = a.whole();
    if (w == null) {
      return;
    }
    WholeSpaceAnswer x = w.answer();
    out.section("Every deal of the case");
    if (!w.exact()) {
      SampledShare s = w.sample();
      out.paragraph().text("Over ").quote(x.scope()).text(": not answered exactly — ").quote(x.defeated())
          .text(". Estimated from " + Text.count(s.samples()) + " deals drawn uniformly at random (seed " + s.seed()
              + ") of " + s.total() + ": " + Text.count(s.feasible()) + " feasible, a share of " + share(s.share())
              + " (95% interval " + share(s.low()) + " to " + share(s.high()) + ").").end();
      return;
    }
    out.paragraph().text("Exact, over ").quote(x.scope()).text(": " + big(x.total()) + " deals, " + big(x.feasible())
        + " feasible. These are facts of the case as modelled, not of a sample or a bound.").end();
    out.table(List.of("Position", "Vetoes", "Only veto", "Deals every other position accepts"),
        List.of(Prose.Align.LEFT, Prose.Align.RIGHT, Prose.Align.RIGHT, Prose.Align.RIGHT));
    for (WholeSpaceAnswer.PositionCount p : x.positions()) {
      out.row().cell().code(p.position().toString()).cell().text(big(p.vetoes())).cell().text(big(p.alone())).cell()
          .text(big(p.acceptedByOthers())).endRow();
    }
    out.endTable();
    out.list();
    out.item().text("Moves no feasible deal holds: ");
    if (x.neverFeasibleMoves().isEmpty()) {
      out.text("none");
    } else {
      out.codes(x.neverFeasibleMoves(), ", ");
    }
    out.end().item().text("Pairs of moves, each feasible without the other, that no feasible deal holds together: ");
    if (x.neverFeasiblePairs().isEmpty()) {
      out.text("none");
    }
    for (int i = 0; i < x.neverFeasiblePairs().size(); i++) {
      WholeSpaceAnswer.MovePair p = x.neverFeasiblePairs().get(i);
      out.text(i == 0 ? "" : ", ").code(p.first()).text(" × ").code(p.second());
    }
    out.end();
    if (!x.best().isEmpty()) {
      out.item().text("Feasible deals with the highest summed concern weight: ");
      for (int i = 0; i < x.best().size(); i++) {
        out.text(i == 0 ? "" : ", ").code(x.best().get(i).id())
            .text(" (" + Text.number(x.best().get(i).concernTotal()) + ")");
      }
      out.end();
    }
    out.endList();
  }

  private static String big(BigInteger n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  private static String share(double p) {
    return String.format(Locale.ROOT, "%.2f%%", 100 * p);
  }

  private void ranking(RunResult r, Analyses a, Prose out) {
    Ranking rk = a.ranking();
    if (rk == null) {
      return;
    }
    out.section("Ranking of feasible deals");
    List<String> outside = r.caseDef().parties().stream().map(Party::id).filter(p -> !rk.parties().contains(p))
        .toList();
    out.paragraph().text("Among " + r.space().scope().describe() + ": " + Text.count(rk.feasible())
        + " feasible, of which " + Text.count(rk.acceptable())
        + " acceptable — every bargainer scores above what it gets without a deal ("
        + (rk.parties().isEmpty() ? "no party bargains" : rk.parties().stream()
            .map(p -> p + " " + Text.number(rk.bargaining().noDeal().get(p))).collect(Collectors.joining(", ")))
        + ").");
    if (!outside.isEmpty()) {
      out.text(" Not bargaining: " + String.join(", ", outside) + " (their concerns count only in the summed score).");
    }
    out.text(" A party's score is the sum of its concern weights");
    List<PositionRef> weighing = r.sources().weighing();
    out.text(weighing.isEmpty() ? "." : "; the weights come from:").end();
    if (!weighing.isEmpty()) {
      out.list();
      for (PositionRef p : weighing) {
        out.item().code(p.toString()).text(" — ");
        r.sources().of(p).stream().findFirst().ifPresentOrElse(e -> out.quote(e.describe()),
            () -> out.text("no source given"));
        out.end();
      }
      out.endList();
    }
    out.list();
    if (rk.nash() != null) {
      out.item().text("Nash deal (largest product of the bargainers' gains over no deal, "
          + Text.number(rk.nashProduct()) + "): ").code(rk.nash().deal().id()).text(" — " + scores(rk, rk.nash()))
          .end();
    } else if (rk.feasible() > 0) {
      out.item().text("No feasible deal is acceptable to every bargainer: each leaves one of them no better off than"
          + " without a deal.").end();
    } else {
      out.item().text("No feasible deal to rank.").end();
    }
    DealOutcome best = rk.best();
    if (best != null) {
      out.item().text("Best summed score over all deals (" + Text.number(rk.bestScore()) + "): ").code(best.id())
          .text(", ");
      if (best.feasible()) {
        out.text("feasible");
      } else {
        out.strong("infeasible").text(", vetoed by ").codes(names(rk.bestBlockedBy()), ", ");
        a.relaxation(best.id()).filter(x -> !x.sets().isEmpty()).ifPresent(x -> {
          out.text("; switching off ");
          for (int i = 0; i < x.sets().size(); i++) {
            out.text(i == 0 ? "" : ", or ").codes(names(x.sets().get(i)), " and ");
          }
          out.text(" would make it feasible");
        });
      }
      out.end();
    }
    out.endList();
    if (rk.pareto().isEmpty()) {
      return;
    }
    Map<Map<String, Double>, List<RankedDeal>> profiles = profiles(rk);
    out.paragraph().text("Pareto-optimal acceptable deals (by the bargainers' scores): " + Text.count(rk.pareto().size())
        + (rk.paretoTruncated() ? " (front cut short)" : "") + ", with " + Text.count(profiles.size())
        + (profiles.size() == 1 ? " score profile" : " score profiles")
        + " (deals with the same scores differ in moves or phase order):").end();
    List<String> headings = new ArrayList<>(rk.parties());
    headings.add("Deals");
    headings.add("First deals (enumeration order)");
    List<Prose.Align> aligns = new ArrayList<>(rk.parties().stream().map(p -> Prose.Align.RIGHT).toList());
    aligns.add(Prose.Align.RIGHT);
    aligns.add(Prose.Align.LEFT);
    out.table(headings, aligns);
    int shown = 0;
    boolean cut = false;
    for (List<RankedDeal> same : profiles.values()) {
      if (shown++ == showDeals) {
        cut = true;
        break;
      }
      out.row();
      rk.parties().forEach(p -> out.cell().text(Text.number(same.get(0).score(p))));
      out.cell().text(String.valueOf(same.size())).cell()
          .codes(same.stream().limit(3).map(d -> d.deal().id()).toList(), ", ")
          .text(same.size() > 3 ? ", …" : "").endRow();
    }
    out.endTable();
    if (cut) {
      out.paragraph().text("… and " + (profiles.size() - showDeals) + " more profiles").end();
    }
  }

  /** The Pareto-optimal acceptable deals grouped by their bargainers' scores, in front order. */
  static Map<Map<String, Double>, List<RankedDeal>> profiles(Ranking rk) {
    Map<Map<String, Double>, List<RankedDeal>> profiles = new LinkedHashMap<>();
    rk.pareto().forEach(d -> profiles.computeIfAbsent(d.scores(), k -> new ArrayList<>()).add(d));
    return profiles;
  }

  private static String scores(Ranking rk, RankedDeal d) {
    return rk.parties().stream().map(p -> p + " " + Text.number(d.score(p))).collect(Collectors.joining(", "));
  }
}
