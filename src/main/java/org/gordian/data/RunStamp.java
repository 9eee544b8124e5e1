package org.gordian.data;

import java.time.Instant;

/**
 * What a run's row says about how it was made, besides its result.
 *
 * @param rulesDigest a digest of the case file and every rule file the run read ({@code sha256:…})
 * @param options the run's options as JSON ({@link OptionsJson})
 * @param generatedAt when the results were written
 */
public record RunStamp(String rulesDigest, String options, Instant generatedAt) {}
