package org.gordian.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.gordian.TestCases;
import org.gordian.analysis.Perturbations.RuleEdit;
import org.gordian.model.PositionRef;
import org.gordian.model.drl.RuleFile;
import org.junit.jupiter.api.Test;

/** The rule changes sensitivity analysis makes, read off the Hanoi rules' parsed model. */
class PerturbationsTest {
  private static List<RuleFile> sources() {
    return TestCases.hanoi().rulebook().sources();
  }

  private static RuleFile file(Perturbation p) {
    return sources().stream().filter(f -> f.path().equals(p.file())).findFirst().orElseThrow();
  }

  @Test
  void eachPhaseComparisonIsMadeStrictOrNonStrictInPlace() {
    List<RuleEdit> strict = Perturbations.ruleEdits(sources(), Set.of()).stream()
        .filter(e -> e.perturbation().kind() == Perturbation.Kind.STRICTNESS).toList();
    assertThat(strict.stream().map(e -> e.perturbation().from() + "→" + e.perturbation().to()))
        .containsExactlyInAnyOrder("<=→<", ">=→>", ">→>=");
    for (RuleEdit e : strict) {
      String before = file(e.perturbation()).text();
      int at = firstDifference(before, e.text());
      // One operator changed, one character added or taken, on the line the change names.
      assertThat(Math.abs(e.text().length() - before.length())).isEqualTo(1);
      assertThat(before.substring(0, at).split("\n", -1).length).isEqualTo(e.perturbation().line());
      assertThat(before.charAt(at - 1)).isIn('<', '>');
      assertThat(before.substring(at).equals("=" + e.text().substring(at))
          || e.text().substring(at).equals("=" + before.substring(at))).isTrue();
    }
  }

  @Test
  void phaseEndsAreSwappedOnlyWhereTheyAreCompared() {
    List<Perturbation> ends = Perturbations.ruleEdits(sources(), Set.of()).stream().map(RuleEdit::perturbation)
        .filter(p -> p.kind() == Perturbation.Kind.FIRST_LAST).toList();
    assertThat(ends).hasSize(3);
    assertThat(ends).allMatch(p -> p.from().replaceFirst("^(first|last)", "")
        .equals(p.to().replaceFirst("^(first|last)", "")) && !p.from().equals(p.to()));
    // `firstPhaseOfTag(...) == 0` asks whether there is any transparency step: either end says the
    // same, so it is left; the same call compared with a phase is swapped.
    assertThat(ends.stream().filter(p -> p.rule().equals(
        "The hawks want strong verification or an arsenal list before the UN sanctions go"))).hasSize(1);
  }

  @Test
  void aVetoRuleBecomesAConcernOfWeightMinusOneWithTheSameReason() {
    RuleEdit e = Perturbations.ruleEdits(sources(), Set.of()).stream()
        .filter(x -> x.perturbation().label().equals("`US/all-or-nothing` as a concern")).findFirst().orElseThrow();
    String before = file(e.perturbation()).text();
    assertThat(e.text()).isEqualTo(before.replace(
        "insertLogical(new Veto(\"the deal offers sanctions relief (\"",
        "insertLogical(new org.gordian.facts.Concern(-1, \"the deal offers sanctions relief (\""));
    assertThat(e.perturbation().wholePosition()).isTrue();
  }

  @Test
  void aPositionWithTwoVetoRulesGetsOneChangePerRuleNamedByRule() {
    List<Perturbation> concerns = Perturbations.ruleEdits(sources(), Set.of()).stream().map(RuleEdit::perturbation)
        .filter(p -> p.kind() == Perturbation.Kind.VETO_AS_CONCERN
            && p.position().equals(new PositionRef("US", "relief-after-verified-dismantlement"))).toList();
    assertThat(concerns).hasSize(2).noneMatch(Perturbation::wholePosition);
    assertThat(concerns.get(0).label()).startsWith("`US/relief-after-verified-dismantlement` rule \"Washington lifts");
  }

  @Test
  void rulesOfPositionsSwitchedOffAreLeftAlone() {
    PositionRef off = new PositionRef("US", "relief-after-verified-dismantlement");
    assertThat(Perturbations.ruleEdits(sources(), Set.of(off))).noneMatch(e -> off.equals(e.perturbation().position()));
  }

  @Test
  void contextFieldsGoThroughTheValuesTheCaseAndTheRulesGiveThem() {
    List<String> labels = Perturbations.contexts(TestCases.hanoi().caseDef().context(), TestCases.hanoi().caseDef(),
        sources()).stream().map(Perturbation::label).toList();
    assertThat(labels).containsExactly("context `hardliner-pressure.level` = low",
        "context `sanctions-debate.pushForMore` = true");
  }

  private static int firstDifference(String a, String b) {
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i;
  }
}
