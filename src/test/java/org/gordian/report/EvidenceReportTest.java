package org.gordian.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gordian.Check;
import org.gordian.Gordian;
import org.gordian.RunOptions;
import org.gordian.analysis.RunResult;
import org.gordian.diag.Diagnostic;
import org.gordian.model.Evidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each veto shows where its position comes from; the context facts are listed with their sources. */
class EvidenceReportTest {
  @TempDir
  Path dir;

  private static final String CASE = """
      id: e
      rules: [rules]
      parties:
        - id: A
        - id: B
      moves:
        - id: give
          party: A
          kind: gift
        - id: take
          party: B
          kind: gift
      context:
        - id: mood
          type: Mood
          fields: {level: high}
          source: Diary, p. 3
          confidence: hedged
          evidence: the mood may have been high
        - id: weather
          type: Mood
          fields: {level: low}
      deals:
        - id: both
          moves: {give: 1, take: 1}
      scenarios:
        - id: calm
          description: What if the mood were low?
          context:
            mood: {fields: {level: low}}
      """;

  private static final String RULES = """
      package e;
      import org.gordian.facts.Deal;
      import org.gordian.facts.Veto;
      declare Mood level : String end

      rule "A refuses to give in a high mood"
        @party("A") @position("no-gifts") @source("Diary, p. 4") @confidence("stated")
        @evidence("A said it would give nothing")
      when
        Mood( level == "high" )
        Deal( has("give") )
      then
        insertLogical(new Veto("A gives nothing while the mood is high"));
      end

      rule "A refuses to give with a taker"
        @party("A") @position("no-gifts")
      when
        Deal( has("give"), has("take") )
      then
        insertLogical(new Veto("A gives nothing to a taker"));
      end

      rule "B takes nothing"
        @party("B") @position("no-taking") @confidence("sure")
      when
        Deal( has("take") )
      then
        insertLogical(new Veto("B takes nothing"));
      end
      """;

  private Path write() throws IOException {
    Files.createDirectories(dir.resolve("rules"));
    Files.writeString(dir.resolve("rules/e.drl"), RULES);
    Path file = dir.resolve("case.yaml");
    Files.writeString(file, CASE);
    return file;
  }

  @Test
  void everyVetoNamesItsPositionsSourceAndTheContextIsListedWithItsSources() throws IOException {
    RunResult r = Gordian.load(write()).run(RunOptions.defaults().withSpace(false).withAnalyses(false, 0));
    String md = ReportRuns.render(Format.MARKDOWN, r);
    assertThat(md).contains("e.drl:6); source: Diary, p. 4 (stated): \u201cA said it would give nothing\u201d");
    // The second rule of the position names no source of its own: the position's source stands for it.
    assertThat(md).contains("A gives nothing to a taker. Rule \"A refuses to give with a taker\" (" + dir.resolve("rules")
        + "/e.drl:16); source: Diary, p. 4 (stated)");
    assertThat(md).contains("B takes nothing. Rule \"B takes nothing\" (" + dir.resolve("rules")
        + "/e.drl:24); no source given");
    assertThat(md).contains("| `mood` | Mood | level: high | Diary, p. 3 (hedged): \u201cthe mood may have been high\u201d |");
    assertThat(md).contains("| `weather` | Mood | level: low | *no source given* |");

    JsonNode json = new ObjectMapper().readTree(ReportRuns.render(Format.JSON, r));
    assertThat(json.at("/context/0/source").asText()).isEqualTo("Diary, p. 3");
    assertThat(json.at("/context/0/confidence").asText()).isEqualTo("hedged");
    assertThat(json.at("/context/1/source").isMissingNode()).isTrue();
    assertThat(json.at("/ruleEvidence")).hasSize(1);
    assertThat(json.at("/ruleEvidence/0/rule").asText()).isEqualTo("A refuses to give in a high mood");
    assertThat(json.at("/ruleEvidence/0/evidence").asText()).isEqualTo("A said it would give nothing");

    String html = ReportRuns.render(Format.HTML, r);
    assertThat(html).contains("Diary, p. 4 (stated): \u201cA said it would give nothing\u201d")
        .contains("id=\"context\"");
  }

  @Test
  void aFactAScenarioChangesWithoutASourceComesFromTheScenariosHypothesis() throws IOException {
    RunResult r = Gordian.load(write()).run(RunOptions.defaults().withScenario("calm").withSpace(false)
        .withAnalyses(false, 0));
    Evidence e = r.sources().context().get(0).evidence();
    assertThat(e.source()).isEqualTo("scenario 'calm'");
    assertThat(e.text()).isEqualTo("What if the mood were low?");
  }

  @Test
  void checkWarnsAboutPositionsAndContextFactsWithoutASourceAndUnknownConfidences() throws IOException {
    List<String> warnings = Check.run(write()).stream().map(Diagnostic::toString).toList();
    assertThat(warnings).anyMatch(w -> w.contains("rules/e.drl:24") && w.contains("position 'B/no-taking' names no source"));
    assertThat(warnings).anyMatch(w -> w.contains("rule 'B takes nothing' gives @confidence(\"sure\"); expected stated,"
        + " inferred or hedged"));
    assertThat(warnings).anyMatch(w -> w.contains("context fact 'weather' has no 'source'"));
    assertThat(warnings).noneMatch(w -> w.contains("A/no-gifts"));
  }
}
