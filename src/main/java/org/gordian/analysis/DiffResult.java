package org.gordian.analysis;

import java.util.ArrayList;
import java.util.List;
import org.gordian.model.PositionRef;

/**
 * What changed between two runs of a case (two scenarios, or two versions of its rules): the listed
 * and generated deals whose verdict flipped or whose vetoes changed, and the blocking map on each
 * side. Generated deals are counted as they stream by; only the first few of each kind are kept.
 *
 * @param caseId the case compared
 * @param from what the left side ran (a scenario id, or the rule folders)
 * @param to what the right side ran
 * @param listed every listed deal whose vetoes differ, or that only one side lists, in case order
 * @param generated counts over the generated deal space, or null when it was not evaluated
 * @param blocking one entry per position either side holds, sorted by position
 * @param analyses how the analyses' conclusions changed, or null when the analyses were not run
 */
public record DiffResult(String caseId, String from, String to, List<DealChange> listed, Generated generated,
    List<BlockingChange> blocking, AnalysisChanges analyses) {

  /** The same comparison with how the analyses' conclusions changed. */
  public DiffResult withAnalyses(AnalysisChanges changes) {
    return new DiffResult(caseId, from, to, listed, generated, blocking, changes);
  }

  /** How one deal's verdict changed. */
  public enum Change {
    /** Vetoed on the left, feasible on the right. */
    BECAME_FEASIBLE,
    /** Feasible on the left, vetoed on the right. */
    BECAME_INFEASIBLE,
    /** Vetoed on both sides, by different positions. */
    VETOES_CHANGED,
    /** Listed only on the right (a scenario's added deal). */
    ADDED,
    /** Listed only on the left. */
    REMOVED
  }

  /**
   * One deal that changed.
   *
   * @param fromVetoes the positions vetoing it on the left (empty when feasible or absent)
   * @param toVetoes the positions vetoing it on the right
   */
  public record DealChange(String id, String title, boolean listed, Change change, List<PositionRef> fromVetoes,
      List<PositionRef> toVetoes) {

    /** The positions whose veto appeared. */
    public List<PositionRef> appeared() {
      List<PositionRef> out = new ArrayList<>(toVetoes);
      out.removeAll(fromVetoes);
      return out;
    }

    /** The positions whose veto disappeared. */
    public List<PositionRef> disappeared() {
      List<PositionRef> out = new ArrayList<>(fromVetoes);
      out.removeAll(toVetoes);
      return out;
    }

    /** Whether the deal is feasible on the right. */
    public boolean feasibleAfter() {
      return change != Change.REMOVED && toVetoes.isEmpty();
    }
  }

  /**
   * The generated deal space on both sides.
   *
   * @param evaluated deals evaluated on each side (the same deals)
   * @param examples the first changed deals of each kind, in enumeration order
   */
  public record Generated(long evaluated, long fromFeasible, long toFeasible, long becameFeasible,
      long becameInfeasible, long vetoesChanged, List<DealChange> examples) {

    /** Deals whose verdict or vetoes changed. */
    public long changed() {
      return becameFeasible + becameInfeasible + vetoesChanged;
    }
  }

  /** One position's vetoes and sole vetoes over the generated deals, on each side. */
  public record BlockingChange(PositionRef position, long fromVetoes, long toVetoes, long fromPivotal,
      long toPivotal) {

    /** Whether the counts differ. */
    public boolean changed() {
      return fromVetoes != toVetoes || fromPivotal != toPivotal;
    }
  }

  /** Whether nothing changed at all. */
  public boolean unchanged() {
    return listed.isEmpty() && (generated == null || generated.changed() == 0)
        && blocking.stream().noneMatch(BlockingChange::changed) && (analyses == null || analyses.unchanged());
  }

  /** The listed deals that changed in this way. */
  public List<DealChange> listed(Change kind) {
    return listed.stream().filter(d -> d.change() == kind).toList();
  }

  /** How one deal changed between two veto sets, or null when it did not. */
  public static Change classify(List<PositionRef> from, List<PositionRef> to) {
    if (from.equals(to)) {
      return null;
    }
    if (from.isEmpty()) {
      return Change.BECAME_INFEASIBLE;
    }
    return to.isEmpty() ? Change.BECAME_FEASIBLE : Change.VETOES_CHANGED;
  }
}
