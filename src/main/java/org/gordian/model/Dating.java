package org.gordian.model;

import java.time.LocalDate;
import java.time.Period;

/**
 * When a scenario is set, for a backtest: the day whose context it describes and where what
 * happened then is recorded. Expectations of a dated scenario check the model against history.
 *
 * @param date the day the scenario describes
 * @param source where the scenario's context and what happened that day are recorded, or null
 */
public record Dating(LocalDate date, String source) {

  /**
   * The day and how far it lies from the case's moment, for example {@code 2018-06-12, 8 months
   * before the case}; the day alone when the case has no moment.
   */
  public String describe(LocalDate moment) {
    if (moment == null) {
      return date.toString();
    }
    if (date.equals(moment)) {
      return date + ", the case's own day";
    }
    boolean before = date.isBefore(moment);
    Period p = before ? Period.between(date, moment) : Period.between(moment, date);
    return date + ", " + span(p) + (before ? " before" : " after") + " the case";
  }

  /** Whether the day lies before the case's moment (false when the case has none). */
  public boolean before(LocalDate moment) {
    return moment != null && date.isBefore(moment);
  }

  private static String span(Period p) {
    if (p.getYears() == 0 && p.getMonths() == 0) {
      return plural(p.getDays(), "day");
    }
    if (p.getYears() == 0) {
      return plural(p.getMonths(), "month");
    }
    return plural(p.getYears(), "year") + (p.getMonths() == 0 ? "" : " " + plural(p.getMonths(), "month"));
  }

  private static String plural(int n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s");
  }
}
