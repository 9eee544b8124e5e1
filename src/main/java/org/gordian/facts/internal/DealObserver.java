package org.gordian.facts.internal;

/**
 * Sees every question a rule asks of a {@link org.gordian.facts.Deal} and the answer given, so
 * that the engine can tell which deals the rules cannot tell apart.
 */
public interface DealObserver {
  /** Called with each primitive query ({@link MoveTable#HAS} …) and its answer. */
  void seen(int op, int arg, int answer);

  /**
   * Called when a rule reads something no primitive query covers (the id, the title, the deal's
   * text, hash or equality): the deal's verdict cannot be shared with other deals.
   */
  void opaque(String what);

  /** Called when a rule names a move, kind, party or tag the case does not have. */
  void unknown(String what, String name);

  /** An observer that notes nothing. */
  DealObserver NONE = new DealObserver() {
    @Override
    public void seen(int op, int arg, int answer) {}

    @Override
    public void opaque(String what) {}

    @Override
    public void unknown(String what, String name) {}
  };
}
