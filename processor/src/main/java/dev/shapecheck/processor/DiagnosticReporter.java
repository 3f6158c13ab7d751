package dev.shapecheck.processor;

import dev.shapecheck.engine.ErrorKind;
import dev.shapecheck.engine.Problem;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * The one place that prints diagnostics. Every message is placed as precisely as the source
 * allows — the attribute ({@code kernelSize = 5}), else the annotation, else the element — so IDEs
 * underline the right text; none is ever printed without an element.
 */
final class DiagnosticReporter {
  private final Messager messager;
  private final WarningFilter warnings;

  DiagnosticReporter(Messager messager) {
    this(messager, new WarningFilter(true));
  }

  /** A reporter that prints the warnings {@code warnings} lets through (suppression, options). */
  DiagnosticReporter(Messager messager, WarningFilter warnings) {
    this.messager = messager;
    this.warnings = warnings;
  }

  /** Information that is neither error nor warning, e.g. the summary under verbose. */
  void note(Element element, AnnotationMirror annotation, String message) {
    messager.printMessage(Diagnostic.Kind.NOTE, message, element, annotation);
  }

  /** A problem the processor found while reading a declaration. */
  void error(
      ErrorKind kind,
      Element element,
      AnnotationMirror annotation,
      String attribute,
      String headline,
      String... details) {
    Problem problem = Problem.of(kind, Problem.MODEL, attribute, headline, List.of(details));
    print(problem, element, annotation);
  }

  /** A problem the engine found in a model read from {@code model}. */
  void report(Problem problem, ModelDeclaration model) {
    Element at =
        problem.layerIndex() == Problem.MODEL
            ? model.type
            : model.layers.get(problem.layerIndex()).method;
    if (problem.kind().isWarning() && !warnings.prints(problem.kind(), at)) {
      return; // -Ashapecheck.warnings=none, or @SuppressWarnings("shapecheck:<Tag>")
    }
    if (problem.layerIndex() == Problem.MODEL) {
      print(problem, model.type, model.annotation);
    } else {
      LayerDeclaration layer = model.layers.get(problem.layerIndex());
      print(problem, layer.method, layer.annotation(problem.annotation()));
    }
  }

  /** A defect in ShapeCheck: reported on the model, with the trace, so it can be filed. */
  void internalError(Element element, Throwable failure) {
    StringWriter trace = new StringWriter();
    failure.printStackTrace(new PrintWriter(trace));
    messager.printMessage(
        Diagnostic.Kind.ERROR,
        ErrorKind.INTERNAL_ERROR.prefix()
            + " ShapeCheck failed on this model; please report this message\n"
            + trace,
        element);
  }

  private void print(Problem problem, Element element, AnnotationMirror annotation) {
    String message = problem.render();
    Diagnostic.Kind severity =
        problem.kind().isWarning() ? Diagnostic.Kind.WARNING : Diagnostic.Kind.ERROR;
    AnnotationValue value =
        annotation == null || problem.attribute() == null
            ? null
            : AnnotationValues.explicit(annotation, problem.attribute());
    if (value != null) {
      messager.printMessage(severity, message, element, annotation, value);
    } else if (annotation != null) {
      messager.printMessage(severity, message, element, annotation);
    } else {
      messager.printMessage(severity, message, element);
    }
  }
}
