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
   * The index of the first character of {@code name} that Keras on TensorFlow rejects in a layer
   * name, or -1. Keras 3 itself rejects only {@code /} (its scope separator); TensorFlow uses each
   * layer name in its name scopes and op names when the model runs, and fails on anything but
   * letters, digits and {@code _ . - >} (tried with Keras 3.15.1 on TensorFlow 2.21: a space, a
   * colon, a backslash, a non-ASCII letter), so a model with such a name builds but never runs.
   */
  static int illegalCharacter(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean legal =
          c >= 'a' && c <= 'z'
              || c >= 'A' && c <= 'Z'
              || c >= '0' && c <= '9'
              || c == '_'
              || c == '.'
              || c == '-'
              || c == '>';
      if (!legal) {
        return i;
      }
    }
    return -1;
  }

  /** Why {@code c}, found by {@link #illegalCharacter}, cannot be part of a layer name. */
  static String whyIllegal(char c) {
    if (c == '/') {
      return "has a '/', which Keras 3 rejects in a layer name (\"cannot contain character `/`\")";
    }
    String shown = quoted(String.valueOf(c));
    return "has '"
        + shown.substring(1, shown.length() - 1)
        + "', which TensorFlow rejects in a layer name when the model runs (\"is not a valid"
        + " scope name\")";
  }

  /** The detail line after {@link #whyIllegal}. */
  static String legalCharactersHint() {
    return "hint: a Keras layer name has letters, digits and _ . - > only; join parts with '_',"
        + " as Keras's applications do (conv2_block1_1_conv)";
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
