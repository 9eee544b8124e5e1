package org.gordian.cli;

/**
 * How a Gordian command ends; the process exits with {@link #code()}. A signal ends the process
 * through Java's own exit instead, after the hooks that remove report files still being written
 * and say "interrupted": Ctrl-C (SIGINT) with 130 (128 + 2), the same as {@link #INTERRUPTED}, and
 * a TERM signal with 143 (128 + 15).
 */
public enum ExitCode {
  /** Everything asked for was done (a report was written, all expectations passed, no error found). */
  OK(0),
  /** The command ran but what it checks did not hold: an expectation failed. */
  EXPECTATIONS_FAILED(1),
  /** The command line was wrong: an unknown option, a missing argument. */
  USAGE(2),
  /** A case file or rule file has errors; they are listed with file, line and column. */
  INVALID_INPUT(3),
  /** A rule failed or ran away while deals were evaluated, or the run hit its time limit. */
  RULE_FAILURE(4),
  /** A file could not be read or written. */
  IO_ERROR(5),
  /** Gordian itself failed; rerun with --verbose and report the stack trace. */
  INTERNAL_ERROR(70),
  /** The run was interrupted (Ctrl-C); no report was written. */
  INTERRUPTED(130);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  /** The process exit status. */
  public int code() {
    return code;
  }
}
