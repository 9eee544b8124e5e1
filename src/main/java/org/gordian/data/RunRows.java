package org.gordian.data;

import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gordian.analysis.Analyses;
import org.gordian.analysis.DealOutcome;
import org.gordian.analysis.Knot;
import org.gordian.analysis.Nearest;
import org.gordian.analysis.RankedDeal;
import org.gordian.analysis.Ranking;
import org.gordian.analysis.Relaxation;
import org.gordian.analysis.RunResult;
import org.gordian.analysis.Sensitivity;
import org.gordian.analysis.SpaceSummary;
import org.gordian.analysis.Uncertainty;
import org.gordian.facts.Concern;
import org.gordian.facts.Consequence;
import org.gordian.facts.RuleRef;
import org.gordian.facts.Veto;
import org.gordian.model.PositionRef;
import org.gordian.report.Text;

/**
 * One run's rows, from the result objects the JSON report is written from (field for field as
 * {@code report.JsonReport} and its parts write them).
 */
final class RunRows {
  private final Results out;
  private final String caseId;
  private final String scenario;
  private final Set<String> written = new HashSet<>();
  private final List<DealOutcome> writtenDeals = new java.util.ArrayList<>();

  RunRows(Results out, String caseId, String scenario) {
    this.out = out;
    this.caseId = caseId;
    this.scenario = scenario;
  }

  void run(RunResult r, RunStamp stamp, LocalDateTime at, boolean allDeals) throws SQLException {
    SpaceSummary s = r.space();
    out.row("runs", caseId, scenario, r.caseDef().title(),
        r.scenario() == null ? "the case as written" : r.scenario().description(), stamp.rulesDigest(), Text.VERSION,
        Schema.VERSION, stamp.options(), at, r.listed().size(), (int) r.listed().stream().filter(DealOutcome::feasible)
            .count(), s == null ? null : s.size(), s == null ? null : s.evaluated(), s == null ? null : s.feasible(),
        s == null ? null : s.infeasible(), s == null ? null : s.scope().describe(), allDeals);
  }

  /** The deals the result holds: listed, explained, and unless every deal is written, the space's kept ones. */
  void kept(RunResult r, boolean allDeals) throws SQLException {
    for (DealOutcome d : r.listed()) {
      deal(d, "listed");
    }
    for (DealOutcome d : r.explained()) {
      deal(d, "explained");
    }
    if (r.space() != null && !allDeals) {
      for (DealOutcome d : r.space().feasibleDeals()) {
        deal(d, "feasible");
      }
      for (SpaceSummary.Blocking b : r.space().blocking()) {
        for (DealOutcome d : b.nearMisses()) {
          deal(d, "near-miss");
        }
      }
    }
    if (r.space() != null) {
      for (SpaceSummary.Blocking b : r.space().blocking()) {
        PositionRef p = b.position();
        String faction = r.sources().factionOf(p);
        out.row("blocking", caseId, scenario, p.party(), p.position(), faction.isEmpty() ? null : faction, b.vetoes(),
            b.pivotal(), b.othersAccept(), b.blocksOfOthersAccept());
      }
    }
  }

  /** The deals written so far, in the order written. */
  java.util.Collection<DealOutcome> written() {
    return java.util.Collections.unmodifiableCollection(writtenDeals);
  }

  /** A deal and its moves, vetoes, concerns and consequences, once per run (the first role it has). */
  void deal(DealOutcome d, String kept) throws SQLException {
    if (written.add(d.id())) {
      writtenDeals.add(d);
      rows(d, kept);
    }
  }

