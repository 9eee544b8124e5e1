package org.gordian.engine;

import org.gordian.diag.Diagnostic;
import org.gordian.diag.Message;
import org.gordian.diag.RunFailure;

/**
 * Checks the engine's shortcuts as a run goes: fires all the rules in one session, without the memo
 * or groups, on a sample of the deals a judge answered, and stops the run when the verdicts differ.
 * One per judge; not thread-safe.
 */
final class Verifier implements AutoCloseable {
  private final Engine engine;
  private final int every;
  private long seen;
  private Evaluator plain;

  Verifier(Engine engine, int every) {
    this.engine = engine;
    this.every = every;
  }

  /**
   * Checks the verdict a shortcut gave: always for a deal with an id (a listed one), else for one
   * deal in {@code every}.
   *
   * @throws RunFailure when the rules fired without shortcuts give another verdict
   */
  void check(long present, byte[] phase, String id, String title, Verdict given) {
    if (id == null && seen++ % every != 0) {
      return;
    }
    if (plain == null) {
      plain = new Evaluator(engine, engine.whole(), null);
    }
    Verdict expected = plain.evaluate(present, phase, id, title);
    engine.verified.incrementAndGet();
    if (!expected.equals(given)) {
      String deal = id != null ? id : DealIds.of(engine.table(), present, phase);
      throw new RunFailure(Diagnostic.error(null, 0, 0, Message.VERIFY_MISMATCH.say(deal, given, expected)));
    }
  }

  @Override
  public void close() {
    if (plain != null) {
      plain.close();
    }
  }
}
