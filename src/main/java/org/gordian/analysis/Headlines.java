package org.gordian.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gordian.model.PositionRef;

/**
 * The headline conclusions of one run, the ones sensitivity analysis checks for robustness: each
 * listed deal's verdict, the feasible count of the generated space, the knots, the minimal
 * relaxations of each infeasible listed deal, the Nash deal and the position most often the only
 * obstacle.
 *
 * @param listed each listed deal's id to whether it is feasible, in case order
 * @param feasible how many generated deals are feasible, or -1 when the space was not evaluated
 * @param knots each knot's moves (joined by {@code " + "}) to its kind, in the order found
 * @param relaxations each infeasible listed deal's id to its minimal relaxations, each a sorted list
 *     of {@code party/position}; when none is found within the size cap, the one larger set the
 *     search found instead (none of whose positions can be dropped); an empty list of sets when none was found
 * @param nash the Nash deal's id, or null when there is none (no space, no analyses, no deal acceptable to every bargainer)
 * @param mostDecisive the position most often the only obstacle, or null when none is
 */
public record Headlines(Map<String, Boolean> listed, long feasible, Map<String, String> knots,
    Map<String, List<List<String>>> relaxations, String nash, String mostDecisive) {
  public Headlines {
    listed = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(listed));
    knots = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(knots));
    relaxations = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(relaxations));
  }

  /** The headlines of a run. */
  public static Headlines of(RunResult r) {
    Map<String, Boolean> listed = new LinkedHashMap<>();
    r.listed().forEach(d -> listed.put(d.id(), d.feasible()));
    long feasible = r.space() == null ? -1 : r.space().feasible();
    Map<String, String> knots = new LinkedHashMap<>();
    Map<String, List<List<String>>> relaxations = new LinkedHashMap<>();
    String nash = null;
    Analyses a = r.analyses();
    if (a != null) {
      a.knots().forEach(k -> knots.put(knotKey(k.moves()), k.kind().label()));
      for (DealOutcome d : r.listed()) {
        if (!d.feasible()) {
          a.relaxation(d.id()).ifPresent(x -> relaxations.put(d.id(), sorted(!x.sets().isEmpty()
              || x.beyondCap().isEmpty() ? x.setNames()
              : List.of(x.beyondCap().stream().map(PositionRef::toString).toList()))));
        }
      }
      if (a.ranking() != null && a.ranking().nash() != null) {
        nash = a.ranking().nash().deal().id();
      }
    }
    String decisive = r.space() == null ? null
        : r.space().mostDecisive().map(b -> b.position().toString()).orElse(null);
    return new Headlines(listed, feasible, knots, relaxations, nash, decisive);
  }

  /** A knot's moves as one key, such as {@code dismantle-site + partial-relief}. */
  public static String knotKey(List<String> moves) {
    return String.join(" + ", moves);
  }

  /** Sets of positions, each sorted, the sets sorted by size then by name. */
  static List<List<String>> sorted(List<List<String>> sets) {
    List<List<String>> out = new ArrayList<>();
    for (List<String> s : sets) {
      out.add(s.stream().sorted().toList());
    }
    out.sort(java.util.Comparator.<List<String>>comparingInt(List::size).thenComparing(Object::toString));
    return List.copyOf(out);
  }

  /**
   * The relaxations a deal would have with one more position already off: that position taken out
   * of every set, then the sets that hold another set left out. A set that was only that position
   * becomes the empty set: the deal is then feasible as it stands.
   */
  static List<List<String>> without(List<List<String>> sets, PositionRef off) {
    String name = off.toString();
    List<List<String>> cut = sorted(sets.stream().map(s -> s.stream().filter(p -> !p.equals(name)).toList()).toList());
    List<List<String>> out = new ArrayList<>();
    for (List<String> s : cut) {
      if (out.stream().noneMatch(kept -> s.containsAll(kept))) {
        out.add(s);
      }
    }
    return List.copyOf(out);
  }
}
