package dev.shapecheck.processor;

import dev.shapecheck.engine.ErrorKind;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Decides whether a ShapeCheck warning is printed: not at all under {@code
 * -Ashapecheck.warnings=none}, and not where the source says
 * {@code @SuppressWarnings("shapecheck:<Tag>")} (or {@code "shapecheck"} for every ShapeCheck
 * warning) on the element or anything enclosing it (the layer method, the interface, an enclosing
 * class), the way javac scopes its own suppressions. Tags match ignoring case.
 *
 * <p>{@code SuppressWarnings} is read through mirrors, and a value that is not a string (an
 * erroneous constant javac reports itself) is skipped, so that reading it can never fail.
 */
final class WarningFilter {
  static final String ALL = "shapecheck";

  private final boolean enabled;

  WarningFilter(boolean enabled) {
    this.enabled = enabled;
  }

  /** Whether a warning of {@code kind} found on {@code element} is to be printed. */
  boolean prints(ErrorKind kind, Element element) {
    if (!enabled) {
      return false;
    }
    String one = ALL + ":" + kind.tag();
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      for (AnnotationMirror mirror : e.getAnnotationMirrors()) {
        if (isSuppressWarnings(mirror)) {
          for (String name : names(mirror)) {
            if (name.equalsIgnoreCase(ALL) || name.equalsIgnoreCase(one)) {
              return false;
            }
          }
        }
      }
    }
    return true;
  }

  private static boolean isSuppressWarnings(AnnotationMirror mirror) {
    Element type = mirror.getAnnotationType().asElement();
    return type instanceof TypeElement
        && ((TypeElement) type).getQualifiedName().contentEquals("java.lang.SuppressWarnings");
  }

  /** The strings of {@code value}, whether written as an array or as one string. */
  private static List<String> names(AnnotationMirror mirror) {
    for (var entry : mirror.getElementValues().entrySet()) {
      ExecutableElement attribute = entry.getKey();
      if (!attribute.getSimpleName().contentEquals("value")) {
        continue;
      }
      Object value = entry.getValue().getValue();
      if (value instanceof String) {
        return List.of((String) value);
      }
      if (value instanceof List) {
        return ((List<?>) value)
            .stream()
                .filter(v -> v instanceof AnnotationValue)
                .map(v -> ((AnnotationValue) v).getValue())
                .filter(v -> v instanceof String)
                .map(v -> (String) v)
                .toList();
      }
    }
    return List.of();
  }
}
