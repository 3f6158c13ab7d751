package dev.shapecheck.engine;

import java.util.Locale;
import java.util.regex.Pattern;

/** Keras's naming rules, so that derived names are the ones Keras would choose. */
final class KerasNames {
  private static final Pattern NON_WORD = Pattern.compile("\\W+");
  private static final Pattern BEFORE_CAPITALIZED_WORD = Pattern.compile("(.)([A-Z][a-z]+)");
  private static final Pattern LOWER_THEN_UPPER = Pattern.compile("([a-z])([A-Z])");

  private KerasNames() {}

  /**
   * Keras's {@code to_snake_case}: {@code MnistCnn} becomes {@code mnist_cnn}, {@code VGG16}
   * becomes {@code vgg16}.
   */
  static String toSnakeCase(String name) {
    String words = NON_WORD.matcher(name).replaceAll("");
    String split = BEFORE_CAPITALIZED_WORD.matcher(words).replaceAll("$1_$2");
    return LOWER_THEN_UPPER.matcher(split).replaceAll("$1_$2").toLowerCase(Locale.ROOT);
  }

  /**
   * A model name as messages print it: as it is, or, when it holds a control character (a newline
   * typed as {@code \n}, say), as the Java string literal the user wrote, so that one message stays
   * one message and shows what was declared.
   */
  static String shown(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        return quoted(name);
      }
    }
    return name;
  }

  /** {@code name} as a Java string literal: {@code "a\nb"}. */
  static String quoted(String name) {
    StringBuilder out = new StringBuilder(name.length() + 2).append('"');
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        default:
          if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
            String hex = Integer.toHexString(c);
            out.append("\\u").append("0000", hex.length(), 4).append(hex);
          } else {
            out.append(c);
          }
      }
    }
    return out.append('"').toString();
  }
}
