package org.gordian.load.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gordian.Gordian;
import org.gordian.engine.DealIds;
import org.gordian.engine.DealJudge;
import org.gordian.engine.Engine;
import org.gordian.engine.EngineOptions;
import org.gordian.engine.Verdict;
import org.gordian.facts.Concern;
import org.gordian.facts.Consequence;
import org.gordian.facts.Veto;
import org.gordian.model.Scenario;
import org.gordian.space.DealSpace;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A position written in Gordian's DSL or as a decision table gives every deal of the case's
 * generated space the very verdict (vetoes, concerns and consequences, with party, position, rule
 * name and text) that the DRL it replaced gives, in the baseline and every scenario.
 */
@Tag("slow")
class DomainSentencesAgreeTest {
  @TempDir
  Path temp;

  @Test
  void theSeoulPositionsInSentencesJudgeEveryHanoiDealAsTheirDrlDid() throws IOException {
    Path drl = copyCase("hanoi-2019", "rok.dslr", Path.of("src/test/resources/dsl/hanoi-2019-rok.drl"), "rok.drl");
    assertThat(Path.of("rules/hanoi-2019/rok.dslr")).exists();
    long compared = compareEveryDeal(Gordian.load(Path.of("examples/hanoi-2019")), Gordian.load(drl), "ROK");
    assertThat(compared).isGreaterThanOrEqualTo(59_080);
  }

  @Test
  void theTableOfEqualStrategicCeilingsJudgesEveryReykjavikDealAsItsDrlDid() throws IOException {
    Path drl = copyCase("reykjavik-1986", "us-ceilings.csv", Path.of("src/test/resources/dsl/reykjavik-1986-us-ceilings.drl"),
        "us-ceilings.drl");
    long compared = compareEveryDeal(Gordian.load(Path.of("examples/reykjavik-1986")), Gordian.load(drl), "US");
    assertThat(compared).isPositive();
  }

  /**
   * A copy of the case and its rule folder under the temporary folder, with one rule file replaced
   * by the DRL it was written from; the case file of the copy.
   */
  private Path copyCase(String name, String replaced, Path drl, String drlName) throws IOException {
    Path rules = temp.resolve("rules").resolve(name);
    Files.createDirectories(rules);
    try (Stream<Path> files = Files.list(Path.of("rules", name))) {
      for (Path f : files.toList()) {
        if (!f.getFileName().toString().equals(replaced)) {
          Files.copy(f, rules.resolve(f.getFileName()));
        }
      }
    }
    Files.copy(drl, rules.resolve(drlName));
    Path example = temp.resolve("examples").resolve(name);
    Files.createDirectories(example);
    Files.copy(Path.of("examples", name, "case.yaml"), example.resolve("case.yaml"));
    return example;
  }

  private static long compareEveryDeal(Gordian written, Gordian drl, String party) {
    List<String> scenarios = new ArrayList<>();
    scenarios.add(null);
    written.caseDef().scenarios().stream().map(Scenario::id).forEach(scenarios::add);
    long compared = 0;
    boolean partySeen = false;
    for (String id : scenarios) {
      Scenario s = id == null ? null : written.scenario(id);
      Scenario t = id == null ? null : drl.scenario(id);
      Engine a = written.engine(s, EngineOptions.DEFAULT);
      Engine b = drl.engine(t, EngineOptions.DEFAULT);
      DealSpace space = new DealSpace(a.table(), written.caseDef().bounds());
      long[] n = {0};
      boolean[] seen = {false};
      try (DealJudge ja = a.judgesFor(space.count()).get(); DealJudge jb = b.judgesFor(space.count()).get()) {
        space.forEach((present, phase) -> {
          List<String> x = words(ja.evaluate(present, phase));
          List<String> y = words(jb.evaluate(present, phase));
          if (!x.equals(y)) {
            throw new AssertionError("scenario " + id + ", deal " + DealIds.of(a.table(), present, phase)
                + ": the rewritten rules give " + x + ", the DRL " + y);
          }
          seen[0] |= x.stream().anyMatch(w -> w.contains(" " + party + "/"));
          n[0]++;
          return true;
        });
      }
      compared += n[0];
      partySeen |= seen[0];
    }
    assertThat(partySeen).as("some deal gets a result from " + party).isTrue();
    return compared;
  }

  /** A verdict in words, sorted: every result with its party, position, rule and text. */
  private static List<String> words(Verdict v) {
    List<String> out = new ArrayList<>();
    for (Veto x : v.vetoes()) {
      out.add("veto " + x.getParty() + "/" + x.getPosition() + " [" + x.getRule().rule() + "] " + x.getReason());
    }
    for (Concern x : v.concerns()) {
      out.add("concern " + x.getParty() + "/" + x.getPosition() + " [" + x.getRule().rule() + "] " + x.getWeight()
          + " " + x.getReason());
    }
    for (Consequence x : v.consequences()) {
      out.add("consequence [" + x.getRule().rule() + "] " + x.getId() + " " + x.getDescription());
    }
    out.sort(null);
    return out;
  }
}
