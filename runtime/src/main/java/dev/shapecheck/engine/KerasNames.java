package dev.shapecheck.engine;

import java.util.Locale;
import java.util.regex.Pattern;

/** Keras's naming rules, so that derived names are the ones Keras would choose. */
public final class KerasNames {
  private static final Pattern NON_WORD = Pattern.compile("\\W+");
  private static final Pattern BEFORE_CAPITALIZED_WORD = Pattern.compile("(.)([A-Z][a-z]+)");
  private static final Pattern LOWER_THEN_UPPER = Pattern.compile("([a-z])([A-Z])");

  private KerasNames() {}

  /**
   * Keras's {@code to_snake_case}: {@code MnistCnn} becomes {@code mnist_cnn}, {@code VGG16}
   * becomes {@code vgg16}.
   */
  public static String toSnakeCase(String name) {
    String words = NON_WORD.matcher(name).replaceAll("");
    String split = BEFORE_CAPITALIZED_WORD.matcher(words).replaceAll("$1_$2");
    return LOWER_THEN_UPPER.matcher(split).replaceAll("$1_$2").toLowerCase(Locale.ROOT);
  }
}
