package org.gordian.model;

/** A position named as {@code party/position}, such as {@code A/no-relief-first}. */
public record PositionRef(String party, String position) implements Comparable<PositionRef> {

  /** Parses {@code party/position}; returns null when there is no slash. */
  public static PositionRef parse(String text) {
    int slash = text.indexOf('/');
    if (slash <= 0 || slash == text.length() - 1) {
      return null;
    }
    return new PositionRef(text.substring(0, slash).trim(), text.substring(slash + 1).trim());
  }

  @Override
  public int compareTo(PositionRef o) {
    int c = party.compareTo(o.party);
    return c != 0 ? c : position.compareTo(o.position);
  }

  @Override
  public String toString() {
    return party + "/" + position;
  }
}
