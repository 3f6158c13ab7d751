package dev.shapecheck.render;

import dev.shapecheck.ModelSummary;

/**
 * Escapes text for XML content and attribute values, shared by the SVG renderer and Graphviz's
 * HTML-like labels (which Graphviz parses as XML).
 *
 * <p>Model and layer names are arbitrary strings when a {@link ModelSummary} is built by hand, so
 * besides the five markup characters this replaces what XML 1.0 cannot carry at all (control
 * characters, unpaired surrogates, U+FFFE/U+FFFF) with U+FFFD: a diagram must always parse.
 */
final class XmlText {
  private XmlText() {}

  static StringBuilder append(StringBuilder out, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(++i));
          } else if (isXmlChar(c)) {
            out.append(c);
          } else {
            out.append('\uFFFD');
          }
        }
      }
    }
    return out;
  }

  /** A character XML 1.0 allows on its own (surrogate pairs are handled by the caller). */
  private static boolean isXmlChar(char c) {
    return c == '\t'
        || c == '\n'
        || c == '\r'
        || (c >= 0x20 && c < 0xD800)
        || (c >= 0xE000 && c <= 0xFFFD);
  }
}
