package org.gordian.report;

import java.util.List;
import java.util.stream.Collectors;
import org.gordian.analysis.Analyses;
import org.gordian.analysis.DealOutcome;
import org.gordian.analysis.Knot;
import org.gordian.analysis.Nearest;
import org.gordian.analysis.Neighbourhood;
import org.gordian.analysis.Ranking;
import org.gordian.analysis.Relaxation;
import org.gordian.analysis.RunResult;
import org.gordian.analysis.RankedDeal;
import org.gordian.facts.Veto;
import org.gordian.model.PositionRef;

/** The Markdown sections of the analyses: relaxations, nearest feasible deals, knots, ranking. */
final class AnalysesMarkdown {
  private final int showDeals;

  AnalysesMarkdown(int showDeals) {
    this.showDeals = showDeals;
  }

  void write(RunResult r, Analyses a, StringBuilder out) {
    relaxations(a, out);
    nearest(a, out);
    whole(a, out);
    knots(r, a, out);
    ranking(r, a, out);
    if (!a.notes().isEmpty()) {
      out.append("## Limits of these analyses\n\n");
      a.notes().forEach(n -> out.append("- ").append(n).append('\n'));
      out.append('\n');
    }
  }

  private static void relaxations(Analyses a, StringBuilder out) {
    out.append("## Minimal relaxations\n\n");
    if (a.relaxations().isEmpty()) {
      out.append("No infeasible deal to relax.\n\n");
      return;
    }
    out.append("For each infeasible deal, every smallest set of positions whose switching off (together) makes it"
        + " feasible, found by evaluating the deal again with the set switched off.\n\n");
    for (Relaxation x : a.relaxations()) {
      out.append("### ").append(Text.code(x.dealId())).append("\n\n");
      if (x.unrelaxable()) {
        out.append("No set of positions makes it feasible: with every position switched off it is still vetoed");
        out.append(x.remaining().isEmpty() ? ".\n" : ":\n");
        out.append('\n');
        for (Veto v : x.remaining()) {
          out.append("- ").append(Text.inline(v.getReason())).append(" (rule \"").append(Text.inline(v.getRule().rule()))
              .append("\", ").append(Text.inline(v.getRule().where())).append(")\n");
        }
        out.append('\n');
        continue;
      }
      if (x.sets().isEmpty()) {
        out.append("No set of up to ").append(x.maxSize()).append(" positions makes it feasible");
        if (x.beyondCap().isEmpty()) {
          out.append(".\n\n");
        } else {
          out.append("; switching off these ").append(x.beyondCap().size())
              .append(" together does, and none of them can be left on: ")
              .append(x.beyondCap().stream().map(p -> Text.code(p.toString())).collect(Collectors.joining(", ")))
              .append(".\n\n");
        }
        continue;
      }
      for (List<PositionRef> set : x.sets()) {
        out.append("- switch off ").append(set.stream().map(p -> Text.code(p.toString())).collect(Collectors.joining(" and ")))
            .append('\n');
      }
      if (!x.complete()) {
        boolean listedLarger = x.sets().stream().anyMatch(set -> set.size() > x.maxSize());
        out.append(listedLarger
            ? "- (sets of more than " + x.maxSize() + " positions were not searched beyond the largest one above,"
                + " from which no position can be dropped)\n"
            : "- (sets of more than " + x.maxSize() + " positions were not searched; larger minimal sets may exist)\n");
      }
      out.append('\n');
    }
  }

  private static void nearest(Analyses a, StringBuilder out) {
    if (a.nearest().isEmpty()) {
      return;
    }
    out.append("## Nearest feasible deals\n\n");
    out.append("For each infeasible deal, the feasible deals reached with the fewest edits: add a move, remove a move,"
        + " move a move to another phase. Each deal's neighbourhood — every deal of the case's moves, within its phase"
        + " limit, as many edits away as the budget of deals allows — is evaluated with the rules; with the deal"
        + " space, its feasible deals further away are compared too. Edits name the phases of the infeasible deal as"
        + " written; a new phase is placed among them. Ties go to the deal reached first.\n\n");
    for (Nearest.NearestDeals n : a.nearest()) {
      out.append("### ").append(Text.code(n.dealId())).append("\n\n");
      out.append(scope(n)).append("\n\n");
      String verdict = conclusion(n);
      if (!verdict.isEmpty()) {
        out.append(verdict).append("\n\n");
      }
      if (n.deals().isEmpty()) {
        continue;
      }
      out.append("| Feasible deal | Edits | What to change |\n|---|---:|---|\n");
      for (Nearest.Nearby d : n.deals()) {
        out.append("| ").append(Text.cellCode(d.id())).append(" | ").append(d.distance()).append(" | ")
            .append(Text.cell(d.edits().stream().map(Nearest.Edit::toString).collect(Collectors.joining("; "))))
            .append(" |\n");
      }
      out.append('\n');
    }
  }

