package org.gordian.report;

import java.io.IOException;
import java.io.Writer;
import org.gordian.analysis.RunResult;

/** Turns a run's result into one format of report. */
public interface Reporter {
  /** Writes the whole report. */
  void write(RunResult result, Writer out) throws IOException;
}
