package org.gordian;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gordian.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Check} reads what rules name from their code, not from their comments. */
class CheckTest {
  @TempDir
  Path dir;

  private List<String> check(String ruleComment, String ruleLiteral) throws Exception {
    Path rules = CaseFiles.copyRules(dir);
    Path rok = CaseFiles.rokAsDrl(rules);
    Files.writeString(rok, Files.readString(rok) + "\n// " + ruleComment + "\n"
        + "rule \"Seoul likes gifts\" @party(\"ROK\") @position(\"keep-the-door-open\")\n"
        + "when\n  Deal( has(\"" + ruleLiteral + "\") )\nthen\n  insertLogical(new Concern(1, \"a gift\"));\nend\n");
    String text = CaseFiles.hanoiText().replace(Path.of("rules/hanoi-2019").toAbsolutePath().toString(),
        rules.toString()).replace("moves:\n  - id: end-of-war-declaration",
        "moves:\n  - id: panda-diplomacy\n    party: US\n    kind: gift\n    description: a pair of pandas\n"
            + "  - id: end-of-war-declaration");
    Files.createDirectories(dir.resolve("case"));
    return Check.run(CaseFiles.write(dir.resolve("case"), text)).stream().map(Diagnostic::message).toList();
  }

  @Test
  void aMoveNamedOnlyInACommentIsMentionedByNoRule() throws Exception {
    assertThat(check("\"panda-diplomacy\" would please Seoul", "end-of-war-declaration"))
        .contains("no rule mentions move 'panda-diplomacy', its kind 'gift'; no position reacts to it");
  }

  @Test
  void aMoveNamedInACondition() throws Exception {
    assertThat(check("a gift", "panda-diplomacy")).noneMatch(m -> m.contains("panda-diplomacy"));
  }
}
