package dev.shapecheck.processor;

import dev.shapecheck.engine.ErrorKind;
import dev.shapecheck.engine.Problem;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * The one place that prints diagnostics. Every message is placed as precisely as the source allows
 * — the attribute ({@code kernelSize = 5}), else the annotation, else the element — so IDEs
 * underline the right text; none is ever printed without an element.
 */
final class DiagnosticReporter {
  private final Messager messager;
  private final WarningFilter warnings;
  private final Predicate<Element> inSource;
  private final RepeatedAnnotations repeated;

  DiagnosticReporter(Messager messager) {
    this(messager, new WarningFilter(true), element -> false);
  }

  /**
   * A reporter that prints the warnings {@code warnings} lets through (suppression, options);
   * {@code inSource} tells which elements have a place in the source ({@link SourceElements}).
   */
  DiagnosticReporter(Messager messager, WarningFilter warnings, Predicate<Element> inSource) {
    this(messager, warnings, inSource, RepeatedAnnotations.none());
  }

  /** As above; {@code repeated} places messages on repeated annotations (stacked RNN cells). */
  DiagnosticReporter(
      Messager messager,
      WarningFilter warnings,
      Predicate<Element> inSource,
      RepeatedAnnotations repeated) {
    this.messager = messager;
    this.warnings = warnings;
    this.inSource = inSource;
    this.repeated = repeated;
  }

  /** Whether a message on {@code element} would have a place in the source an IDE can show. */
  boolean inSource(Element element) {
    return inSource.test(element);
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
    if (kind.isWarning() && !warnings.prints(kind, element)) {
      return;
    }
    print(problem, element, annotation);
  }

  /**
   * A problem the processor found in one element of an array attribute ({@code value}, e.g. one
   * {@code @Apply(set)} entry); placed on the whole {@code attribute} when {@code value} is null.
   */
  void errorOn(
      ErrorKind kind,
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value,
      String attribute,
      String headline,
      String... details) {
    Problem problem = Problem.of(kind, Problem.MODEL, attribute, headline, List.of(details));
    if (value == null) {
      print(problem, element, annotation);
    } else {
      messager.printMessage(Diagnostic.Kind.ERROR, problem.render(), element, annotation, value);
    }
  }

  /**
   * Reports what the engine found in {@code graph} itself — a block too, whether or not anything
   * applies it — and returns the declaration, incomplete if that was an error. Each problem is
   * reported once, where it is declared: inside a block applied by {@code graph}, it was reported
   * on the block when the block was read (which made the block incomplete), so a use of an
   * incomplete block adds nothing. An incomplete declaration is a model the user did not write:
   * only what holds for each layer on its own is reported, not shapes or connections that the
   * missing parts explain.
   */
  GraphDeclaration report(GraphDeclaration graph) {
    if (graph.parameterNamesMissing) {
      return graph.incomplete(); // every use reports why it cannot be connected
    }
    for (Problem problem : graph.check.problems()) {
      if ((graph.complete || ARGUMENT_KINDS.contains(problem.kind()))
          && !inIncompleteBlock(graph, problem)) {
        report(problem, graph);
      }
    }
    return graph.check.isClean() ? graph : graph.incomplete();
  }

  /** Whether {@code problem} is on a use of a block that has problems of its own. */
  private static boolean inIncompleteBlock(GraphDeclaration graph, Problem problem) {
    int index = problem.layerIndex();
    if (index < 0 || index >= graph.members.size()) {
      return false;
    }
    GraphDeclaration applied =
        graph.applied.get(graph.members.get(index).method.getSimpleName().toString());
    return applied != null && !applied.complete;
  }

  /** Problems that concern one layer's or the model's own arguments, whatever else is wrong. */
  private static final Set<ErrorKind> ARGUMENT_KINDS =
      EnumSet.of(
          ErrorKind.INVALID_ARGUMENT,
          ErrorKind.CONFLICTING_ARGUMENTS,
          ErrorKind.UNKNOWN_LAYER,
          ErrorKind.INVALID_MODEL_NAME,
          ErrorKind.INVALID_INPUT,
          ErrorKind.INVALID_BATCH_SIZE,
          ErrorKind.INVALID_CONSTRAINT);

  /**
   * A problem the engine found in a model or block read as {@code graph}: placed on the member's
   * parameter when the problem names one (an unknown inbound layer), else on the member's
   * annotation attribute, annotation, or method; a problem of the model as a whole on the model's
   * annotation.
   */
  private void report(Problem problem, GraphDeclaration graph) {
    int index = problem.layerIndex();
    LayerDeclaration member =
        index >= 0 && index < graph.members.size() ? graph.members.get(index) : null;
    Element at = member == null ? graph.type : member.method;
    if (member != null
        && problem.parameter() >= 0
        && problem.parameter() < member.method.getParameters().size()) {
      at = member.method.getParameters().get(problem.parameter());
    }
    if (problem.kind().isWarning() && !warnings.prints(problem.kind(), at)) {
      return;
    }
    if (member == null) {
      print(problem, graph.type, graph.annotation);
    } else if (at != member.method) {
      // On the parameter's @From, at the attribute at fault, when it binds the parameter.
      print(problem, at, LayerMethodReader.findAnnotation(at, GraphDeclarationReader.FROM));
    } else {
      print(problem, member.method, member.annotation(problem.annotation()));
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
    if (value != null && problem.entry() >= 0 && value.getValue() instanceof List) {
      List<?> entries = (List<?>) value.getValue(); // an array: underline the one entry at fault
      if (problem.entry() < entries.size()
          && entries.get(problem.entry()) instanceof AnnotationValue) {
        value = (AnnotationValue) entries.get(problem.entry());
      }
    }
    if (annotation != null
        && repeated.place(severity, message, element, annotation, problem.attribute())) {
      return; // one of several cells of a type, which javac's container hides (see there)
    }
    if (value != null) {
      messager.printMessage(severity, message, element, annotation, value);
    } else if (annotation != null) {
      messager.printMessage(severity, message, element, annotation);
    } else {
      messager.printMessage(severity, message, element);
    }
  }
}
