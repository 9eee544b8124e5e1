package org.gordian.analysis;

import java.util.List;
import org.gordian.diag.Diagnostic;
import org.gordian.model.CaseDef;
import org.gordian.model.PositionRef;
import org.gordian.model.Scenario;

/**
 * Everything one run found: the verdict of every listed deal and, when the deal space was
 * evaluated, its summary. Reporters turn it into Markdown, JSON and other formats.
 *
 * @param scenario the scenario evaluated, or null for the baseline
 * @param positions every position the rules hold, sorted
 * @param disabled the positions switched off in this run
 * @param space the generated deal space's summary, or null when it was not evaluated
 * @param warnings problems worth a look that did not stop the run
 * @param explained further deals asked for by id, evaluated like listed ones
 * @param analyses relaxations, nearest feasible deals, knots and ranking, or null when not run
 * @param sources the run's context facts and the evidence its rules give, for the reports
 * @param sensitivity which of the run's conclusions survive every single small change of the model,
 *     or null when that was not asked for
 * @param uncertainty the probability of feasibility over the case's uncertain facts and positions, or
 *     null when the case declares none (or it was not asked for)
 */
public record RunResult(CaseDef caseDef, Scenario scenario, List<PositionRef> positions, List<PositionRef> disabled,
    List<String> ruleFiles, List<DealOutcome> listed, SpaceSummary space, List<Diagnostic> warnings,
    List<DealOutcome> explained, Analyses analyses, Sources sources, Sensitivity sensitivity,
    Uncertainty uncertainty) {

  /** A result without uncertainty analysis. */
  public RunResult(CaseDef caseDef, Scenario scenario, List<PositionRef> positions, List<PositionRef> disabled,
      List<String> ruleFiles, List<DealOutcome> listed, SpaceSummary space, List<Diagnostic> warnings,
      List<DealOutcome> explained, Analyses analyses, Sources sources, Sensitivity sensitivity) {
    this(caseDef, scenario, positions, disabled, ruleFiles, listed, space, warnings, explained, analyses, sources,
        sensitivity, null);
  }

  /** A result without sensitivity analysis. */
  public RunResult(CaseDef caseDef, Scenario scenario, List<PositionRef> positions, List<PositionRef> disabled,
      List<String> ruleFiles, List<DealOutcome> listed, SpaceSummary space, List<Diagnostic> warnings,
      List<DealOutcome> explained, Analyses analyses, Sources sources) {
    this(caseDef, scenario, positions, disabled, ruleFiles, listed, space, warnings, explained, analyses, sources,
        null);
  }

  /** The same result with this sensitivity analysis. */
  public RunResult withSensitivity(Sensitivity s) {
    return new RunResult(caseDef, scenario, positions, disabled, ruleFiles, listed, space, warnings, explained,
        analyses, sources, s, uncertainty);
  }

  /** The same result with this uncertainty analysis. */
  public RunResult withUncertainty(Uncertainty u) {
    return new RunResult(caseDef, scenario, positions, disabled, ruleFiles, listed, space, warnings, explained,
        analyses, sources, sensitivity, u);
  }

  /** The scenario's id, or {@code baseline}. */
  public String scenarioId() {
    return scenario == null ? "baseline" : scenario.id();
  }

  /** The listed deal with this id, if any. */
  public java.util.Optional<DealOutcome> listedDeal(String id) {
    return listed.stream().filter(d -> d.id().equals(id)).findFirst();
  }
}
