package org.gordian.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.gordian.analysis.RunResult;

/**
 * The analyses in the HTML page: the Markdown report's analysis sections (relaxations, nearest
 * feasible deals, knots, ranking), rendered to HTML, each a section of the page with its own
 * entry in the contents. Rendering the Markdown keeps the two reports saying the same things in
 * the same words. Rule texts are escaped for Markdown where they are written, and the renderer
 * escapes every text and any markup in it, so rule texts cannot add markup or links to the page.
 */
final class AnalysesHtml {
  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true)
      .sanitizeUrls(true).build();

  private AnalysesHtml() {}

  /** One Markdown section: its heading and what follows it up to the next. */
  record Section(String heading, String body) {
    /** The section's anchor: {@code analysis-} and the heading's words joined by hyphens. */
    String id() {
      return "analysis-" + heading.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
  }

  /** Adds a section to the page for each analysis the run made; nothing when it made none. */
  static void addTo(HtmlPage page, RunResult r, int showDeals) {
    if (r.analyses() == null) {
      return;
    }
    StringBuilder markdown = new StringBuilder();
    new AnalysesMarkdown(showDeals).write(r, r.analyses(), markdown);
    for (Section s : sections(markdown.toString())) {
      page.section(s.id(), s.heading(), h -> h.raw(render(s.body())));
    }
  }

  /**
   * The Markdown as HTML. The analyses hold no links of their own: any the rules' texts might
   * still form are written as their text, so the page never leads elsewhere.
   */
  static String render(String markdown) {
    Node document = PARSER.parse(markdown);
    List<Node> links = new ArrayList<>();
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(Link link) {
        links.add(link);
        visitChildren(link);
      }

      @Override
      public void visit(Image image) {
        links.add(image);
        visitChildren(image);
      }
    });
    for (Node link : links) {
      // Its text (a link's words, an image's description) stays where the link was.
      for (Node child = link.getFirstChild(); child != null; ) {
        Node next = child.getNext();
        link.insertBefore(child);
        child = next;
      }
      link.unlink();
    }
    return RENDERER.render(document);
  }

  /** Splits Markdown at its second-level headings; anything before the first is dropped. */
  static List<Section> sections(String markdown) {
    List<Section> out = new ArrayList<>();
    String heading = null;
    StringBuilder body = new StringBuilder();
    for (String line : markdown.split("\n", -1)) {
      if (line.startsWith("## ")) {
        if (heading != null) {
          out.add(new Section(heading, body.toString()));
        }
        heading = line.substring(3).trim();
        body.setLength(0);
      } else {
        body.append(line).append('\n');
      }
    }
    if (heading != null) {
      out.add(new Section(heading, body.toString()));
    }
    return out;
  }
}
