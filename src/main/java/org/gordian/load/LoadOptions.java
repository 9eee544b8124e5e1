package org.gordian.load;

import java.nio.file.Path;

/**
 * How a case and its rules are loaded.
 *
 * @param rulesOutside whether a case may name rule folders outside its project
 * @param ruleCache the folder that keeps compiled rules between runs, or null for none
 *     ({@link RuleCache})
 * @param verifyCache whether each new cache entry is read back at once and dropped if it does not load
 */
public record LoadOptions(RulesOutside rulesOutside, Path ruleCache, boolean verifyCache) {

  /** Rules inside the project only, no rule cache. */
  public static final LoadOptions DEFAULT = new LoadOptions(RulesOutside.REFUSED, null, false);

  public LoadOptions {
    java.util.Objects.requireNonNull(rulesOutside, "rulesOutside");
    ruleCache = ruleCache == null ? null : ruleCache.toAbsolutePath();
  }

  /** The same options with rule folders outside the project allowed or refused. */
  public LoadOptions withRulesOutside(RulesOutside outside) {
    return new LoadOptions(outside, ruleCache, verifyCache);
  }

  /** The same options keeping compiled rules in this folder (null: no cache). */
  public LoadOptions withRuleCache(Path folder, boolean verify) {
    return new LoadOptions(rulesOutside, folder, verify);
  }

  /** A builder starting from {@link #DEFAULT}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds load options one setting at a time. */
  public static final class Builder {
    private RulesOutside rulesOutside = RulesOutside.REFUSED;
    private Path ruleCache;
    private boolean verifyCache;

    private Builder() {}

    /** Whether rule folders outside the project are allowed. */
    public Builder rulesOutside(RulesOutside outside) {
      this.rulesOutside = outside;
      return this;
    }

    /** The folder that keeps compiled rules (null: none). */
    public Builder ruleCache(Path folder) {
      this.ruleCache = folder;
      return this;
    }

    /** Whether new cache entries are read back at once. */
    public Builder verifyCache(boolean on) {
      this.verifyCache = on;
      return this;
    }

    /** The options. */
    public LoadOptions build() {
      return new LoadOptions(rulesOutside, ruleCache, verifyCache);
    }
  }
}
