package org.gordian.report;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gordian.analysis.DealOutcome;
import org.gordian.analysis.Perturbation;
import org.gordian.analysis.RunResult;
import org.gordian.analysis.Sensitivity;
import org.gordian.analysis.Sensitivity.Conclusion;
import org.gordian.analysis.Sensitivity.Flip;

/**
 * The sensitivity section in Markdown: each headline conclusion marked robust or fragile, with the
 * single changes that flip it; and, as a reporter, the sensitivity report on its own (a short
 * header, the run's summary in one line, then the section).
 */
public final class SensitivityMarkdown implements Reporter<RunResult> {
  /** How many flipping changes a conclusion shows; the JSON report lists them all. */
  static final int SHOWN_FLIPS = 8;
  /** How many knots that a change would tie the section shows. */
  static final int SHOWN_NEW_KNOTS = 10;

  private final Instant generatedAt;

  /** A reporter of the sensitivity report on its own, stamped with this time. */
  public SensitivityMarkdown(Instant generatedAt) {
    this.generatedAt = generatedAt;
  }

  @Override
  public void write(RunResult r, Writer w) throws IOException {
    StringBuilder out = new StringBuilder();
    out.append("# Sensitivity report: ").append(Text.inline(r.caseDef().title())).append("\n\n");
    out.append("- Case: ").append(Text.code(r.caseDef().id())).append('\n');
    out.append("- Scenario: ").append(Text.code(r.scenarioId())).append('\n');
    long listedFeasible = r.listed().stream().filter(DealOutcome::feasible).count();
    out.append("- As it stands: ").append(listedFeasible).append(" of ").append(r.listed().size())
        .append(" listed deals feasible");
    if (r.space() != null) {
      out.append("; ").append(Text.count(r.space().feasible())).append(" of ").append(Text.count(r.space().size()))
          .append(" generated deals feasible");
    }
    out.append('\n');
    out.append("- Generated at ").append(Text.timestamp(generatedAt)).append(" by Gordian ").append(Text.VERSION)
        .append("\n\n");
    if (r.sensitivity() != null) {
      section(r.sensitivity(), out);
    }
    w.write(out.toString().replaceAll("\n+$", "\n"));
  }

  /** Appends the section when the run has a sensitivity analysis; the run report's one hook. */
  static void addTo(RunResult r, StringBuilder out) {
    if (r.sensitivity() != null) {
      section(r.sensitivity(), out);
    }
  }

  /** The section: what was tried, then every conclusion, fragile ones first, then what could not be tried. */
  static void section(Sensitivity s, StringBuilder out) {
    out.append("## Sensitivity: robust and fragile conclusions\n\n");
    Map<Perturbation.Kind, Integer> kinds = new TreeMap<>();
    s.tried().forEach(p -> kinds.merge(p.kind(), 1, Integer::sum));
    List<String> parts = new ArrayList<>();
    kinds.forEach((k, n) -> parts.add(k.words() + ": " + n));
    out.append("Each headline conclusion was checked against ").append(s.tried().size())
        .append(" single changes of the model, made one at a time");
    out.append(parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")");
    out.append(": every position switched off; every veto rule made a concern of weight -1 with the same reason;"
        + " every context field set to each other value the case or the rules give it; every phase comparison in a"
        + " rule's conditions made strict or non-strict (`<` and `<=`, `>` and `>=`) and read at the other end"
        + " (`firstPhaseOf…` and `lastPhaseOf…`). A conclusion is **robust** when no single change flips it,"
        + " **fragile** when one does; the changes that flip it are named. Two changes together are not tried."
        + " A change that takes every veto from a position (switching it off, or making its only veto rule a"
        + " concern) changes by construction what is said of that position, so it is not counted against a"
        + " relaxation that merely loses that position, nor against the position being most often the only"
        + " obstacle.\n\n");
    long fragile = s.fragile().size();
    out.append("**").append(s.robust().size()).append(" robust, ").append(fragile).append(" fragile** of ")
        .append(s.conclusions().size()).append(" conclusions");
    if (s.generated() >= 0 && s.baseline().feasible() >= 0) {
      out.append("; the feasible count of the generated deals ranges from ").append(Text.count(s.feasibleMin()))
          .append(" to ").append(Text.count(s.feasibleMax())).append(" over the changes (")
          .append(Text.count(s.baseline().feasible())).append(" as it stands)");
    }
    out.append(".\n\n");
    List<Conclusion> ordered = new ArrayList<>(s.fragile());
    ordered.addAll(s.robust());
    for (Conclusion c : ordered) {
      conclusion(c, out);
    }
    out.append('\n');
    if (!s.newKnots().isEmpty()) {
      out.append("Knots the run does not find that a single change would tie (not conclusions of the run, so neither"
          + " robust nor fragile):\n\n");
      for (Conclusion c : s.newKnots().subList(0, Math.min(SHOWN_NEW_KNOTS, s.newKnots().size()))) {
        List<String> by = c.flips().stream().limit(SHOWN_FLIPS).map(f -> label(f.change()) + " (" + Text.inline(
            f.becomes()) + ")").toList();
        out.append("- ").append(Text.code(c.about())).append(": ").append(String.join("; ", by))
            .append(c.flips().size() > SHOWN_FLIPS ? "; and " + (c.flips().size() - SHOWN_FLIPS) + " more" : "")
            .append('\n');
      }
      if (s.newKnots().size() > SHOWN_NEW_KNOTS) {
        out.append("- and ").append(s.newKnots().size() - SHOWN_NEW_KNOTS)
            .append(" more (the JSON report lists every one)\n");
      }
      out.append('\n');
    }
    if (!s.untested().isEmpty()) {
      out.append("Changes that could not be tried (they speak for no conclusion):\n\n");
      for (Sensitivity.Untested u : s.untested()) {
        out.append("- ").append(label(u.change())).append(": ").append(Text.inline(u.reason())).append('\n');
      }
      out.append('\n');
    }
  }

