package dev.shapecheck.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A layer-name template, {@code @Block(names)} or {@code @Name}: text and the placeholders {@code
 * {use}}, {@code {layer}}, {@code {index}} and {@code {auto}}. It exists because Keras's own models
 * name the layers of a repeated piece from the name of each use ({@code conv2_block1} + {@code
 * _1_conv}) and leave others to Keras's automatic names ({@code conv2d_12}), neither of which a
 * Java method name can say. Parsing checks everything a template alone can get wrong; what depends
 * on where it is used (a {@code {use}} outside a block) is {@link BlockExpansion}'s to check.
 */
final class NameTemplate {
  /**
   * What a block names its layers unless it says otherwise: a Keras helper's {@code name_suffix}.
   */
  static final String DEFAULT = "{use}_{layer}";

  /** The placeholders, each with what it stands for, in the order messages list them. */
  private static final Map<String, String> PLACEHOLDERS =
      Map.of(
          "use", "the name of the block's use",
          "layer", "the member's method name",
          "index", "the use's position in its chain, from 0",
          "auto", "Keras's automatic name: conv2d, conv2d_1, ...");

  private static final List<String> ORDER = List.of("use", "layer", "index", "auto");

  /** Literal text and placeholder names ({@code "use"}), in order; null when invalid. */
  private final List<String> parts;

  /** Which parts are placeholders. */
  private final List<Boolean> placeholder;

  private final String problem;
  private final String hint;

  private NameTemplate(List<String> parts, List<Boolean> placeholder, String problem, String hint) {
    this.parts = parts;
    this.placeholder = placeholder;
    this.problem = problem;
    this.hint = hint;
  }

  /** Parses {@code text}; an invalid template says why in {@link #problem()}. */
  static NameTemplate parse(String text) {
    if (text.isEmpty()) {
      return invalid("is empty, so it names no layer", "hint: write e.g. \"" + DEFAULT + "\"");
    }
    List<String> parts = new ArrayList<>();
    List<Boolean> placeholder = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '{') {
        int close = text.indexOf('}', i);
        int reopen = text.indexOf('{', i + 1);
        if (close < 0 || (reopen >= 0 && reopen < close)) {
          return invalid(
              "opens a placeholder at '{' (character " + (i + 1) + ") that is never closed",
              "hint: close it: " + listed());
        }
        String name = text.substring(i + 1, close);
        if (!PLACEHOLDERS.containsKey(name)) {
          return invalid(
              "{" + name + "} is no placeholder" + suggestion(name), "available: " + listed());
        }
        parts.add(name);
        placeholder.add(true);
        i = close + 1;
      } else if (c == '}') {
        return invalid(
            "has a '}' (character " + (i + 1) + ") that closes no placeholder",
            "available: " + listed());
      } else {
        int end = i;
        while (end < text.length() && text.charAt(end) != '{' && text.charAt(end) != '}') {
          end++;
        }
        String literal = text.substring(i, end);
        int bad = KerasNames.illegalCharacter(literal);
        if (bad >= 0) {
          return invalid(
              KerasNames.whyIllegal(literal.charAt(bad)), KerasNames.legalCharactersHint());
        }
        parts.add(literal);
        placeholder.add(false);
        i = end;
      }
    }
    NameTemplate template =
        new NameTemplate(List.copyOf(parts), List.copyOf(placeholder), null, null);
    if (template.has("auto") && parts.size() > 1) {
      return invalid(
          "combines {auto} with more, but {auto} is the whole of the name Keras gives a layer"
              + " created without one (conv2d, conv2d_1, ...)",
          "hint: write \"{auto}\" alone, or name the layer with text, {use} and {layer}");
    }
    return template;
  }

  private static NameTemplate invalid(String problem, String hint) {
    return new NameTemplate(null, null, problem, hint);
  }

  /** "; did you mean {use}?", or empty. */
  private static String suggestion(String name) {
    String closest = Suggestions.closest(name, ORDER);
    return closest == null ? "" : "; did you mean {" + closest + "}?";
  }

  /** "{use} (the name of the block's use), {layer} (...), ...", for hints. */
  private static String listed() {
    List<String> all = new ArrayList<>();
    for (String name : ORDER) {
      all.add("{" + name + "} (" + PLACEHOLDERS.get(name) + ")");
    }
    return String.join(", ", all);
  }

  /**
   * Why the template is invalid ({@code "{usr} is no placeholder; did you mean {use}?"}), or null.
   */
  String problem() {
    return problem;
  }

  /** What to do about {@link #problem()}, a detail line. */
  String hint() {
    return hint;
  }

  boolean isValid() {
    return problem == null;
  }

  /** Whether it is {@code {auto}}: Keras's automatic name, which {@link AutoNames} counts. */
  boolean isAuto() {
    return isValid() && parts.size() == 1 && placeholder.get(0) && parts.get(0).equals("auto");
  }

  /** Whether it names anything of the use it is expanded in: {@code {use}} or {@code {index}}. */
  boolean needsUse() {
    return isValid() && (has("use") || has("index"));
  }

  private boolean has(String placeholderName) {
    for (int i = 0; i < parts.size(); i++) {
      if (placeholder.get(i) && parts.get(i).equals(placeholderName)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The name for a member named {@code layer} in the use named {@code use} at {@code index} of its
   * chain (both shown as written in messages about a block on its own: {@code "{use}"}). Not for
   * {@link #isAuto()} templates, whose names {@link AutoNames} counts.
   */
  String render(String use, String layer, String index) {
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < parts.size(); i++) {
      String part = parts.get(i);
      if (!placeholder.get(i)) {
        name.append(part);
      } else if (part.equals("use")) {
        name.append(use);
      } else if (part.equals("layer")) {
        name.append(layer);
      } else {
        name.append(index);
      }
    }
    return name.toString();
  }
}
