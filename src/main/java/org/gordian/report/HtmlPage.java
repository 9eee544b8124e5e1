package org.gordian.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;

/**
 * The frame of an HTML report: one self-contained page with the style sheet and script inlined, a
 * header, a table of contents and the sections. Reporters add sections in order; a new
 * analysis is one more {@link #section} call.
 *
 * <p>The page declares a Content-Security-Policy that allows only its own inline style sheet and
 * script (by hash) and nothing from any network, so it opens the same offline as online and text
 * that slipped past escaping could not run.
 */
final class HtmlPage {
  private static final String CSS = resource("report.css");
  private static final String JS = resource("report.js");

  private record Section(String id, String title, String body) {}

  private final String title;
  private final String style;
  private final Html header = new Html();
  private final List<Section> sections = new ArrayList<>();

  /** A page with this title (shown in the browser's tab and as the heading). */
  HtmlPage(String title) {
    this(title, "");
  }

  /**
   * A page with this title whose style sheet is the reports' one followed by {@code moreStyle}, for
   * a page with elements of its own (the batch page's grid) that the run report does not need.
   */
  HtmlPage(String title, String moreStyle) {
    this.title = title;
    this.style = CSS + moreStyle;
  }

  /** The builder for the page header, below the main heading. */
  Html header() {
    return header;
  }

  /** Adds a section with an anchor {@code id}, a heading and a table-of-contents entry. */
  HtmlPage section(String id, String heading, Consumer<Html> body) {
    Html h = new Html();
    body.accept(h);
    sections.add(new Section(id, heading, h.toString()));
    return this;
  }

  /** The whole page. */
  String render() {
    Html h = new Html();
    h.raw("<!DOCTYPE html>").nl();
    h.open("html", "lang", "en").nl();
    h.open("head").nl();
    h.empty("meta", "charset", "utf-8").nl();
    h.empty("meta", "http-equiv", "Content-Security-Policy", "content", "default-src 'none'; style-src '"
        + sha256(style) + "'; script-src '" + sha256(JS) + "'; img-src data:").nl();
    h.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").nl();
    h.empty("meta", "name", "generator", "content", "Gordian " + Text.VERSION).nl();
    h.element("title", title).nl();
    h.open("style").raw(style).close("style").nl();
    h.close("head").nl();
    h.open("body").nl();
    h.open("header", "class", "page").nl();
    h.element("h1", title).nl();
    h.raw(header.toString());
    h.close("header").nl();
    h.open("nav", "class", "toc", "aria-label", "Contents").nl().open("ol");
    for (Section s : sections) {
      h.open("li").element("a", s.title(), "href", "#" + s.id()).close("li");
    }
    h.close("ol").nl().close("nav").nl();
    h.open("main").nl();
    for (Section s : sections) {
      h.open("section", "id", s.id()).nl();
      h.element("h2", s.title()).nl();
      h.raw(s.body());
      h.close("section").nl();
    }
    h.close("main").nl();
    h.open("script").raw(JS).close("script").nl();
    h.close("body").nl();
    h.close("html").nl();
    return h.toString();
  }

  /**
   * Writes the line saying when and by which version the page was made: kept on one line, the only
   * line that differs between two pages of the same inputs.
   */
  static void generated(Html h, java.time.Instant at) {
    h.open("p", "class", "generated").text("Generated at ").element("time", Text.timestamp(at), "datetime",
        Text.timestamp(at)).text(" by Gordian " + Text.VERSION).close("p").nl();
  }

  /** A text resource beside this class, such as a style sheet. */
  static String resource(String name) {
    try (InputStream in = HtmlPage.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " beside " + HtmlPage.class.getName()); // internal
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
