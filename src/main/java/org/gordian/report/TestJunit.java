package org.gordian.report;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.gordian.diag.Paths2;
import org.gordian.model.PositionRef;
import org.gordian.tester.TestReport;
import org.gordian.tester.TestReport.Outcome;

/**
 * A test run as JUnit XML, the report format CI servers read: one {@code <testsuite>} for the
 * expectations file, one {@code <testcase>} per expectation (its class name the scenario, its name
 * the expectation in plain words with its line), and a {@code <failure>} whose message says what
 * was expected and what the rules concluded. Coverage goes to the suite's {@code <system-out>}.
 */
public final class TestJunit implements Reporter<TestReport> {
  private final Instant generatedAt;

  /** A reporter stamping its output with this time. */
  public TestJunit(Instant generatedAt) {
    this.generatedAt = generatedAt;
  }

  @Override
  public void write(TestReport r, Writer w) throws IOException {
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(w);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      String suite = r.outcomes().isEmpty() || r.outcomes().get(0).expectation().loc().file() == null ? "expectations"
          : Paths2.display(r.outcomes().get(0).expectation().loc().file());
      x.writeStartElement("testsuites");
      x.writeAttribute("name", "gordian test");
      x.writeAttribute("tests", String.valueOf(r.outcomes().size()));
      x.writeAttribute("failures", String.valueOf(r.failed()));
      x.writeAttribute("errors", "0");
      x.writeCharacters("\n  ");
      x.writeStartElement("testsuite");
      x.writeAttribute("name", clean(suite));
      x.writeAttribute("tests", String.valueOf(r.outcomes().size()));
      x.writeAttribute("failures", String.valueOf(r.failed()));
      x.writeAttribute("errors", "0");
      x.writeAttribute("skipped", "0");
      x.writeAttribute("timestamp", Text.timestamp(generatedAt));
      for (Outcome o : r.outcomes()) {
        var loc = o.expectation().loc();
        x.writeCharacters("\n    ");
        x.writeStartElement("testcase");
        x.writeAttribute("classname", clean(suite + " [" + o.expectation().scenarioId() + "]"));
        x.writeAttribute("name", clean("line " + loc.line() + ": " + o.summary()));
        if (loc.file() != null) {
          x.writeAttribute("file", clean(Paths2.display(loc.file())));
          x.writeAttribute("line", String.valueOf(loc.line()));
        }
        if (!o.passed()) {
          x.writeCharacters("\n      ");
          x.writeStartElement("failure");
          x.writeAttribute("message", clean("expected " + o.expected() + "; actual " + o.actual()));
          x.writeAttribute("type", "ExpectationFailed");
          x.writeCharacters(clean(loc.shortForm() + " " + o.summary() + "\nexpected: " + o.expected()
              + "\nactual:   " + o.actual() + (o.expectation().note() == null ? "" : "\nnote:     "
              + o.expectation().note())));
          x.writeEndElement();
          x.writeCharacters("\n    ");
        }
        x.writeEndElement();
      }
      x.writeCharacters("\n    ");
      x.writeStartElement("system-out");
      x.writeCharacters(clean("Coverage over " + Text.count(r.dealsEvaluated()) + " deals in scenarios "
          + String.join(", ", r.scenarios()) + "\npositions that vetoed nothing and raised no concern: "
          + (r.silentPositions().isEmpty() ? "none" : r.silentPositions().stream().map(PositionRef::toString)
              .collect(Collectors.joining(", ")))
          + "\nrules that produced no veto, concern or consequence: " + (r.silentRules().isEmpty() ? "none"
              : r.silentRules().stream().map(rule -> rule.where() + " '" + rule.rule() + "'")
                  .collect(Collectors.joining(", ")))
          + r.warnings().stream().map(d -> "\n" + d).collect(Collectors.joining())));
      x.writeEndElement();
      x.writeCharacters("\n  ");
      x.writeEndElement();
      x.writeCharacters("\n");
      x.writeEndElement();
      x.writeEndDocument();
      x.flush();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write the JUnit report: " + e.getMessage(), e);
    }
    w.write('\n');
  }

  /** Text without the characters XML 1.0 cannot hold. */
  static String clean(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().filter(c -> c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD) || c > 0xFFFF).forEach(b::appendCodePoint);
    return b.toString();
  }
}
