package org.gordian.report;

import java.io.IOException;
import java.io.Writer;

/**
 * Turns one kind of result (a run, a diff, a batch index, a test run, a check) into one format of
 * report. {@link Reporters} finds the reporter for a result type and a format.
 *
 * @param <T> the result type
 */
@FunctionalInterface
public interface Reporter<T> {
  /** Writes the whole report. */
  void write(T result, Writer out) throws IOException;
}
