package org.gordian.cli;

import java.nio.file.Path;
import org.gordian.load.LoadOptions;
import org.gordian.load.RulesOutside;
import picocli.CommandLine.Option;

/**
 * The option of every command that loads a case: whether its rules may lie outside its project.
 * With the rule cache the launcher asks for, it makes the commands' {@link LoadOptions}.
 */
class TrustFlags {
  /** The system property the launcher sets to the rule cache's folder. */
  static final String RULE_CACHE = "gordian.ruleCache";
  /** The system property that has each new cache entry read back at once. */
  static final String VERIFY_CACHE = "gordian.ruleCache.verify";

  @Option(names = "--allow-rules-outside",
      description = "Load rule folders the case names outside its project (the nearest folder above the case file"
          + " holding a rules/ folder). Rules are code: use only for cases whose rules you trust.")
  boolean allowRulesOutside;

  LoadOptions load() {
    return options(allowRulesOutside);
  }

  /** The load options of a command, with the rule cache the launcher asks for. */
  static LoadOptions options(boolean allowRulesOutside) {
    String cache = System.getProperty(RULE_CACHE);
    return LoadOptions.builder()
        .rulesOutside(allowRulesOutside ? RulesOutside.ALLOWED : RulesOutside.REFUSED)
        .ruleCache(cache == null || cache.isBlank() ? null : Path.of(cache))
        .verifyCache(Boolean.getBoolean(VERIFY_CACHE))
        .build();
  }
}
