package org.gordian.diag;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * "Did you mean …?" suggestions by edit distance, and look-alikes: words that read the same as a
 * known one but hold other characters, such as a Greek capital alpha for a Latin A.
 */
public final class Suggest {
  private Suggest() {}

  /**
   * Letters of other scripts that look like Latin ones, mapped to the Latin letter they pass for
   * (Greek and Cyrillic, whose capitals in particular are drawn alike in most fonts).
   */
  private static final Map<Character, Character> LOOK_ALIKES = lookAlikes(
      // Greek capitals and small letters
      "\u0391A", "\u0392B", "\u0395E", "\u0396Z", "\u0397H", "\u0399I", "\u039AK", "\u039CM", "\u039DN",
      "\u039FO", "\u03A1P", "\u03A4T", "\u03A5Y", "\u03A7X", "\u03BFo", "\u03BDv", "\u03B1a", "\u03B9i",
      "\u03BAk", "\u03C1p", "\u03C5u", "\u03C7x",
      // Cyrillic capitals and small letters
      "\u0410A", "\u0412B", "\u0415E", "\u041AK", "\u041CM", "\u041DH", "\u041EO", "\u0420P", "\u0421C",
      "\u0422T", "\u0425X", "\u0423Y", "\u0405S", "\u0406I", "\u0408J", "\u0430a", "\u0435e", "\u043Eo",
      "\u0440p", "\u0441c", "\u0443y", "\u0445x", "\u0455s", "\u0456i", "\u0458j", "\u04BBh", "\u0501d",
      "\u051Bq", "\u051Dw",
      // Latin letters that pass for others
      "\u0131i");

  private static Map<Character, Character> lookAlikes(String... pairs) {
    Map<Character, Character> m = new java.util.HashMap<>();
    for (String p : pairs) {
      m.put(p.charAt(0), p.charAt(1));
    }
    return Map.copyOf(m);
  }

  /**
   * The word as it looks: compatibility forms folded (NFKC: full-width letters, ligatures),
   * accents dropped, and letters of other scripts that look Latin replaced by the Latin letter.
   */
  public static String skeleton(String word) {
    String folded = Normalizer.normalize(word, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    StringBuilder out = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      out.append(LOOK_ALIKES.getOrDefault(c, c));
    }
    return Normalizer.normalize(out, Normalizer.Form.NFKC);
  }

  /**
   * When the word looks like one of the candidates but is not it: {@code "looks like 'A' but
   * contains U+0391 GREEK CAPITAL LETTER ALPHA"}, naming each character that differs.
   */
  public static Optional<String> lookAlike(String word, Collection<String> candidates) {
    if (candidates.contains(word)) {
      return Optional.empty();
    }
    String shape = skeleton(word);
    for (String c : candidates) {
      if (skeleton(c).equals(shape)) {
        StringBuilder odd = new StringBuilder();
        word.codePoints().filter(cp -> c.indexOf(cp) < 0).distinct().forEach(cp -> {
          String name = Character.getName(cp);
          odd.append(odd.length() == 0 ? "" : ", ").append(String.format("U+%04X", cp))
              .append(name == null ? "" : " " + name);
        });
        return Optional.of(Message.LOOKS_LIKE.say(c, odd.length() == 0 ? Message.OTHER_CHARACTERS.say() : odd));
      }
    }
    return Optional.empty();
  }

  /**
   * {@code "; it looks like 'A' but contains U+0391 GREEK CAPITAL LETTER ALPHA"} for a look-alike,
   * else {@code "; did you mean 'x'?"}, else the empty string.
   */
  public static String lookAlikeOrDidYouMean(String word, Collection<String> candidates) {
    return lookAlike(word, candidates).map(Message.IT_LOOKS_LIKE::say).orElseGet(() -> didYouMean(word, candidates));
  }

  /** The closest candidate within a third of the word's length, if any. */
  public static Optional<String> closest(String word, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = distance(skeleton(word).toLowerCase(), skeleton(c).toLowerCase());
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
    return closest(word, candidates).map(Message.DID_YOU_MEAN::say).orElse("");
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
