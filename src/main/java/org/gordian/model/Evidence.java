package org.gordian.model;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where a position or a fact about the world comes from, so that a reader can weigh a verdict that
 * rests on it: the place in the source, what the source says there (quoted or paraphrased), and how
 * firmly.
 *
 * @param source where in the source, such as {@code Smith 2020, para. 5}
 * @param text what the source says there, quoted or paraphrased; empty when not given
 * @param confidence how firmly the source says it; null when not given
 */
public record Evidence(String source, String text, Confidence confidence) {

  /** How firmly a source states what a position or fact rests on. */
  public enum Confidence {
    /** The source states it plainly. */
    STATED,
    /** The analyst reads it from what the source says, which does not state it in so many words. */
    INFERRED,
    /** The source hedges ("might", "could", "it is said that"). */
    HEDGED;

    /** The word written in rules and case files: {@code stated}, {@code inferred} or {@code hedged}. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The confidence a word names, if it names one. */
    public static Optional<Confidence> of(String word) {
      for (Confidence c : values()) {
        if (c.label().equals(word.trim().toLowerCase(Locale.ROOT))) {
          return Optional.of(c);
        }
      }
      return Optional.empty();
    }
  }

  public Evidence {
    source = source == null ? "" : source.strip();
    text = text == null ? "" : text.strip();
  }

  /**
   * The evidence a rule's metadata gives: {@code @source("…")}, {@code @evidence("…")} and
   * {@code @confidence("stated" | "inferred" | "hedged")}; empty when it names no source. An
   * unknown confidence word is left out here (check warns about it).
   */
  public static Optional<Evidence> ofMetadata(Map<String, String> metadata) {
    String source = metadata.getOrDefault("source", "");
    if (source.isBlank()) {
      return Optional.empty();
    }
    String confidence = metadata.getOrDefault("confidence", "");
    return Optional.of(new Evidence(source, metadata.getOrDefault("evidence", ""),
        Confidence.of(confidence).orElse(null)));
  }

  /** The evidence in one line: {@code Smith 2020, para. 5 (stated): "…"}. */
  public String describe() {
    return source + (confidence == null ? "" : " (" + confidence.label() + ")")
        + (text.isEmpty() ? "" : ": \u201c" + text + "\u201d");
  }
}
