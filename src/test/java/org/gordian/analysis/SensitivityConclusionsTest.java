package org.gordian.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.gordian.model.PositionRef;
import org.junit.jupiter.api.Test;

/** How runs under single changes are compared with the run as it stands, on headlines made by hand. */
class SensitivityConclusionsTest {
  private static final PositionRef P = new PositionRef("A", "p");
  private static final PositionRef Q = new PositionRef("B", "q");

  private static Headlines headlines(boolean dealFeasible, long feasible, Map<String, String> knots,
      List<List<String>> relaxation, String decisive) {
    return new Headlines(Map.of("d", dealFeasible), feasible, knots,
        dealFeasible ? Map.of() : Map.of("d", relaxation), "n", decisive);
  }

  private static Sensitivity.Conclusion find(Sensitivity s, Sensitivity.Subject subject) {
    return s.conclusions().stream().filter(c -> c.subject() == subject).findFirst().orElseThrow();
  }

  @Test
  void switchingOffAPositionOfARelaxationIsNotCountedAgainstIt() {
    Headlines base = headlines(false, 10, Map.of(), List.of(List.of("A/p", "B/q")), "A/p");
    Headlines pOff = headlines(false, 12, Map.of(), List.of(List.of("B/q")), "B/q");
    Sensitivity s = Sensitivity.of("baseline", 100, base, true,
        List.of(new Sensitivity.Trial(Perturbation.positionOff(P), pOff, null)));
    assertThat(find(s, Sensitivity.Subject.RELAXATION).robust()).isTrue();
    assertThat(find(s, Sensitivity.Subject.MOST_DECISIVE).robust()).isTrue();
    Sensitivity.Conclusion count = find(s, Sensitivity.Subject.FEASIBLE_COUNT);
    assertThat(count.robust()).isFalse();
    assertThat(count.flips().get(0).delta()).isEqualTo(2);
    assertThat(count.flips().get(0).becomes()).isEqualTo("12 (+2)");
    assertThat(s.feasibleMin()).isEqualTo(10);
    assertThat(s.feasibleMax()).isEqualTo(12);
  }

  @Test
  void aKnotThatOnlyAChangeTiesIsNoConclusionOfTheRun() {
    Headlines base = headlines(true, 10, Map.of("x + y", "sequencing"), List.of(), null);
    Headlines other = headlines(true, 10, Map.of("x + y", "sequencing", "x + z", "incompatible"), List.of(), null);
    Sensitivity s = Sensitivity.of("baseline", 100, base, true,
        List.of(new Sensitivity.Trial(Perturbation.positionOff(Q), other, null)));
    assertThat(s.conclusions()).allMatch(Sensitivity.Conclusion::robust);
    assertThat(s.newKnots()).singleElement().satisfies(k -> {
      assertThat(k.about()).isEqualTo("x + z");
      assertThat(k.flips().get(0).becomes()).isEqualTo("present, incompatible");
    });
  }

  @Test
  void aFailedChangeSpeaksForNoConclusion() {
    Headlines base = headlines(false, 10, Map.of(), List.of(List.of("A/p")), "A/p");
    Sensitivity s = Sensitivity.of("baseline", 100, base, true,
        List.of(new Sensitivity.Trial(Perturbation.positionOff(Q), null, "it failed")));
    assertThat(s.untested()).singleElement().satisfies(u -> assertThat(u.reason()).isEqualTo("it failed"));
    assertThat(s.conclusions()).allMatch(Sensitivity.Conclusion::robust);
  }

  @Test
  void aRelaxationLosesOnlyThePositionSwitchedOffAndKeepsTheSmallestSets() {
    assertThat(Headlines.without(List.of(List.of("A/p"), List.of("B/q", "C/r")), P))
        .containsExactly(List.of());
    assertThat(Headlines.without(List.of(List.of("A/p", "C/r"), List.of("B/q", "C/r")), P))
        .containsExactly(List.of("C/r"));
  }
}
