package org.gordian.facts;

import java.util.Objects;

/**
 * Which rule produced a result: its name, the party and position named in its metadata, and the
 * DRL file and line where it is written. One instance per rule; its hash is computed once, since
 * every veto and concern hashes it when truth maintenance stores them.
 */
public final class RuleRef {
  private final String rule;
  private final String party;
  private final String position;
  private final String file;
  private final int line;
  private final String place;
  private final int hash;

  /**
   * A rule reference.
   *
   * @param party the rule's {@code @party}, or empty when it names none
   * @param position the rule's {@code @position}, or empty when it names none
   * @param file the DRL file as the user sees it (relative to the working folder when inside it)
   * @param line the 1-based line of the rule's {@code rule} keyword
   */
  public RuleRef(String rule, String party, String position, String file, int line) {
    this(rule, party, position, file, line, "");
  }

  /**
   * A rule reference to a rule of a workbook: {@code place} names its sheet and cell
   * ({@code Sheet1!B7}) and {@code line} its row; where the rule is reads {@code file place}.
   */
  public RuleRef(String rule, String party, String position, String file, int line, String place) {
    this.place = Objects.requireNonNull(place);
    this.rule = Objects.requireNonNull(rule);
    this.party = Objects.requireNonNull(party);
    this.position = Objects.requireNonNull(position);
    this.file = Objects.requireNonNull(file);
    this.line = line;
    this.hash = Objects.hash(rule, party, position, file, line, place);
  }

  /** The rule's name. */
  public String rule() {
    return rule;
  }

  /** The party in the rule's {@code @party}, or empty. */
  public String party() {
    return party;
  }

  /** The position in the rule's {@code @position}, or empty. */
  public String position() {
    return position;
  }

  /** The DRL file. */
  public String file() {
    return file;
  }

  /** The line of the rule in its file. */
  public int line() {
    return line;
  }

  /** {@code party/position}, the way scenarios and reports name a position. */
  public String positionKey() {
    return party + "/" + position;
  }

  /** The sheet and cell of a rule made by a workbook ({@code Sheet1!B7}), or empty. */
  public String place() {
    return place;
  }

  /** {@code file:line}, or {@code file Sheet1!B7} for a rule made by a workbook. */
  public String where() {
    return place.isEmpty() ? file + ":" + line : file + " " + place;
  }

  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof RuleRef r && r.hash == hash && r.line == line && r.rule.equals(rule)
        && r.party.equals(party) && r.position.equals(position) && r.file.equals(file) && r.place.equals(place);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    return "RuleRef[" + rule + " " + positionKey() + " " + where() + "]";
  }
}
