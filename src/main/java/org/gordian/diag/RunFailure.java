package org.gordian.diag;

/**
 * Thrown when evaluation itself fails: a rule throws or fires without end on a deal, or a run
 * exceeds its time limit. The input compiled; what it did at run time did not work.
 */
public class RunFailure extends GordianException {
  /** A failure described by one diagnostic. */
  public RunFailure(Diagnostic diagnostic) {
    super(diagnostic);
  }

  /** A failure described by one diagnostic, keeping its cause for the log. */
  public RunFailure(Diagnostic diagnostic, Throwable cause) {
    super(diagnostic, cause);
  }
}
