package org.gordian.analysis;

import java.util.List;
import org.gordian.diag.Message;

/**
 * The probability of feasibility of a run's deals over what the case leaves uncertain — context facts
 * with several outcomes, positions held with less than certainty — computed exactly over every
 * combination when they are few, else estimated from a seeded sample of combinations with a 95%
 * confidence interval; and, for each listed deal, which uncertain fact or position matters most.
 *
 * @param method how the probabilities were found
 * @param combinations how many combinations of outcomes and held positions there are (saturates at
 *     {@link Long#MAX_VALUE})
 * @param samples the combinations drawn (sampled), or 0 (exact)
 * @param seed the seed of the draws (sampled), or 0 (exact)
 * @param worlds how many times the rules were run over the deals: once for each combination that
 *     differs in what the rules can see (the context facts, and the positions whose rules infer facts)
 * @param variables the uncertain facts and positions, in case order
 * @param deals each listed deal's probability of feasibility, in listed order
 * @param space the generated space's, or null when the space was not evaluated
 */
public record Uncertainty(Method method, long combinations, int samples, long seed, int worlds,
    List<Variable> variables, List<DealChance> deals, SpaceChance space) {

  public Uncertainty {
    variables = List.copyOf(variables);
    deals = List.copyOf(deals);
  }

  /** How the probabilities were found. */
  public enum Method {
    /** By enumerating every combination, each weighed by its probability. */
    EXACT,
    /** By drawing combinations at random from a seed; each probability comes with a 95% Wilson interval. */
    SAMPLED;

    /** {@code exact} or {@code sampled}. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * How the analysis runs.
   *
   * @param on whether to run it at all (it runs only when the case declares uncertainty)
   * @param exactLimit the most combinations enumerated exactly; above it, combinations are sampled
   * @param samples how many combinations are drawn when sampling
   * @param seed the seed of the draws
   * @param shortcut whether positions whose rules only veto or weigh deals are applied as a filter on
   *     the verdicts of one run instead of a run of their own (same answers; the switch lets a test show it)
   */
  public record Options(boolean on, long exactLimit, int samples, long seed, boolean shortcut) {
    /** Exact up to 4,096 combinations, else 10,000 draws from seed 17. */
    public static final Options DEFAULT = new Options(true, 4096, 10_000, 17, true);

    /** Not run: for runs whose probabilities nobody reads (the changed runs of sensitivity, diff's sides). */
    public static final Options OFF = new Options(false, 4096, 10_000, 17, true);

    public Options {
      if (exactLimit < 1 || samples < 1) {
        throw new IllegalArgumentException(Message.UNCERTAINTY_OPTIONS_TOO_SMALL.say(exactLimit, samples));
      }
    }
  }

  /**
   * One uncertain thing: a context fact with its outcomes, or a position held with a probability.
   *
   * @param kind what it is
   * @param name the fact's id, or the position as {@code party/position}
   * @param faction the position's faction, or empty
   * @param values its values with their probabilities: a fact's outcomes, or a position's held and not held
   */
  public record Variable(Kind kind, String name, String faction, List<Value> values) {
    public Variable {
      values = List.copyOf(values);
    }

    /** A context fact or a position. */
    public enum Kind {
      /** A context fact with several outcomes. */
      FACT,
      /** A position held with a probability. */
      POSITION;

      /** {@code fact} or {@code position}. */
      public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
      }
    }

    /** {@code context hardliner-pressure} or {@code position US/x}. */
    public String describe() {
      return (kind == Kind.FACT ? "context " : "position ") + name;
    }
  }

  /** One value of an uncertain thing, such as {@code level=low} or {@code held}, with its probability. */
  public record Value(String label, double probability) {}

  /**
   * A listed deal's probability of feasibility.
   *
   * @param feasible its verdict in the run itself (positions held, facts as written)
   * @param probability the probability (exact) or the share of draws (sampled)
   * @param low the lower end of the 95% interval (equal to the probability when exact)
   * @param high its upper end
   * @param influences how much each uncertain thing moves the probability, largest first
   */
  public record DealChance(String id, String title, boolean feasible, double probability, double low, double high,
      List<Influence> influences) {
    public DealChance {
      influences = List.copyOf(influences);
    }

    /** The uncertain thing that moves the probability most, if any moves it at all. */
    public java.util.Optional<Influence> mattersMost() {
      return influences.stream().filter(i -> i.spread() > 0).findFirst();
    }
  }

  /**
   * How much one uncertain thing moves a deal's probability of feasibility.
   *
   * @param variable the uncertain thing's name ({@link Variable#name})
   * @param given the deal's probability of feasibility with the thing fixed to each of its values, in
   *     the order of its values (NaN when a sample drew the value never)
   * @param spread the largest minus the smallest of them
   */
  public record Influence(String variable, List<Double> given, double spread) {
    public Influence {
      given = List.copyOf(given);
    }
  }

  /**
   * The generated space's chances.
   *
   * @param scope the space, in words (its bounds)
   * @param size the deals it holds
   * @param expectedFeasible the expected number of feasible generated deals
   * @param fewest the fewest feasible deals in any combination (exact) or draw (sampled)
   * @param most the most
   * @param anyFeasible the probability that some generated deal is feasible
   * @param low the lower end of its 95% interval (equal to it when exact)
   * @param high its upper end
   */
  public record SpaceChance(String scope, long size, double expectedFeasible, long fewest, long most,
      double anyFeasible, double low, double high) {}

  /** The variable with this name. */
  public java.util.Optional<Variable> variable(String name) {
    return variables.stream().filter(v -> v.name().equals(name)).findFirst();
  }

  /** The listed deal with this id. */
  public java.util.Optional<DealChance> deal(String id) {
    return deals.stream().filter(d -> d.id().equals(id)).findFirst();
  }
}
