package org.gordian.data;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.gordian.Gordian;
import org.gordian.RunOptions;
import org.gordian.analysis.DealOutcome;
import org.gordian.engine.DealIds;
import org.gordian.engine.Verdict;
import org.gordian.facts.Concern;
import org.gordian.facts.Consequence;
import org.gordian.facts.RuleRef;
import org.gordian.facts.Veto;
import org.gordian.facts.internal.MoveTable;
import org.gordian.run.CaseRun;

/**
 * Every deal of a run's space, walked by the evaluation core as any run walks it and written chunk by
 * chunk in enumeration order: the walk hands over one chunk at a time, so memory holds a few chunks,
 * never the space.
 *
 * <p>Many deals share one verdict (the engine's memo hands out equal verdicts), so each distinct
 * verdict's vetoes, concerns and consequences are appended once, and each deal only as its id and the
 * number of its verdict; the database then expands them into the tables with joins against the few
 * verdicts, and splits each id into the deal's moves ({@code a+b/c}: phases by {@code /}, moves of a
 * phase by {@code +}, as {@link DealIds} writes them). Appending every row of every deal was about
 * 20,000 rows a second; this appends two values a deal.
 */
final class AllDeals {
  private AllDeals() {}

  /** One chunk's deals with their verdicts (shared with the engine's memo, not copied). */
  private record Chunk(List<String> ids, List<Verdict> verdicts) {}

  /**
   * The most distinct verdicts remembered at once: when rules give many deals verdicts of their
   * own, memory stays bounded and a verdict met again after the table was emptied is appended again
   * under a new number (the rows it expands to are the same).
   */
  static final int MAX_VERDICTS_HELD = 50_000;

  private static final String[] STAGING = {"staging_deals", "staging_verdicts", "staging_vetoes", "staging_concerns",
      "staging_consequences"};

  /**
   * Writes every deal of the run's space but those already written (a deal asked for by id is
   * written once, as explained: a deal appears once per run, in its first role).
   */
  static void write(Gordian gordian, RunOptions options, Results out, String caseId, String scenario,
      java.util.Collection<DealOutcome> written) throws SQLException {
    write(gordian, options, out, caseId, scenario, written, MAX_VERDICTS_HELD);
  }

