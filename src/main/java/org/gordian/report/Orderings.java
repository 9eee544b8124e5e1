package org.gordian.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.gordian.analysis.DealOutcome;
import org.gordian.model.CaseDef;

/**
 * Deals told apart only by the order of their moves, written as one entry: the moves once, then
 * each order in words with the moves named by letters ({@code a}, {@code b}, … in the order the
 * moves are listed), such as {@code in one phase, a then b, b then a}.
 */
final class Orderings {
  private Orderings() {}

  /**
   * Deals holding the same set of moves (and the same value of {@code also}), in the order of their
   * first deal.
   *
   * @param moves the moves, in the order of the first deal's phases
   * @param deals the deals holding them, in the order given
   */
  record Group(List<String> moves, List<DealOutcome> deals) {
    /** Each deal's order in words, in the order of the deals. */
    List<String> orders() {
      return deals.stream().map(d -> order(moves, d)).toList();
    }

    /** The moves as Markdown code spans and the orders in words: {@code `x`, `y` (in one phase, a then b)}. */
    String markdown(boolean inCell) {
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < moves.size(); i++) {
        s.append(i == 0 ? "" : ", ").append(inCell ? Text.cellCode(moves.get(i)) : Text.code(moves.get(i)));
      }
      if (moves.size() > 1) {
        s.append(" (").append(String.join(", ", orders())).append(')');
      }
      return s.toString();
    }
  }

  /** The deals grouped by their set of moves and {@code also}, groups in the order of their first deal. */
  static List<Group> group(List<DealOutcome> deals, Function<DealOutcome, Object> also) {
    Map<List<Object>, List<DealOutcome>> groups = new LinkedHashMap<>();
    for (DealOutcome d : deals) {
      TreeSet<String> set = new TreeSet<>();
      d.moves().forEach(m -> set.add(m.move()));
      groups.computeIfAbsent(List.of(List.copyOf(set), also.apply(d)), k -> new ArrayList<>()).add(d);
    }
    List<Group> out = new ArrayList<>();
    for (List<DealOutcome> same : groups.values()) {
      List<String> moves = same.get(0).moves().stream()
          .sorted(Comparator.comparingInt(DealOutcome.PhasedMove::phase))
          .map(DealOutcome.PhasedMove::move).distinct().toList();
      out.add(new Group(moves, List.copyOf(same)));
    }
    return out;
  }

  /** The letter naming the move at this index of a listing: a, b, …, z, then m27, m28, …. */
  static String letter(int index) {
    return index < 26 ? String.valueOf((char) ('a' + index)) : "m" + (index + 1);
  }

  /** One deal's order of these moves in words: empty for one move, {@code in one phase}, or {@code a+b then c}. */
  static String order(List<String> moves, DealOutcome deal) {
    List<List<String>> phases = new ArrayList<>();
    for (int p = 1; p <= deal.phaseCount(); p++) {
      final int phase = p;
      List<String> in = deal.moves().stream().filter(m -> m.phase() == phase).map(DealOutcome.PhasedMove::move)
          .toList();
      if (!in.isEmpty()) {
        phases.add(in);
      }
    }
    return order(moves, phases);
  }

  /**
   * An order given as a deal id ({@code x+y/z}: {@code /} between phases, {@code +} within one) in
   * words, naming these moves by their letters.
   */
  static String order(List<String> moves, String dealId) {
    List<List<String>> phases = new ArrayList<>();
    for (String phase : dealId.split("/")) {
      phases.add(List.of(phase.split("\\+")));
    }
    return order(moves, phases);
  }

  private static String order(List<String> moves, List<List<String>> phases) {
    if (moves.size() <= 1) {
      return "";
    }
    if (phases.size() == 1) {
      return "in one phase";
    }
    List<String> words = new ArrayList<>();
    for (List<String> phase : phases) {
      words.add(String.join("+", phase.stream()
          .sorted(Comparator.comparingInt(m -> moves.indexOf(m) < 0 ? Integer.MAX_VALUE : moves.indexOf(m)))
          .map(m -> moves.indexOf(m) < 0 ? m : letter(moves.indexOf(m))).toList()));
    }
    return String.join(" then ", words);
  }

  /**
   * A paragraph naming these moves with their party and description (when the case gives one), for
   * a reader of a section that shows them by id only; nothing when there are none.
   */
  static void legend(CaseDef c, List<String> moves, Prose out) {
    if (moves.isEmpty()) {
      return;
    }
    out.paragraph().text("Moves here: ");
    for (int i = 0; i < moves.size(); i++) {
      String id = moves.get(i);
      out.text(i == 0 ? "" : "; ").code(id);
      c.move(id).ifPresent(m -> {
        out.text(" (" + m.party() + ")");
        if (m.description() != null && !m.description().isBlank() && !m.description().equals(id)) {
          out.text(" ").quote(m.description());
        }
      });
    }
    out.text(".").end();
  }
}
