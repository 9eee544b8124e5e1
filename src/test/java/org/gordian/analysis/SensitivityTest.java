package org.gordian.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gordian.Gordian;
import org.gordian.Robustness;
import org.gordian.RunOptions;
import org.gordian.analysis.Sensitivity.Conclusion;
import org.gordian.analysis.Sensitivity.Flip;
import org.gordian.analysis.Sensitivity.Subject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Sensitivity analysis on a case whose answers are known by construction
 * ({@code src/test/resources/sensitivity/case.yaml}): a verdict only one position decides, a verdict
 * only a non-strict phase comparison decides, and a verdict no single change moves.
 */
@Tag("slow")
class SensitivityTest {
  static final Path FIXTURE = Path.of("src/test/resources/sensitivity");
  private static RunResult baseline;

  static synchronized RunResult baseline() {
    if (baseline == null) {
      baseline = Robustness.run(Gordian.load(FIXTURE), RunOptions.defaults().withThreads(2, 4096));
    }
    return baseline;
  }

  private static Conclusion conclusion(Sensitivity s, Subject subject, String about) {
    return s.conclusions().stream().filter(c -> c.subject() == subject && c.about().equals(about)).findFirst()
        .orElseThrow(() -> new AssertionError("no conclusion " + subject + " " + about + " in " + s.conclusions()));
  }

  private static List<String> labels(List<Flip> flips) {
    return flips.stream().map(f -> f.change().label()).toList();
  }

  @Test
  void aDealNoSingleChangeMovesIsRobust() {
    Conclusion sequenced = conclusion(baseline().sensitivity(), Subject.VERDICT, "sequenced");
    assertThat(sequenced.holds()).isEqualTo("feasible");
    assertThat(sequenced.robust()).isTrue();
  }

  @Test
  void aDealOnePositionAloneBlocksFlipsWhenThatPositionIsOffAndNoOther() {
    Conclusion gift = conclusion(baseline().sensitivity(), Subject.VERDICT, "gift-only");
    assertThat(gift.robust()).isFalse();
    assertThat(gift.flips()).allMatch(f -> f.becomes().equals("feasible"));
    assertThat(gift.flips().stream().filter(f -> f.change().kind() == Perturbation.Kind.POSITION_OFF)
        .map(f -> f.change().label())).containsExactly("`B/no-gifts` off");
    assertThat(labels(gift.flips())).contains("`B/no-gifts` as a concern");
  }

  @Test
  void theStrictnessOfAPhaseComparisonDecidesADeal() {
    Conclusion samePhase = conclusion(baseline().sensitivity(), Subject.VERDICT, "same-phase");
    assertThat(samePhase.holds()).isEqualTo("infeasible");
    List<Flip> strict = samePhase.flips().stream()
        .filter(f -> f.change().kind() == Perturbation.Kind.STRICTNESS).toList();
    assertThat(strict).hasSize(1);
    Perturbation p = strict.get(0).change();
    assertThat(p.from()).isEqualTo("<=");
    assertThat(p.to()).isEqualTo("<");
    assertThat(p.line()).isEqualTo(13);
    assertThat(p.label()).isEqualTo("rule \"A wants dismantlement done before relief\" (a.drl:13): `<=` → `<`");
    // Reading the phases at their other end changes nothing for deals of one relief and one dismantlement.
    assertThat(samePhase.flips()).noneMatch(f -> f.change().kind() == Perturbation.Kind.FIRST_LAST);
  }

  @Test
  void triesEachKindOfChangeOnce() {
    Sensitivity s = baseline().sensitivity();
    assertThat(s.tried().stream().map(Perturbation::label)).containsExactly(
        "`A/nothing-for-nothing` off",
        "`A/relief-after-dismantlement` off",
        "`B/angry-public` off",
        "`B/no-gifts` off",
        "context `mood.level` = angry",
        "`A/relief-after-dismantlement` as a concern",
        "`A/nothing-for-nothing` as a concern",
        "`B/no-gifts` as a concern",
        "`B/angry-public` as a concern",
        "rule \"A wants dismantlement done before relief\" (a.drl:13): `<=` → `<`",
        "rule \"A wants dismantlement done before relief\" (a.drl:13): `firstPhaseOfKind` → `lastPhaseOfKind`",
        "rule \"A wants dismantlement done before relief\" (a.drl:13): `lastPhaseOfKindBy` → `firstPhaseOfKindBy`");
    assertThat(s.untested()).isEmpty();
  }

  @Test
  void theFeasibleCountIsFragileWithItsRangeAndEachChangesShift() {
    Sensitivity s = baseline().sensitivity();
    Conclusion count = s.conclusions().stream().filter(c -> c.subject() == Subject.FEASIBLE_COUNT).findFirst()
        .orElseThrow();
    assertThat(count.robust()).isFalse();
    assertThat(s.feasibleMin()).isLessThanOrEqualTo(s.baseline().feasible());
    assertThat(s.feasibleMax()).isGreaterThan(s.baseline().feasible());
    for (Flip f : count.flips()) {
      assertThat(f.delta()).isNotZero();
    }
    // Switching off the position that is the only obstacle is not counted against that conclusion.
    Conclusion decisive = s.conclusions().stream().filter(c -> c.subject() == Subject.MOST_DECISIVE).findFirst()
        .orElseThrow();
    assertThat(decisive.holds()).isEqualTo("B/no-gifts");
    assertThat(labels(decisive.flips())).doesNotContain("`B/no-gifts` off", "`B/no-gifts` as a concern");
  }

  @Test
  void underAScenarioThePositionsItSwitchesOffAreNotChangedAgain() {
    RunResult r = Robustness.run(Gordian.load(FIXTURE), RunOptions.defaults().withScenario("a-relaxed")
        .withThreads(2, 4096));
    Sensitivity s = r.sensitivity();
    assertThat(s.scenario()).isEqualTo("a-relaxed");
    assertThat(s.tried()).noneMatch(p -> p.position() != null
        && p.position().toString().equals("A/relief-after-dismantlement"));
    assertThat(conclusion(s, Subject.VERDICT, "same-phase").holds()).isEqualTo("feasible");
  }

  @Test
  void leavesTheRuleFilesByteForByteAsTheyWere() throws IOException {
    Map<Path, byte[]> before = contents(FIXTURE.resolve("rules"));
    Map<Path, java.nio.file.attribute.FileTime> times = new LinkedHashMap<>();
    for (Path p : before.keySet()) {
      times.put(p, Files.getLastModifiedTime(p));
    }
    RunResult r = Robustness.run(Gordian.load(FIXTURE), RunOptions.defaults().withThreads(2, 4096));
    assertThat(r.sensitivity().tried()).anyMatch(p -> p.kind().editsRules());
    Map<Path, byte[]> after = contents(FIXTURE.resolve("rules"));
    assertThat(after.keySet()).isEqualTo(before.keySet());
    for (Path p : before.keySet()) {
      assertThat(after.get(p)).as("%s", p).isEqualTo(before.get(p));
      assertThat(Files.getLastModifiedTime(p)).as("%s", p).isEqualTo(times.get(p));
    }
  }

  private static Map<Path, byte[]> contents(Path folder) throws IOException {
    Map<Path, byte[]> out = new LinkedHashMap<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
        out.put(p, Files.readAllBytes(p));
      }
    }
    return out;
  }
}