  /** Where the nearest deals of one deal were sought, in one sentence. */
  static String scope(Nearest.NearestDeals n) {
    Neighbourhood.Searched near = n.neighbourhood();
    StringBuilder s = new StringBuilder("Searched: ");
    if (near.exhausted()) {
      s.append("every deal the edits reach from ").append(Text.code(n.dealId())).append(", up to ")
          .append(near.complete()).append(near.complete() == 1 ? " edit" : " edits").append(" away (")
          .append(Text.count(near.evaluated())).append(" deals evaluated, up to ").append(near.phaseLimit())
          .append(" phases)");
    } else if (near.budget() == 0) {
      s.append("no neighbourhood of ").append(Text.code(n.dealId())).append(" (no budget of deals left for it)");
    } else if (near.complete() == 0) {
      s.append("no neighbourhood of ").append(Text.code(n.dealId())).append(" (the deals one edit away are more than"
          + " the budget of ").append(Text.count(near.budget())).append(")");
    } else {
      s.append("every deal within ").append(near.complete()).append(near.complete() == 1 ? " edit" : " edits")
          .append(" of ").append(Text.code(n.dealId())).append(" (").append(Text.count(near.evaluated()))
          .append(" deals evaluated, up to ").append(near.phaseLimit()).append(" phases; ")
          .append(near.complete() + 1).append(" edits would take more than the budget of ")
          .append(Text.count(near.budget())).append(" deals)");
    }
    if (n.space() != null) {
      s.append(", and the ").append(Text.count(n.space().searched())).append(" feasible deals of the enumerated space")
          .append(" (up to ").append(n.space().maxMoves()).append(" moves in up to ").append(n.space().phases())
          .append(" phases");
      if (n.space().notSearched() > 0) {
        s.append("; ").append(Text.count(n.space().notSearched())).append(" more were not kept for the search");
      }
      s.append(')');
    }
    return s.append('.').toString();
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

  private static void knots(RunResult r, Analyses a, StringBuilder out) {
    if (r.space() == null) {
      return;
    }
    out.append("## Knots\n\n");
    String scope = a.knotScope().describe();
    if (a.knots().isEmpty()) {
      out.append("No knot among ").append(scope).append(": every pair of moves that some deal there holds is held"
          + " by a feasible one, or one of its moves is blocked on its own.\n\n");
      return;
    }
    out.append("Pairs of moves, of one party or two, that no feasible deal holds together among ").append(scope)
        .append(a.knotScope().whole() ? "." : "; a deal beyond these (more moves, other phases) may still hold them.")
        .append(" A *sequencing* knot: every relative order of the two moves is vetoed by a position that would let"
        + " another order pass, and no one party vetoes every order. An *incompatible* pair: each move is feasible"
        + " in some deal, never the two together. Triples are listed when every pair of their moves is feasible"
        + " somewhere but the three never are. *Tied by these positions alone*: with every other position"
        + " switched off, every deal tried and every generated deal holding the moves still draws a veto. *Each move feasible apart*: whether each move"
        + " appears in some feasible deal (when not, other positions block the moves on their own as well).\n\n");
    boolean whole = a.whole() != null;
    out.append("| Moves | Kind | Positions | Tied by these positions alone | Each move feasible apart |")
        .append(whole ? " Over every deal of the case |\n|---|---|---|---|---|---|\n" : "\n|---|---|---|---|---|\n");
    for (Knot k : a.knots()) {
      out.append("| ");
      for (int m = 0; m < k.moves().size(); m++) {
        out.append(m == 0 ? "" : " × ").append(Text.cellCode(k.moves().get(m))).append(" (").append(k.parties().get(m))
            .append(')');
      }
      out.append(" | ").append(k.kind().label())
          .append(" | ").append(k.positions().stream().map(p -> Text.cellCode(p.toString())).collect(Collectors.joining(", ")))
          .append(" | ").append(k.tiedAlone() ? "yes" : "no").append(" | ").append(k.feasibleApart() ? "yes" : "no")
          .append(whole ? " | " + k.whole().label() : "").append(" |\n");
    }
    out.append('\n');
    for (Knot k : a.knots()) {
      out.append("- ").append(k.moves().stream().map(Text::code).collect(Collectors.joining(" × ")))
          .append(": ");
      out.append(k.orders().stream().map(o -> o.describe(k.moves()) + " — "
          + (o.positions().isEmpty() ? "no veto of its own" : "vetoed by " + o.positions().stream()
              .map(p -> Text.code(p.toString())).collect(Collectors.joining(", "))))
          .collect(Collectors.joining("; "))).append('\n');
    }
    out.append('\n');
  }

  /** What holds over every deal of the case, when asked for. */
  private static void whole(Analyses a, StringBuilder out) {
    org.gordian.analysis.WholeSpaceFindings w = a.whole();
    if (w == null) {
      return;
    }
    org.gordian.space.whole.WholeSpaceAnswer x = w.answer();
    out.append("## Every deal of the case\n\n");
    if (!w.exact()) {
      org.gordian.space.whole.SampledShare s = w.sample();
      out.append("Over ").append(Text.inline(x.scope())).append(": not answered exactly — ").append(Text.inline(x.defeated()))
          .append(". Estimated from ").append(Text.count(s.samples())).append(" deals drawn uniformly at random (seed ")
          .append(s.seed()).append(") of ").append(s.total()).append(": ").append(Text.count(s.feasible()))
          .append(" feasible, a share of ").append(share(s.share())).append(" (95% interval ").append(share(s.low()))
          .append(" to ").append(share(s.high())).append(").\n\n");
      return;
    }
    out.append("Exact, over ").append(Text.inline(x.scope())).append(": ").append(big(x.total())).append(" deals, ")
        .append(big(x.feasible())).append(" feasible. These are facts of the case as modelled, not of a sample or"
            + " a bound.\n\n");
    out.append("| Position | Vetoes | Only veto | Deals every other position accepts |\n|---|---:|---:|---:|\n");
    for (org.gordian.space.whole.WholeSpaceAnswer.PositionCount p : x.positions()) {
      out.append("| ").append(Text.cellCode(p.position().toString())).append(" | ").append(big(p.vetoes()))
          .append(" | ").append(big(p.alone())).append(" | ").append(big(p.acceptedByOthers())).append(" |\n");
    }
    out.append('\n');
    out.append("- Moves no feasible deal holds: ").append(x.neverFeasibleMoves().isEmpty() ? "none"
        : x.neverFeasibleMoves().stream().map(Text::code).collect(Collectors.joining(", "))).append('\n');
    out.append("- Pairs of moves, each feasible without the other, that no feasible deal holds together: ")
        .append(x.neverFeasiblePairs().isEmpty() ? "none" : x.neverFeasiblePairs().stream()
            .map(p -> Text.code(p.first()) + " × " + Text.code(p.second())).collect(Collectors.joining(", ")))
        .append('\n');
    if (!x.best().isEmpty()) {
      out.append("- Feasible deals with the highest summed concern weight: ").append(x.best().stream()
          .map(b -> Text.code(b.id()) + " (" + Text.number(b.concernTotal()) + ")").collect(Collectors.joining(", ")))
          .append('\n');
    }
    out.append('\n');
  }

  private static String big(java.math.BigInteger n) {
    return String.format(java.util.Locale.ROOT, "%,d", n);
  }

  private static String share(double p) {
    return String.format(java.util.Locale.ROOT, "%.2f%%", 100 * p);
  }

  private void ranking(RunResult r, Analyses a, StringBuilder out) {
    Ranking rk = a.ranking();
    if (rk == null) {
      return;
    }
    out.append("## Ranking of feasible deals\n\n");
    List<String> outside = r.caseDef().parties().stream().map(org.gordian.model.Party::id)
        .filter(p -> !rk.parties().contains(p)).toList();
    out.append("Among ").append(r.space().scope().describe()).append(": ").append(Text.count(rk.feasible()))
        .append(" feasible, of which ").append(Text.count(rk.acceptable()))
        .append(" acceptable — every bargainer scores above what it gets without a deal (")
        .append(rk.parties().isEmpty() ? "no party bargains" : rk.parties().stream()
            .map(p -> p + " " + Text.number(rk.bargaining().noDeal().get(p))).collect(Collectors.joining(", ")))
        .append(").");
    if (!outside.isEmpty()) {
      out.append(" Not bargaining: ").append(String.join(", ", outside))
          .append(" (their concerns count only in the summed score).");
    }
    out.append(" A party's score is the sum of its concern weights");
    List<String> weights = r.sources().weighing().stream().map(p -> Text.code(p.toString()) + " — "
        + r.sources().of(p).stream().findFirst().map(e -> Text.inline(e.describe())).orElse("no source given"))
        .toList();
    out.append(weights.isEmpty() ? ".\n\n" : "; the weights come from:\n\n");
    if (!weights.isEmpty()) {
      weights.forEach(w -> out.append("- ").append(w).append('\n'));
      out.append('\n');
    }
    if (rk.nash() != null) {
      out.append("- Nash deal (largest product of the bargainers' gains over no deal, ")
          .append(Text.number(rk.nashProduct())).append("): ").append(Text.code(rk.nash().deal().id())).append(" — ")
          .append(scores(rk, rk.nash())).append('\n');
    } else if (rk.feasible() > 0) {
      out.append("- No feasible deal is acceptable to every bargainer: each leaves one of them no better off than"
          + " without a deal.\n");
    } else {
      out.append("- No feasible deal to rank.\n");
    }
    DealOutcome best = rk.best();
    if (best != null) {
      out.append("- Best summed score over all deals (").append(Text.number(rk.bestScore())).append("): ")
          .append(Text.code(best.id())).append(", ");
      if (best.feasible()) {
        out.append("feasible\n");
      } else {
        out.append("**infeasible**, vetoed by ").append(rk.bestBlockedBy().stream().map(p -> Text.code(p.toString()))
            .collect(Collectors.joining(", ")));
        a.relaxation(best.id()).filter(x -> !x.sets().isEmpty()).ifPresent(x -> out.append("; switching off ")
            .append(x.sets().stream().map(s -> s.stream().map(p -> Text.code(p.toString())).collect(Collectors.joining(" and ")))
                .collect(Collectors.joining(", or "))).append(" would make it feasible"));
        out.append('\n');
      }
    }
    out.append('\n');
    if (rk.pareto().isEmpty()) {
      return;
    }
    java.util.Map<java.util.Map<String, Double>, List<RankedDeal>> profiles = new java.util.LinkedHashMap<>();
    rk.pareto().forEach(d -> profiles.computeIfAbsent(d.scores(), k -> new java.util.ArrayList<>()).add(d));
    out.append("Pareto-optimal acceptable deals (by the bargainers' scores): ").append(Text.count(rk.pareto().size()))
        .append(rk.paretoTruncated() ? " (front cut short)" : "").append(", with ").append(Text.count(profiles.size()))
        .append(profiles.size() == 1 ? " score profile" : " score profiles")
        .append(" (deals with the same scores differ in moves or phase order):\n\n|");
    rk.parties().forEach(p -> out.append(' ').append(p).append(" |"));
    out.append(" Deals | First deals (enumeration order) |\n|");
    rk.parties().forEach(p -> out.append("---:|"));
    out.append("---:|---|\n");
    int shown = 0;
    for (List<RankedDeal> same : profiles.values()) {
      if (shown++ == showDeals) {
        out.append("\n… and ").append(profiles.size() - showDeals).append(" more profiles\n");
        break;
      }
      out.append('|');
      rk.parties().forEach(p -> out.append(' ').append(Text.number(same.get(0).score(p))).append(" |"));
      out.append(' ').append(same.size()).append(" | ").append(same.stream().limit(3).map(d -> Text.cellCode(d.deal().id()))
          .collect(Collectors.joining(", "))).append(same.size() > 3 ? ", …" : "").append(" |\n");
    }
    out.append('\n');
  }

  private static String scores(Ranking rk, RankedDeal d) {
    return rk.parties().stream().map(p -> p + " " + Text.number(d.score(p))).collect(Collectors.joining(", "));
  }
}
