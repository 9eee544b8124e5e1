package org.gordian.cli;

import org.gordian.load.RulesOutside;
import picocli.CommandLine.Option;

/** The option of every command that loads a case: whether its rules may lie outside its project. */
final class TrustFlags {
  @Option(names = "--allow-rules-outside",
      description = "Load rule folders the case names outside its project (the nearest folder above the case file"
          + " holding a rules/ folder). Rules are code: use only for cases whose rules you trust.")
  boolean allowRulesOutside;

  RulesOutside rulesOutside() {
    return allowRulesOutside ? RulesOutside.ALLOWED : RulesOutside.REFUSED;
  }
}
