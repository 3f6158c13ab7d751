package dev.shapecheck.engine;

import java.util.Collection;
import java.util.Locale;

/**
 * "Did you mean ...?" for names a user mistyped: the known name closest in edit distance, when it
 * is close enough to be a typo rather than a different name altogether. The processor reaches it
 * through {@link ShapeEngine#didYouMean}, so its declaration checks give the same hints.
 */
final class Suggestions {
  private Suggestions() {}

  /** The candidate nearest {@code name}, or null when none is plausibly what was meant. */
  static String closest(String name, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int distance = distance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    // A third of the name (at least 2 edits) keeps "conv3" -> "conv2" and drops "x" -> "dense".
    int allowed = Math.max(2, name.length() / 3);
    return best != null && bestDistance <= allowed ? best : null;
  }

  /** {@code "; did you mean conv2?"}, or empty when nothing is close. */
  static String didYouMean(String name, Collection<String> candidates) {
    String closest = closest(name, candidates);
    return closest == null ? "" : "; did you mean " + closest + "?";
  }

  /** Levenshtein distance: insertions, deletions and substitutions each cost 1. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