  private void rows(DealOutcome d, String kept) throws SQLException {
    out.row("deals", caseId, scenario, d.id(), d.title(), d.listed(), d.source(), d.feasible(), kept);
    for (DealOutcome.PhasedMove m : d.moves()) {
      out.row("deal_moves", caseId, scenario, d.id(), m.move(), m.phase());
    }
    for (Veto v : d.verdict().vetoes()) {
      RuleRef rule = v.getRule();
      out.row("vetoes", caseId, scenario, d.id(), v.getParty(), v.getPosition(), rule.rule(), rule.file(),
          rule.line(), cell(rule), v.getReason());
    }
    for (Concern c : d.verdict().concerns()) {
      RuleRef rule = c.getRule();
      out.row("concerns", caseId, scenario, d.id(), c.getParty(), c.getPosition(), c.getWeight(), rule.rule(),
          rule.file(), rule.line(), cell(rule), c.getReason());
    }
    for (Consequence c : d.verdict().consequences()) {
      RuleRef rule = c.getRule();
      out.row("consequences", caseId, scenario, d.id(), c.getId(), c.getDescription(), rule.rule(), rule.file(),
          rule.line(), cell(rule));
    }
  }

  /** A rule's decision-table cell, or null when it comes from no table. */
  static String cell(RuleRef rule) {
    return rule.place().isEmpty() ? null : rule.place();
  }

  /** Relaxations, nearest deals, knots, ranking, probabilities and sensitivity, where the run has them. */
  void analyses(RunResult r) throws SQLException {
    Analyses a = r.analyses();
    if (a != null) {
      for (Relaxation x : a.relaxations()) {
        int n = 0;
        for (List<PositionRef> set : x.sets()) {
          n++;
          for (PositionRef p : set) {
            out.row("relaxations", caseId, scenario, x.dealId(), n, p.toString());
          }
        }
        out.row("relaxation_searches", caseId, scenario, x.dealId(), x.maxSize(), x.candidates(), x.complete(),
            x.unrelaxable());
      }
      for (Nearest.NearestDeals n : a.nearest()) {
        int rank = 0;
        for (Nearest.Nearby d : n.deals()) {
          List<String> edits = d.edits().stream().map(e -> e.toString().replace("`", "")).toList();
          out.row("nearest", caseId, scenario, n.dealId(), ++rank, d.id(), d.distance(),
              d.inNeighbourhood() ? "neighbourhood" : "space", String.join("; ", edits));
        }
      }
      int k = 0;
      for (Knot knot : a.knots()) {
        k++;
        out.row("knots", caseId, scenario, k, knot.kind().label(), knot.feasibleApart(), knot.tiedAlone(),
            a.whole() == null ? null : knot.whole() == Knot.Whole.HOLDS);
        for (String m : knot.moves()) {
          out.row("knot_members", caseId, scenario, k, "move", m);
        }
        for (String p : knot.parties()) {
          out.row("knot_members", caseId, scenario, k, "party", p);
        }
        for (String p : knot.positionNames()) {
          out.row("knot_members", caseId, scenario, k, "position", p);
        }
      }
      Ranking rk = a.ranking();
      if (rk != null) {
        String nash = rk.nash() == null ? null : rk.nash().deal().id();
        for (RankedDeal d : rk.pareto()) {
          for (String p : rk.parties()) {
            out.row("ranking", caseId, scenario, d.deal().id(), p, d.score(p), rk.bargaining().noDeal().get(p),
                d.deal().id().equals(nash));
          }
        }
      }
    }
    Uncertainty u = r.uncertainty();
    if (u != null) {
      for (Uncertainty.DealChance d : u.deals()) {
        out.row("probabilities", caseId, scenario, d.id(), u.method().label(), d.feasible(), d.probability(), d.low(),
            d.high(), d.mattersMost().map(Uncertainty.Influence::variable).orElse(null));
      }
    }
    Sensitivity s = r.sensitivity();
    if (s != null) {
      int n = 0;
      for (String list : List.of("conclusions", "newKnots")) {
        for (Sensitivity.Conclusion c : list.equals("conclusions") ? s.conclusions() : s.newKnots()) {
          n++;
          out.row("sensitivity", caseId, scenario, n, list, c.subject().key(), c.about(), c.holds(), c.robust());
          for (Sensitivity.Flip f : c.flips()) {
            out.row("sensitivity_flips", caseId, scenario, n, f.change().label(), f.change().kind().key(), f.becomes(),
                c.subject() == Sensitivity.Subject.FEASIBLE_COUNT ? (Long) f.delta() : null);
          }
        }
      }
    }
  }
}
