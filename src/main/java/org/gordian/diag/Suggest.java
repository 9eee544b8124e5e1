package org.gordian.diag;

import java.util.Collection;
import java.util.Optional;

/** "Did you mean …?" suggestions by edit distance. */
public final class Suggest {
  private Suggest() {}

  /** The closest candidate within a third of the word's length, if any. */
  public static Optional<String> closest(String word, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = distance(word.toLowerCase(), c.toLowerCase());
      if (d < bestDistance) {
        bestDistance = d;
        best = c;
      }
    }
    int allowed = Math.max(2, word.length() / 3);
    if (best != null && bestDistance <= allowed) {
      return Optional.of(best);
    }
    // A shortened or slightly wrong ending: the candidate sharing most of the word's beginning.
    String lower = word.toLowerCase();
    String byPrefix = null;
    int longest = 0;
    for (String c : candidates.stream().sorted().toList()) {
      String cl = c.toLowerCase();
      int n = 0;
      while (n < lower.length() && n < cl.length() && lower.charAt(n) == cl.charAt(n)) {
        n++;
      }
      if (n > longest) {
        longest = n;
        byPrefix = c;
      }
    }
    return longest >= 4 && longest * 4 >= lower.length() * 3 ? Optional.of(byPrefix) : Optional.empty();
  }

  /** {@code "; did you mean 'x'?"} or the empty string. */
  public static String didYouMean(String word, Collection<String> candidates) {
    return closest(word, candidates).map(c -> "; did you mean '" + c + "'?").orElse("");
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
