package org.gordian.diag;

import java.util.ArrayList;
import java.util.List;

/** Gathers problems while reading input so that all of them are reported, not only the first. */
public final class Problems {
  private final List<Diagnostic> all = new ArrayList<>();

  /** Records a problem. */
  public void add(Diagnostic d) {
    all.add(d);
  }

  /** Records every given problem. */
  public void addAll(List<Diagnostic> ds) {
    all.addAll(ds);
  }

  /** Whether any recorded problem is an error. */
  public boolean hasErrors() {
    return all.stream().anyMatch(Diagnostic::isError);
  }

  /** Every problem recorded so far. */
  public List<Diagnostic> all() {
    return List.copyOf(all);
  }

  /** The warnings recorded so far. */
  public List<Diagnostic> warnings() {
    return all.stream().filter(d -> !d.isError()).toList();
  }

  /** Throws a {@link GordianException} with every problem when any of them is an error. */
  public void throwIfErrors() {
    if (hasErrors()) {
      throw new GordianException(all);
    }
  }
}
