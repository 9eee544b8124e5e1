package org.gordian.load;

/**
 * Whether a case file may name rule folders outside its project. Rules are code and a case file is
 * data, so by default a case may name only rule folders inside the project it belongs to: the
 * nearest folder at or above the case file's folder that holds a {@code rules/} folder, or else the
 * case file's own folder (compared by real path, after following links).
 */
public enum RulesOutside {
  /** A rule folder or file outside the case's project is an error at its {@code rules:} entry. */
  REFUSED,
  /** The case's rule folders are loaded wherever they are ({@code --allow-rules-outside}). */
  ALLOWED
}
