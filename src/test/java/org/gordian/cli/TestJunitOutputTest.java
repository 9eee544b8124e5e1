package org.gordian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code test --format junit} writes XML a CI server reads: one testcase per expectation, failures with their message. */
class TestJunitOutputTest {
  @TempDir
  Path tmp;
  Path caseDir;

  @BeforeEach
  void aCaseWithOneWrongExpectation() throws IOException {
    caseDir = tmp.resolve("talks");
    assertThat(Cli.run("init", caseDir.toString(), "--quiet").code()).isZero();
    Files.writeString(caseDir.resolve("expectations.yaml"), "  - deal: lone-offer\n    feasible: true\n"
        + "    note: \"a <wrong> & quoted expectation\"\n", StandardOpenOption.APPEND);
  }

  @Test
  void oneTestcasePerExpectationAndTheFailureSaysWhatWasExpected() throws Exception {
    Path xml = tmp.resolve("results.xml");
    Cli.Result r = Cli.run("test", caseDir.toString(), "--format", "junit", "--out", xml.toString());
    assertThat(r.code()).isEqualTo(ExitCode.EXPECTATIONS_FAILED.code());
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
    Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
    assertThat(suite.getAttribute("tests")).isEqualTo("7");
    assertThat(suite.getAttribute("failures")).isEqualTo("1");
    NodeList cases = doc.getElementsByTagName("testcase");
    assertThat(cases.getLength()).isEqualTo(7);
    NodeList failures = doc.getElementsByTagName("failure");
    assertThat(failures.getLength()).isEqualTo(1);
    Element failure = (Element) failures.item(0);
    Element failed = (Element) failure.getParentNode();
    assertThat(failed.getAttribute("line")).isEqualTo("19");
    assertThat(failed.getAttribute("classname")).endsWith("[baseline]");
    assertThat(failure.getAttribute("message")).startsWith("expected feasible; actual infeasible")
        .contains("A/guarantee-first");
    assertThat(failure.getTextContent()).contains("note:     a <wrong> & quoted expectation");
  }

  @Test
  void quietTextShowsOnlyTheFailure() {
    Cli.Result r = Cli.run("test", caseDir.toString(), "--quiet");
    assertThat(r.code()).isEqualTo(ExitCode.EXPECTATIONS_FAILED.code());
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("FAIL ").contains("expected: feasible").doesNotContain("PASS")
        .doesNotContain("passed");
  }
}