  private static void conclusion(Conclusion c, StringBuilder out) {
    out.append("- **").append(c.robust() ? "robust" : "fragile").append("** — ").append(c.subject().words());
    if (!c.about().isEmpty()) {
      out.append(' ').append(c.subject() == Sensitivity.Subject.FEASIBLE_COUNT ? Text.inline(c.about())
          : Text.code(c.about()));
    }
    out.append(": ").append(Text.inline(c.holds()));
    if (c.robust()) {
      out.append('\n');
      return;
    }
    List<Flip> flips = new ArrayList<>(c.flips());
    if (c.subject() == Sensitivity.Subject.FEASIBLE_COUNT) {
      flips.sort(Comparator.comparingLong((Flip f) -> -Math.abs(f.delta())));
      out.append("; ").append(flips.size()).append(" change").append(flips.size() == 1 ? "" : "s")
          .append(" move it: ");
      List<String> moved = new ArrayList<>();
      for (Flip f : flips.subList(0, Math.min(SHOWN_FLIPS, flips.size()))) {
        moved.add(label(f.change()) + " changes it by " + (f.delta() > 0 ? "+" : "−") + Text.count(Math.abs(f.delta())));
      }
      out.append(String.join("; ", moved));
    } else {
      out.append("; flipped by ");
      List<String> named = new ArrayList<>();
      for (Flip f : flips.subList(0, Math.min(SHOWN_FLIPS, flips.size()))) {
        named.add(label(f.change()) + " (→ " + Text.inline(f.becomes()) + ")");
      }
      out.append(String.join("; ", named));
    }
    if (flips.size() > SHOWN_FLIPS) {
      out.append("; and ").append(flips.size() - SHOWN_FLIPS).append(" more (the JSON report lists every one)");
    }
    out.append('\n');
  }

  /** A change in words, as Markdown: names in code spans, a rule's name as text. */
  static String label(Perturbation p) {
    String where = p.file() == null ? ""
        : " (" + Text.inline((p.file().getFileName() == null ? p.file() : p.file().getFileName()) + ":" + p.line()) + ")";
    return switch (p.kind()) {
      case POSITION_OFF -> Text.code(p.position().toString()) + " off";
      case VETO_AS_CONCERN -> p.label().startsWith("`" + p.position() + "` rule ")
          ? Text.code(p.position().toString()) + " rule “" + Text.inline(p.rule()) + "”" + where + " as a concern"
          : Text.code(p.position().toString()) + " as a concern";
      case CONTEXT -> "context " + Text.code(p.context() + "." + p.field()) + " = " + Text.code(String.valueOf(p.value()));
      case STRICTNESS, FIRST_LAST -> "rule “" + Text.inline(p.rule()) + "”" + where + ": " + Text.code(p.from()) + " → "
          + Text.code(p.to());
    };
  }
}
