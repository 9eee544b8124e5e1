package org.gordian.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.gordian.analysis.Analyses;
import org.gordian.analysis.DealOutcome;
import org.gordian.analysis.Knot;
import org.gordian.analysis.Nearest;
import org.gordian.analysis.Neighbourhood;
import org.gordian.analysis.Ranking;
import org.gordian.analysis.Relaxation;
import org.gordian.analysis.RankedDeal;
import org.gordian.facts.Veto;
import org.gordian.model.PositionRef;

/**
 * The JSON fields of the analyses: {@code relaxations} (deal id → list of position sets),
 * {@code unrelaxable} (deal id → the vetoes left with every position off), {@code nearest} (deal id
 * → feasible deals with their edits), {@code nearestSearch} (deal id → where they were sought), {@code knots}, {@code pareto} (deal ids), {@code ranking}
 * and {@code analysisNotes}.
 */
final class AnalysesJson {
  private AnalysesJson() {}

  static void write(Analyses a, JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("relaxations");
    for (Relaxation x : a.relaxations()) {
      g.writeArrayFieldStart(x.dealId());
      for (List<PositionRef> set : x.sets()) {
        g.writeStartArray();
        for (PositionRef p : set) {
          g.writeString(p.toString());
        }
        g.writeEndArray();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
    g.writeObjectFieldStart("relaxationSearch");
    for (Relaxation x : a.relaxations()) {
      g.writeObjectFieldStart(x.dealId());
      g.writeNumberField("maxSetSize", x.maxSize());
      g.writeNumberField("positions", x.candidates());
      g.writeBooleanField("complete", x.complete());
      g.writeBooleanField("unrelaxable", x.unrelaxable());
      g.writeArrayFieldStart("beyondCap");
      for (PositionRef p : x.beyondCap()) {
        g.writeString(p.toString());
      }
      g.writeEndArray();
      g.writeArrayFieldStart("remainingVetoes");
      for (Veto v : x.remaining()) {
        g.writeStartObject();
        g.writeStringField("rule", v.getRule().rule());
        g.writeStringField("file", v.getRule().file());
        g.writeNumberField("line", v.getRule().line());
        g.writeStringField("reason", v.getReason());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeObjectFieldStart("nearest");
    for (Nearest.NearestDeals n : a.nearest()) {
      g.writeArrayFieldStart(n.dealId());
      for (Nearest.Nearby d : n.deals()) {
        g.writeStartObject();
        g.writeStringField("id", d.id());
        g.writeNumberField("distance", d.distance());
        g.writeStringField("foundIn", d.inNeighbourhood() ? "neighbourhood" : "space");
        moves(d.moves(), g);
        g.writeArrayFieldStart("edits");
        for (Nearest.Edit e : d.edits()) {
          edit(e, g);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
    g.writeObjectFieldStart("nearestSearch");
    for (Nearest.NearestDeals n : a.nearest()) {
      g.writeObjectFieldStart(n.dealId());
      Neighbourhood.Searched near = n.neighbourhood();
      g.writeObjectFieldStart("neighbourhood");
      g.writeNumberField("completeEdits", near.complete());
      g.writeBooleanField("exhausted", near.exhausted());
      g.writeNumberField("evaluated", near.evaluated());
      g.writeNumberField("budget", near.budget());
      g.writeNumberField("phaseLimit", near.phaseLimit());
      g.writeNumberField("feasible", near.feasible().size() + near.feasible().dropped());
      g.writeEndObject();
      if (n.space() != null) {
        g.writeObjectFieldStart("space");
        g.writeNumberField("feasibleCompared", n.space().searched());
        g.writeNumberField("feasibleNotKept", n.space().notSearched());
        g.writeNumberField("maxMoves", n.space().maxMoves());
        g.writeNumberField("phases", n.space().phases());
        g.writeEndObject();
      }
      g.writeBooleanField("nearestOverall", n.nearestOverall());
      g.writeEndObject();
    }
    g.writeEndObject();
    if (a.knotScope() != null) {
      JsonReport.scope("knotScope", a.knotScope(), g);
    }
    g.writeArrayFieldStart("knots");
    for (Knot k : a.knots()) {
      g.writeStartObject();
      strings("moves", k.moves(), g);
      strings("parties", k.parties(), g);
      g.writeStringField("kind", k.kind().label());
      strings("positions", k.positionNames(), g);
      g.writeObjectFieldStart("orders");
      for (Knot.OrderVetoes o : k.orders()) {
        strings(o.order(), o.positions().stream().map(PositionRef::toString).toList(), g);
      }
      g.writeEndObject();
      g.writeBooleanField("feasibleApart", k.feasibleApart());
      g.writeBooleanField("tiedAlone", k.tiedAlone());
      if (a.whole() != null) {
        g.writeBooleanField("holdsOverEveryDeal", k.whole() == Knot.Whole.HOLDS);
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    Ranking rk = a.ranking();
    if (rk != null) {
      strings("pareto", rk.pareto().stream().map(d -> d.deal().id()).toList(), g);
      g.writeObjectFieldStart("ranking");
      strings("bargainers", rk.parties(), g);
      g.writeObjectFieldStart("noDeal");
      for (String p : rk.parties()) {
        g.writeNumberField(p, rk.bargaining().noDeal().get(p));
      }
      g.writeEndObject();
      g.writeNumberField("feasible", rk.feasible());
      g.writeNumberField("acceptable", rk.acceptable());
      g.writeBooleanField("paretoTruncated", rk.paretoTruncated());
      if (rk.nash() != null) {
        g.writeObjectFieldStart("nash");
        g.writeStringField("id", rk.nash().deal().id());
        g.writeNumberField("product", rk.nashProduct());
        scores(rk, rk.nash(), g);
        g.writeEndObject();
      }
      DealOutcome best = rk.best();
      if (best != null) {
        g.writeObjectFieldStart("best");
        g.writeStringField("id", best.id());
        g.writeNumberField("score", rk.bestScore());
        g.writeBooleanField("feasible", best.feasible());
        strings("blockedBy", rk.bestBlockedBy().stream().map(PositionRef::toString).toList(), g);
        g.writeEndObject();
      }
      g.writeArrayFieldStart("paretoScores");
      for (RankedDeal d : rk.pareto()) {
        g.writeStartObject();
        g.writeStringField("id", d.deal().id());
        scores(rk, d, g);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    if (a.whole() != null) {
      whole(a.whole(), g);
    }
    strings("analysisNotes", a.notes(), g);
  }

  private static void edit(Nearest.Edit e, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("edit", e.kind().name().toLowerCase(java.util.Locale.ROOT));
    g.writeStringField("move", e.move());
    if (e.kind() != Nearest.Edit.Kind.ADD) {
      g.writeNumberField("fromPhase", e.from());
    }
    if (e.kind() != Nearest.Edit.Kind.REMOVE) {
      if (e.to() > 0) {
        g.writeNumberField("toPhase", e.to());
      } else {
        g.writeObjectFieldStart("newPhase");
        if (e.after() > 0) {
          g.writeNumberField("after", e.after());
        }
        if (e.before() > 0) {
          g.writeNumberField("before", e.before());
        }
        g.writeNumberField("nth", e.nth());
        g.writeNumberField("of", e.of());
        g.writeEndObject();
      }
      strings("with", e.with(), g);
      g.writeNumberField("resultPhase", e.resultPhase());
    }
    g.writeStringField("text", e.toString().replace("`", ""));
    g.writeEndObject();
  }

  private static void whole(org.gordian.analysis.WholeSpaceFindings w, JsonGenerator g) throws IOException {
    org.gordian.space.whole.WholeSpaceAnswer x = w.answer();
    g.writeObjectFieldStart("wholeSpace");
    g.writeStringField("scope", x.scope());
    g.writeBooleanField("exact", w.exact());
    if (!w.exact()) {
      g.writeStringField("defeated", x.defeated());
      org.gordian.space.whole.SampledShare s = w.sample();
      g.writeObjectFieldStart("sample");
      g.writeNumberField("deals", s.total());
      g.writeNumberField("samples", s.samples());
      g.writeNumberField("seed", s.seed());
      g.writeNumberField("feasible", s.feasible());
      g.writeNumberField("share", s.share());
      g.writeNumberField("low", s.low());
      g.writeNumberField("high", s.high());
      g.writeEndObject();
    } else {
      g.writeNumberField("deals", x.total());
      g.writeNumberField("feasible", x.feasible());
      g.writeArrayFieldStart("positions");
      for (org.gordian.space.whole.WholeSpaceAnswer.PositionCount p : x.positions()) {
        g.writeStartObject();
        g.writeStringField("position", p.position().toString());
        g.writeNumberField("vetoes", p.vetoes());
        g.writeNumberField("alone", p.alone());
        g.writeNumberField("acceptedByOthers", p.acceptedByOthers());
        g.writeEndObject();
      }
      g.writeEndArray();
      strings("neverFeasibleMoves", x.neverFeasibleMoves(), g);
      g.writeArrayFieldStart("neverFeasiblePairs");
      for (org.gordian.space.whole.WholeSpaceAnswer.MovePair p : x.neverFeasiblePairs()) {
        g.writeStartArray();
        g.writeString(p.first());
        g.writeString(p.second());
        g.writeEndArray();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("best");
      for (org.gordian.space.whole.WholeSpaceAnswer.BestDeal b : x.best()) {
        g.writeStartObject();
        g.writeStringField("id", b.id());
        g.writeNumberField("concernTotal", b.concernTotal());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void scores(Ranking rk, RankedDeal d, JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("scores");
    for (String p : rk.parties()) {
      g.writeNumberField(p, d.score(p));
    }
    g.writeEndObject();
  }

  private static void moves(List<DealOutcome.PhasedMove> moves, JsonGenerator g) throws IOException {
    g.writeArrayFieldStart("moves");
    for (DealOutcome.PhasedMove m : moves) {
      g.writeStartObject();
      g.writeStringField("move", m.move());
      g.writeNumberField("phase", m.phase());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void strings(String field, List<String> values, JsonGenerator g) throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }
}
