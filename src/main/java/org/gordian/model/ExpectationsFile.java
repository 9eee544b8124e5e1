package org.gordian.model;

import java.nio.file.Path;
import java.util.List;

/**
 * An expectations file: the case it tests and what is expected of it, in the order written.
 *
 * @param caseFile the case file or folder the expectations are about
 */
public record ExpectationsFile(Path file, Path caseFile, List<Expectation> expectations) {
  public ExpectationsFile {
    expectations = List.copyOf(expectations);
  }
}