  /** The same, remembering at most {@code maxHeld} distinct verdicts at once (tests make it small). */
  static void write(Gordian gordian, RunOptions options, Results out, String caseId, String scenario,
      java.util.Collection<DealOutcome> written, int maxHeld) throws SQLException {
    out.sql("CREATE TABLE staging_deals (deal_id VARCHAR, verdict INTEGER)");
    out.sql("CREATE TABLE staging_verdicts (verdict INTEGER, feasible BOOLEAN)");
    out.sql("CREATE TABLE staging_vetoes (verdict INTEGER, party VARCHAR, position VARCHAR, rule VARCHAR, file VARCHAR,"
        + " line INTEGER, cell VARCHAR, reason VARCHAR)");
    out.sql("CREATE TABLE staging_concerns (verdict INTEGER, party VARCHAR, position VARCHAR, weight DOUBLE,"
        + " rule VARCHAR, file VARCHAR, line INTEGER, cell VARCHAR, reason VARCHAR)");
    out.sql("CREATE TABLE staging_consequences (verdict INTEGER, consequence VARCHAR, description VARCHAR,"
        + " rule VARCHAR, file VARCHAR, line INTEGER, cell VARCHAR)");
    Map<Verdict, Integer> verdicts = new HashMap<>();
    int[] numbered = {0};
    SQLException[] failed = new SQLException[1];
    DuckDBAppender deals = out.appender("staging_deals");
    try (CaseRun run = gordian.bind(options)) {
      MoveTable table = run.engine().table();
      java.util.Set<String> already = writtenAsGenerated(table, written);
      run.walkJudged((judge, chunk) -> {
        Chunk c = new Chunk(new ArrayList<>(), new ArrayList<>());
        chunk.forEach((present, phase) -> {
          c.verdicts().add(judge.evaluate(present, phase));
          c.ids().add(DealIds.of(table, present, phase));
          return true;
        });
        return c;
      }, c -> {
        if (failed[0] != null) {
          return;
        }
        try {
          for (int i = 0; i < c.ids().size(); i++) {
            if (already.contains(c.ids().get(i))) {
              continue;
            }
            Integer v = verdicts.get(c.verdicts().get(i));
            if (v == null) {
              if (verdicts.size() >= maxHeld) {
                verdicts.clear();   // rules whose verdicts differ deal by deal: a verdict met again is written again
              }
              v = numbered[0]++;
              verdicts.put(c.verdicts().get(i), v);
              verdict(out, v, c.verdicts().get(i));
            }
            deals.beginRow();
            deals.append(c.ids().get(i));
            deals.append(v.intValue());
            deals.endRow();
          }
          out.counted(c.ids().size());
        } catch (SQLException e) {
          failed[0] = e;
        }
      });
    }
    if (failed[0] != null) {
      throw failed[0];
    }
    out.flush();
    String key = "'" + Results.quoted(caseId) + "', '" + Results.quoted(scenario) + "'";
    out.sql("INSERT INTO deals SELECT " + key + ", d.deal_id, d.deal_id, false, NULL, v.feasible, 'generated'"
        + " FROM staging_deals d JOIN staging_verdicts v USING (verdict)");
    out.sql("INSERT INTO deal_moves SELECT " + key + ", deal_id, unnest(string_split(moves, '+')), phase FROM"
        + " (SELECT deal_id, unnest(string_split(deal_id, '/')) AS moves,"
        + " unnest(range(1, len(string_split(deal_id, '/')) + 1)) AS phase FROM staging_deals) WHERE moves <> ''");
    out.sql("INSERT INTO vetoes SELECT " + key + ", d.deal_id, x.party, x.position, x.rule, x.file, x.line, x.cell,"
        + " x.reason FROM staging_deals d JOIN staging_vetoes x USING (verdict)");
    out.sql("INSERT INTO concerns SELECT " + key + ", d.deal_id, x.party, x.position, x.weight, x.rule, x.file,"
        + " x.line, x.cell, x.reason FROM staging_deals d JOIN staging_concerns x USING (verdict)");
    out.sql("INSERT INTO consequences SELECT " + key + ", d.deal_id, x.consequence, x.description, x.rule, x.file,"
        + " x.line, x.cell FROM staging_deals d JOIN staging_consequences x USING (verdict)");
    out.closeAppenders();
    for (String t : STAGING) {
      out.sql("DROP TABLE " + t);
    }
    out.flush();
  }

  /**
   * The ids of the deals already written that are generated deals too: the same moves in the same
   * phases, under the id the walk gives them (a deal asked for by id; a listed deal named as the walk
   * would name it). A listed deal that merely shares an id with another generated deal is not one.
   */
  private static java.util.Set<String> writtenAsGenerated(MoveTable table, java.util.Collection<DealOutcome> written) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (DealOutcome d : written) {
      long present = 0;
      byte[] phase = new byte[table.size()];
      boolean known = true;
      for (DealOutcome.PhasedMove m : d.moves()) {
        int i = table.indexOf(m.move());
        if (i < 0 || m.phase() < 1 || m.phase() > Byte.MAX_VALUE) {
          known = false;
          break;
        }
        present |= 1L << i;
        phase[i] = (byte) m.phase();
      }
      if (known && present != 0 && DealIds.of(table, present, phase).equals(d.id())) {
        out.add(d.id());
      }
    }
    return out;
  }

  /** A verdict's rows, once. */
  private static void verdict(Results out, int v, Verdict verdict) throws SQLException {
    out.row("staging_verdicts", v, verdict.feasible());
    for (Veto x : verdict.vetoes()) {
      RuleRef rule = x.getRule();
      out.row("staging_vetoes", v, x.getParty(), x.getPosition(), rule.rule(), rule.file(), rule.line(),
          RunRows.cell(rule), x.getReason());
    }
    for (Concern x : verdict.concerns()) {
      RuleRef rule = x.getRule();
      out.row("staging_concerns", v, x.getParty(), x.getPosition(), x.getWeight(), rule.rule(), rule.file(),
          rule.line(), RunRows.cell(rule), x.getReason());
    }
    for (Consequence x : verdict.consequences()) {
      RuleRef rule = x.getRule();
      out.row("staging_consequences", v, x.getId(), x.getDescription(), rule.rule(), rule.file(), rule.line(),
          RunRows.cell(rule));
    }
  }
}
