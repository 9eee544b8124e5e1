package org.gordian.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gordian.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No run of a batch overwrites another's report: every run keeps a report of its own, listed in the index. */
class LostDataTest {
  @TempDir
  Path tmp;

  @Test
  void twoCasesInFoldersOfTheSameNameKeepTwoReports() throws IOException {
    Path first = TrustBoundaryTest.tiny(tmp.resolve("p1/tiny"));
    Path second = TrustBoundaryTest.tiny(tmp.resolve("p2/tiny"));
    Files.writeString(second.resolve("case.yaml"), Files.readString(second.resolve("case.yaml"))
        .replace("id: tiny", "id: tiny-two"));
    Path out = tmp.resolve("out");

    Cli.Result r = Cli.run("batch", first.toString(), second.toString(), "--out", out.toString(), "--threads", "1");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readString(out.resolve("tiny/baseline.md"))).contains("- Case: `tiny`");
    assertThat(Files.readString(out.resolve("tiny-2/baseline.md"))).contains("- Case: `tiny-two`");
    assertThat(Files.readString(out.resolve("tiny-2/baseline.json"))).contains("\"id\" : \"tiny-two\"");
    String index = Files.readString(out.resolve("index.md"));
    assertThat(index).contains("[md](tiny/baseline.md)").contains("[md](tiny-2/baseline.md)");
  }

  @Test
  void aCaseFolderNamedLikeADisambiguatedOneGetsANameOfItsOwn() throws IOException {
    Path a = TrustBoundaryTest.tiny(tmp.resolve("p1/tiny"));
    Path b = TrustBoundaryTest.tiny(tmp.resolve("p2/tiny"));
    Path c = TrustBoundaryTest.tiny(tmp.resolve("p3/tiny-2"));
    Path out = tmp.resolve("out");

    Cli.Result r = Cli.run("batch", a.toString(), b.toString(), c.toString(), "--out", out.toString(),
        "--threads", "1");

    assertThat(r.code()).as(r.err()).isZero();
    String index = Files.readString(out.resolve("index.json"));
    assertThat(index).contains("\"report\" : \"tiny/baseline\"").contains("\"report\" : \"tiny-2/baseline\"")
        .contains("\"report\" : \"tiny-2-2/baseline\"");
  }

  @Test
  void aScenarioNamedBaselineIsRefusedWhereItIsWritten() throws IOException {
    Path caseDir = TrustBoundaryTest.tiny(tmp.resolve("tiny"));
    Path file = caseDir.resolve("case.yaml");
    Files.writeString(file, Files.readString(file) + "  - id: baseline\n    disable:\n      - B/gains\n");
    Path out = tmp.resolve("out");

    Cli.Result r = Cli.run("batch", caseDir.toString(), "--all-scenarios", "--out", out.toString(), "--threads", "1");

    assertThat(r.code()).as(r.err()).isEqualTo(3);
    assertThat(r.err()).contains(org.gordian.diag.Paths2.display(file) + ":39:")
        .contains("a scenario may not be called 'baseline'");
    TrustBoundaryTest.assertNoStackTrace(r);
  }
}
