package org.gordian.facts;

/**
 * Which rule produced a result: its name, the party and position named in its metadata, and the
 * DRL file and line where it is written.
 *
 * @param party the rule's {@code @party}, or empty when it names none
 * @param position the rule's {@code @position}, or empty when it names none
 * @param file the DRL file as the user sees it (relative to the working folder when inside it)
 * @param line the 1-based line of the rule's {@code rule} keyword
 */
public record RuleRef(String rule, String party, String position, String file, int line) {

  /** {@code party/position}, the way scenarios and reports name a position. */
  public String positionKey() {
    return party + "/" + position;
  }

  /** {@code file:line}. */
  public String where() {
    return file + ":" + line;
  }
}
