package org.gordian.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.gordian.analysis.DealOutcome;
import org.gordian.analysis.RunResult;
import org.gordian.engine.Verdict;
import org.gordian.facts.Concern;
import org.gordian.facts.RuleRef;
import org.gordian.facts.Veto;
import org.junit.jupiter.api.Test;

/** The Markdown report reads in a Markdown viewer as the rules wrote their texts. */
class MarkdownReportTest {

  @Test
  void rulesTextsReadAsWrittenInAViewer() {
    RunResult r = ReportRuns.listedOnly();
    String reason = "relief *now* | [memo](https://example.org/m)\n## not a heading";
    String concern = "1. a numbered reason & more";
    RuleRef rule = new RuleRef("rule_with `ticks`", "US", "all-or-nothing", "rules/my_rules.drl", 3);
    DealOutcome deal = new DealOutcome("hostile", "A deal", true, null,
        List.of(new DealOutcome.PhasedMove("testing-freeze", 1)),
        new Verdict(List.of(org.gordian.facts.internal.Facts.veto(rule, reason)), List.of(org.gordian.facts.internal.Facts.concern(rule, 2, concern)), List.of(), new int[] {0}));
    RunResult hostile = new RunResult(r.caseDef(), null, r.positions(), r.disabled(), r.ruleFiles(), List.of(deal), null,
        List.of(), List.of(), null, r.sources());
    String markdown = ReportRuns.render(Format.MARKDOWN, hostile);

    Node doc = Parser.builder().build().parse(markdown);
    List<Node> headings = new ArrayList<>();
    int[] links = {0};
    doc.accept(new AbstractVisitor() {
      @Override
      public void visit(Heading heading) {
        headings.add(heading);
      }

      @Override
      public void visit(Link link) {
        links[0]++;
      }
    });
    TextContentRenderer text = TextContentRenderer.builder().build();
    String shown = text.render(doc);
    assertThat(headings).extracting(h -> text.render(h)).noneMatch(h -> h.contains("not a heading"));
    assertThat(links[0]).isZero();
    assertThat(shown).contains(reason.replace('\n', ' ') + ". Rule \"rule_with `ticks`\" (rules/my_rules.drl:3)")
        .contains("+2): " + concern);
  }
}
