package org.gordian.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which headline conclusions of a run are robust and which are fragile: the run was repeated under
 * each single small change of the model ({@link Perturbation}), and each conclusion is robust when
 * no change flips it, fragile otherwise, with the changes that flip it named. The changes are made
 * one at a time, never two together; a conclusion robust here can still fall to two changes at once.
 *
 * <pre>{@code
 * Sensitivity s = result.sensitivity();
 * for (Sensitivity.Conclusion c : s.fragile()) {
 *   System.out.println(c.subject().words() + " " + c.about() + ": " + c.holds() + ", flipped by "
 *       + c.flips().get(0).change().label());
 * }
 * }</pre>
 *
 * @param scenario the scenario the changes were made to ({@code baseline} for the case as written)
 * @param generated how many deals the generated space holds, or -1 when it was not evaluated
 * @param baseline the headlines of the run as it stands
 * @param tried every change tried, in the order tried: positions off, vetoes as concerns, context
 *     values, phase comparisons
 * @param untested the changes whose run failed (a changed rule that does not compile, say), with why
 * @param conclusions every headline conclusion, robust or fragile
 * @param newKnots knots the run does not find that some single change ties, each with the changes
 *     that tie it; not headline conclusions of the run, so neither robust nor fragile
 * @param feasibleMin the fewest feasible generated deals under any change (or the baseline's)
 * @param feasibleMax the most feasible generated deals under any change (or the baseline's)
 */
public record Sensitivity(String scenario, long generated, Headlines baseline, List<Perturbation> tried,
    List<Untested> untested, List<Conclusion> conclusions, List<Conclusion> newKnots, long feasibleMin,
    long feasibleMax) {

  public Sensitivity {
    tried = List.copyOf(tried);
    untested = List.copyOf(untested);
    conclusions = List.copyOf(conclusions);
    newKnots = List.copyOf(newKnots);
  }

  /** What a conclusion is about. */
  public enum Subject {
    /** A listed deal is feasible or infeasible. */
    VERDICT("verdict of"),
    /** How many generated deals are feasible. */
    FEASIBLE_COUNT("feasible count of"),
    /** A pair or triple of moves is a knot, or is not. */
    KNOT("knot"),
    /** The minimal relaxations of an infeasible listed deal. */
    RELAXATION("minimal relaxations of"),
    /** The best-ranked feasible deal (largest Nash product). */
    NASH("best-ranked (Nash) deal"),
    /** The position most often the only obstacle in the generated space. */
    MOST_DECISIVE("most often the only obstacle");

    private final String words;

    Subject(String words) {
      this.words = words;
    }

    /** The subject in words, as reports write it. */
    public String words() {
      return words;
    }

    /** The subject as written in JSON: {@code verdict}, {@code feasible-count} … */
    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  /**
   * One change that flips a conclusion.
   *
   * @param change the change
   * @param becomes what the conclusion becomes under it, in words
   * @param delta for the feasible count, by how much it moves; 0 otherwise
   */
  public record Flip(Perturbation change, String becomes, long delta) {}

  /**
   * One headline conclusion.
   *
   * @param subject what it is about
   * @param about which deal, knot or count, such as a deal's id; empty when the subject says it all
   * @param holds what the run concludes, in words ({@code feasible}, {@code present}, a deal's id …)
   * @param flips the single changes that flip it, in the order tried; empty when it is robust
   */
  public record Conclusion(Subject subject, String about, String holds, List<Flip> flips) {
    public Conclusion {
      flips = List.copyOf(flips);
    }

    /** Whether no single change flips it. */
    public boolean robust() {
      return flips.isEmpty();
    }
  }

  /**
   * A change whose run failed, so that it speaks for no conclusion.
   *
   * @param change the change
   * @param reason why, as the failure said it
   */
  public record Untested(Perturbation change, String reason) {}

  /**
   * One change's run: its headlines, or why it failed.
   *
   * @param change the change
   * @param headlines the headlines of the run under it, or null when it failed
   * @param error why it failed, or null
   */
  public record Trial(Perturbation change, Headlines headlines, String error) {}

  /** The conclusions no change flips. */
  public List<Conclusion> robust() {
    return conclusions.stream().filter(Conclusion::robust).toList();
  }

  /** The conclusions some change flips. */
  public List<Conclusion> fragile() {
    return conclusions.stream().filter(c -> !c.robust()).toList();
  }

  /**
   * Compares the headlines under each change with the run's own.
   *
   * @param scenario the scenario's id, or {@code baseline}
   * @param generated the size of the generated space, or -1 when it was not evaluated
   * @param base the run's headlines
   * @param analysed whether the analyses ran (without them, knots, relaxations and ranking are not compared)
   * @param trials each change with its run's headlines, in the order tried
   */
  public static Sensitivity of(String scenario, long generated, Headlines base, boolean analysed, List<Trial> trials) {
    List<Trial> ran = trials.stream().filter(t -> t.headlines() != null).toList();
    List<Untested> untested = trials.stream().filter(t -> t.headlines() == null)
        .map(t -> new Untested(t.change(), t.error())).toList();
    List<Conclusion> out = new ArrayList<>();
    List<Conclusion> newKnots = new ArrayList<>();
    base.listed().forEach((deal, feasible) -> {
      List<Flip> flips = new ArrayList<>();
      for (Trial t : ran) {
        Boolean now = t.headlines().listed().get(deal);
        if (now != null && now.booleanValue() != feasible) {
          flips.add(new Flip(t.change(), verdict(now), 0));
        }
      }
      out.add(new Conclusion(Subject.VERDICT, deal, verdict(feasible), flips));
    });
    long min = base.feasible();
    long max = base.feasible();
    if (base.feasible() >= 0) {
      List<Flip> flips = new ArrayList<>();
      for (Trial t : ran) {
        long now = t.headlines().feasible();
        min = Math.min(min, now);
        max = Math.max(max, now);
        if (now != base.feasible()) {
          long d = now - base.feasible();
          flips.add(new Flip(t.change(), String.format("%,d (%s%,d)", now, d > 0 ? "+" : "−", Math.abs(d)), d));
        }
      }
      out.add(new Conclusion(Subject.FEASIBLE_COUNT, "the generated deals",
          String.format("%,d of %,d feasible", base.feasible(), generated), flips));
    }
    if (analysed) {
      knots(base, ran, out, newKnots);
      relaxations(base, ran, out);
      if (base.feasible() >= 0) {
        out.add(simple(Subject.NASH, base.nash(), "no acceptable deal", ran, null, Headlines::nash));
        out.add(simple(Subject.MOST_DECISIVE, base.mostDecisive(), "no position is ever the only veto", ran,
            base.mostDecisive(), Headlines::mostDecisive));
      }
    } else if (base.feasible() >= 0) {
      out.add(simple(Subject.MOST_DECISIVE, base.mostDecisive(), "no position is ever the only veto", ran,
          base.mostDecisive(), Headlines::mostDecisive));
    }
    return new Sensitivity(scenario, generated, base, trials.stream().map(Trial::change).toList(), untested, out,
        newKnots, min, max);
  }

  private static String verdict(boolean feasible) {
    return feasible ? "feasible" : "infeasible";
  }

  private static void knots(Headlines base, List<Trial> ran, List<Conclusion> out, List<Conclusion> newKnots) {
    base.knots().forEach((key, kind) -> {
      List<Flip> flips = new ArrayList<>();
      for (Trial t : ran) {
        String now = t.headlines().knots().get(key);
        if (!kind.equals(now)) {
          flips.add(new Flip(t.change(), now == null ? "absent" : "present, " + now, 0));
        }
      }
      out.add(new Conclusion(Subject.KNOT, key, "present, " + kind, flips));
    });
    Map<String, List<Flip>> appearing = new LinkedHashMap<>();
    for (Trial t : ran) {
      t.headlines().knots().forEach((key, kind) -> {
        if (!base.knots().containsKey(key)) {
          appearing.computeIfAbsent(key, k -> new ArrayList<>()).add(new Flip(t.change(), "present, " + kind, 0));
        }
      });
    }
    appearing.forEach((key, flips) -> newKnots.add(new Conclusion(Subject.KNOT, key, "absent", flips)));
  }

  private static void relaxations(Headlines base, List<Trial> ran, List<Conclusion> out) {
    base.relaxations().forEach((deal, sets) -> {
      List<Flip> flips = new ArrayList<>();
      for (Trial t : ran) {
        Perturbation c = t.change();
        List<List<String>> expected = c.wholePosition() ? Headlines.without(sets, c.position()) : sets;
        Boolean feasible = t.headlines().listed().get(deal);
        if (feasible == null) {
          continue;
        }
        List<List<String>> now = feasible ? List.of(List.of())
            : Headlines.sorted(t.headlines().relaxations().getOrDefault(deal, List.of()));
        if (!now.equals(expected)) {
          flips.add(new Flip(c, sets(now), 0));
        }
      }
      out.add(new Conclusion(Subject.RELAXATION, deal, sets(sets), flips));
    });
  }

  /** Sets of positions in words: {@code {A, B} or {C}}. */
  public static String sets(List<List<String>> sets) {
    if (sets.isEmpty()) {
      return "none found";
    }
    if (sets.size() == 1 && sets.get(0).isEmpty()) {
      return "none needed (feasible as it stands)";
    }
    return String.join(" or ", sets.stream().map(s -> "{" + String.join(", ", s) + "}").toList());
  }

  /**
   * A conclusion naming one thing; a change that takes every veto from {@code itself} (the position
   * the conclusion names) is not counted against it, as it changes the conclusion by construction.
   */
  private static Conclusion simple(Subject subject, String holds, String none, List<Trial> ran, String itself,
      java.util.function.Function<Headlines, String> read) {
    List<Flip> flips = new ArrayList<>();
    for (Trial t : ran) {
      if (itself != null && t.change().wholePosition() && t.change().position().toString().equals(itself)) {
        continue;
      }
      String now = read.apply(t.headlines());
      if (!Objects.equals(now, holds)) {
        flips.add(new Flip(t.change(), now == null ? none : now, 0));
      }
    }
    return new Conclusion(subject, "", holds == null ? none : holds, flips);
  }
}
