package dev.shapecheck.processor;

import dev.shapecheck.engine.ErrorKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The {@code -Ashapecheck.*} options javac passes the processor, read once per compilation.
 *
 * <p>javac options belong to no source element, but a message without an element is invisible in
 * most IDEs. A bad value is therefore reported once, on the {@code @Sequential} annotation of the
 * first model of the compilation in name order (deterministic, and a model the option would have
 * applied to), and the option falls back to its default so that every model is still checked.
 */
final class ProcessorOptions {
  static final String WARNINGS = "shapecheck.warnings";
  static final String VERBOSE = "shapecheck.verbose";

  /** The options this processor declares, so javac flags misspelled ones as unrecognized. */
  static final Set<String> NAMES = Set.of(WARNINGS, VERBOSE);

  private final boolean warnings;
  private final boolean verbose;

  /** Each bad option as {@code {headline, detail...}}, until reported. */
  private final List<String[]> invalid = new ArrayList<>();

  private ProcessorOptions(Map<String, String> options) {
    String warningsValue = options.get(WARNINGS);
    warnings = !"none".equals(warningsValue);
    if (options.containsKey(WARNINGS)
        && !"none".equals(warningsValue)
        && !"all".equals(warningsValue)) {
      invalid(
          WARNINGS, warningsValue, "none or all", "all (the default): every warning is printed");
    }
    // -Ashapecheck.verbose alone (javac passes null) asks for it, like a flag.
    String verboseValue = options.get(VERBOSE);
    verbose = options.containsKey(VERBOSE) && !"false".equals(verboseValue);
    if (verboseValue != null && !"true".equals(verboseValue) && !"false".equals(verboseValue)) {
      invalid(VERBOSE, verboseValue, "true or false", "false (the default): no summaries");
    }
  }

  static ProcessorOptions read(Map<String, String> options) {
    return new ProcessorOptions(options);
  }

  /** Whether warnings are printed at all ({@code -Ashapecheck.warnings=none} turns them off). */
  boolean warnings() {
    return warnings;
  }

  /** Whether each generated model's summary is printed as a note. */
  boolean verbose() {
    return verbose;
  }

  /**
   * Reports the bad options, once per compilation, on the first of {@code models} (qualified names,
   * sorted) that still resolves; does nothing until a round has a model.
   */
  void reportInvalid(SortedSet<String> models, Elements elements, DiagnosticReporter reporter) {
    if (invalid.isEmpty()) {
      return;
    }
    for (String name : models) {
      TypeElement model = elements.getTypeElement(name);
      if (model != null) {
        for (String[] message : invalid) {
          reporter.error(
              ErrorKind.INVALID_OPTION,
              model,
              sequential(model),
              null,
              message[0],
              List.of(message).subList(1, message.length).toArray(new String[0]));
        }
        invalid.clear();
        return;
      }
    }
  }

  private void invalid(String option, String value, String accepted, String fallback) {
    String given = "-A" + option + (value == null ? "" : "=" + value);
    invalid.add(
        new String[] {
          given + " is not a value ShapeCheck accepts: use " + accepted,
          "on this model because javac options have no place in the source; the option applies"
              + " to every model of the compilation",
          "needed: -A" + option + "=" + accepted.replace(" or ", " or -A" + option + "="),
          "meanwhile " + option + " is " + fallback,
          "hint: fix the -A option in the compiler arguments (maven-compiler-plugin"
              + " <compilerArgs>, Gradle options.compilerArgs)"
        });
  }

  private static AnnotationMirror sequential(Element model) {
    for (AnnotationMirror mirror : model.getAnnotationMirrors()) {
      Element type = mirror.getAnnotationType().asElement();
      if (type instanceof TypeElement
          && ((TypeElement) type).getQualifiedName().contentEquals(DeclarationReader.SEQUENTIAL)) {
        return mirror;
      }
    }
    return null;
  }
}
