package org.gordian.load.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gordian.CaseFiles;
import org.gordian.Gordian;
import org.gordian.TestCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An edit to a sentence, or to the mapping beside it, is applied in place as an edit to DRL is. */
class DomainUpdateTest {
  @TempDir
  Path dir;

  private static double seoulWeight(Gordian g) {
    return TestCases.evaluate(g, null, TestCases.deal("humanitarian-aid@1")).verdict().concerns().stream()
        .filter(c -> c.getParty().equals("ROK")).mapToDouble(c -> c.getWeight()).sum();
  }

  @Test
  void anEditedSentenceIsCompiledIntoTheRulesInPlace() throws IOException {
    Path caseFile = CaseFiles.copyHanoi(dir);
    Path rok = dir.resolve("rules").resolve("rok.dslr");
    Gordian before = Gordian.load(caseFile);
    assertThat(seoulWeight(before)).isEqualTo(2.0);
    Object kieBase = before.rulebook().kieBase();

    Files.writeString(rok, Files.readString(rok).replace("ROK counts 2 for each of humanitarian-aid",
        "ROK counts 3 for each of humanitarian-aid"));
    Gordian after = before.updateRules();
    assertThat(after.rulebook().kieBase()).as("updated in place").isSameAs(kieBase);
    assertThat(seoulWeight(after)).isEqualTo(3.0).isEqualTo(seoulWeight(Gordian.load(caseFile)));
  }
}
