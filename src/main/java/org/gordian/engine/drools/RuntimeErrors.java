package org.gordian.engine.drools;

import java.util.ArrayList;
import java.util.List;

/** What Drools' run-time errors say beyond their message, read from the engine's own exception types. */
public final class RuntimeErrors {
  private RuntimeErrors() {}

  /**
   * The texts of the condition expressions that failed, outermost first: those the failure and its
   * causes keep when they are the MVEL compiler's; empty when none is.
   */
  public static List<String> failingExpressions(Throwable failure) {
    List<String> out = new ArrayList<>();
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof org.mvel2.CompileException ce && ce.getExpr() != null) {
        out.add(new String(ce.getExpr()).trim());
      }
    }
    return out;
  }
}
