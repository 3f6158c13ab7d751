package dev.shapecheck.processor;

import dev.shapecheck.engine.ErrorKind;
import dev.shapecheck.engine.LayerConfig;
import dev.shapecheck.engine.ShapeEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads one layer method — its layer annotation, the wrappers around it and an {@code @ExpectShape}
 * — into the engine's {@link LayerConfig}, and reports what makes the method unusable as a layer.
 * Sequential models and functional graphs declare layers the same way; only what parameters mean
 * differs, so that one rule is the caller's ({@link ParameterRule}).
 */
final class LayerMethodReader {
  static final String LAYER = "dev.shapecheck.Layer";
  static final String EXPECT_SHAPE = "dev.shapecheck.ExpectShape";
  static final String NAME = "dev.shapecheck.Name";
  static final String LAYERS_PACKAGE = "dev.shapecheck.layers";
  private static final String RNN = "RNN";

  /**
   * Layer method names the generated class cannot implement, with the reason: its own static {@code
   * summary()}, and {@code Object.finalize()}, whose {@code void} no {@code Layer} overrides.
   */
  private static final Map<String, String> RESERVED =
      Map.of(
          "summary", "the generated class's static summary()",
          "finalize", "Object's finalize(), which returns void, so no class can implement it");

  /**
   * The public methods of {@code Object} without parameters: an interface that redeclares one
   * returning {@code Layer} is rejected by javac itself, on the user's line ("cannot override
   * toString() in Object"). ShapeCheck adds no message of its own, but generates no class, which
   * would only repeat that error in a file the user did not write.
   */
  private static final Set<String> OBJECT_METHODS =
      Set.of("toString", "hashCode", "getClass", "notify", "notifyAll", "wait");

  /** What a layer method's parameters may be. */
  enum ParameterRule {
    /** Sequential: none; each layer takes the previous one. */
    NONE,
    /** Functional: any; the graph reader checks them as inbound layers. */
    INBOUND
  }

  /** A layer method as read: its declaration and configuration, or nulls when it has no layer. */
  static final class Read {
    final LayerDeclaration declaration;
    final LayerConfig config;
    final boolean valid;

    Read(LayerDeclaration declaration, LayerConfig config, boolean valid) {
      this.declaration = declaration;
      this.config = config;
      this.valid = valid;
    }
  }

  private final Elements elements;
  private final Types types;
  private final DiagnosticReporter reporter;
  private final SourceAnnotationOrder annotationOrder;

  LayerMethodReader(
      Elements elements,
      Types types,
      DiagnosticReporter reporter,
      SourceAnnotationOrder annotationOrder) {
    this.elements = elements;
    this.types = types;
    this.reporter = reporter;
    this.annotationOrder = annotationOrder;
  }

  /** Reads an abstract method whose layer annotations are {@code annotations}. */
  Read read(ExecutableElement method, List<AnnotationMirror> annotations, ParameterRule rule) {
    String name = method.getSimpleName().toString();
    List<AnnotationMirror> layerKinds = new ArrayList<>();
    List<AnnotationMirror> wrappers = new ArrayList<>();
    for (AnnotationMirror annotation : annotations) {
      (isWrapper(annotation) ? wrappers : layerKinds).add(annotation);
    }
    // @RNN @LSTMCell(...) @GRUCell(...): the cells beside an RNN are one layer, stacked.
    boolean cells =
        layerKinds.size() > 1
            && !wrappers.isEmpty()
            && simpleName(wrappers.get(wrappers.size() - 1)).equals(RNN);
    if (cells) {
      List<AnnotationMirror> ordered = inSourceOrder(method, layerKinds);
      if (ordered == null) {
        return new Read(null, null, false);
      }
      layerKinds = ordered;
    }
    boolean valid =
        checkLayerMethod(method, cells ? layerKinds.subList(0, 1) : layerKinds, wrappers, rule);
    if (layerKinds.isEmpty()) {
      return new Read(null, null, false);
    }
    AnnotationMirror layer = layerKinds.get(0);
    LayerConfig config =
        LayerConfig.of(name, simpleName(layer), AnnotationValues.read(layer, elements));
    int outer = wrappers.size() - 1;
    if (cells) {
      List<LayerConfig> stacked = new ArrayList<>();
      for (AnnotationMirror cell : layerKinds) {
        stacked.add(LayerConfig.of(name, simpleName(cell), AnnotationValues.read(cell, elements)));
      }
      AnnotationMirror rnn = wrappers.get(outer--);
      config = LayerConfig.wrapping(name, RNN, AnnotationValues.read(rnn, elements), stacked);
    }
    for (int i = outer; i >= 0; i--) {
      AnnotationMirror wrapper = wrappers.get(i);
      config =
          LayerConfig.wrapping(
              name, simpleName(wrapper), AnnotationValues.read(wrapper, elements), config);
    }
    List<AnnotationMirror> outermostFirst = new ArrayList<>(wrappers);
    outermostFirst.addAll(cells ? layerKinds : List.of(layer));
    AnnotationMirror expectation = findAnnotation(method, EXPECT_SHAPE);
    if (expectation != null) {
      Object shape = AnnotationValues.read(expectation, elements).get("value");
      if (shape instanceof int[]) {
        config = config.expecting((int[]) shape);
      }
      outermostFirst.add(expectation); // last: problems name it, it is never the primary
    }
    return new Read(new LayerDeclaration(method, outermostFirst), config, valid);
  }

  /**
   * The cells beside an {@code @RNN} in the order they are written. javac groups a repeated cell
   * type into one container at its first place ({@link SourceAnnotationOrder}): the mirrors alone
   * give that order only when one type is written, or no type twice. Otherwise the source says it;
   * where the compiler keeps no source tree, the method is reported and null returned.
   */
  private List<AnnotationMirror> inSourceOrder(
      ExecutableElement method, List<AnnotationMirror> cells) {
    Map<String, List<AnnotationMirror>> byType = new java.util.LinkedHashMap<>();
    for (AnnotationMirror cell : cells) {
      byType.computeIfAbsent(simpleName(cell), t -> new ArrayList<>()).add(cell);
    }
    boolean repeated = byType.values().stream().anyMatch(list -> list.size() > 1);
    if (byType.size() == 1 || !repeated) {
      return cells;
    }
    List<String> written = annotationOrder.names(method);
    List<AnnotationMirror> ordered = new ArrayList<>();
    Map<String, Integer> taken = new java.util.HashMap<>();
    if (written != null) {
      for (String type : written) {
        List<AnnotationMirror> ofType = byType.get(type);
        if (ofType != null) {
          int k = taken.merge(type, 1, Integer::sum) - 1;
          if (k < ofType.size()) {
            ordered.add(ofType.get(k));
          }
        }
      }
    }
    if (ordered.size() == cells.size()) {
      return ordered;
    }
    String name = method.getSimpleName().toString();
    reporter.error(
        ErrorKind.MULTIPLE_LAYER_ANNOTATIONS,
        method,
        cells.get(0),
        null,
        name
            + "() repeats a cell type among other cells, and this compiler does not keep the"
            + " order they are written in (javac groups repeated annotations)",
        "hint: compile with javac, or write the cells so that no type repeats");
    return null;
  }

  /**
   * Whether {@code mirror} is the container javac makes of a repeated layer annotation ({@code
   * LSTMCell.List}, nested in the annotation it repeats).
   */
  private static boolean isContainer(AnnotationMirror mirror) {
    Element type = mirror.getAnnotationType().asElement();
    Element repeated = type.getEnclosingElement();
    return type.getSimpleName().contentEquals("List")
        && repeated instanceof TypeElement
        && repeated.getEnclosingElement() instanceof PackageElement
        && ((PackageElement) repeated.getEnclosingElement())
            .getQualifiedName()
            .contentEquals(LAYERS_PACKAGE);
  }

  /** The annotations a container holds, in order. */
  private static List<AnnotationMirror> contained(AnnotationMirror container) {
    List<AnnotationMirror> held = new ArrayList<>();
    for (Map.Entry<? extends ExecutableElement, ? extends javax.lang.model.element.AnnotationValue>
        entry : container.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals("value")
          && entry.getValue().getValue() instanceof List) {
        for (Object value : (List<?>) entry.getValue().getValue()) {
          Object annotation = ((javax.lang.model.element.AnnotationValue) value).getValue();
          if (annotation instanceof AnnotationMirror) {
            held.add((AnnotationMirror) annotation);
          }
        }
      }
    }
    return held;
  }

  /** How many annotations {@code mirrors} stand for, each in a container counted once. */
  static int writtenCount(List<? extends AnnotationMirror> mirrors) {
    int count = 0;
    for (AnnotationMirror mirror : mirrors) {
      count += isContainer(mirror) ? Math.max(1, contained(mirror).size()) : 1;
    }
    return count;
  }

  /** Whether {@code method} returns {@code Layer}; reports it when not. */
  boolean checkReturnsLayer(ExecutableElement method) {
    TypeMirror returned = method.getReturnType();
    if (returned.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) returned).asElement())
            .getQualifiedName()
            .contentEquals(LAYER)) {
      // Layer is not generic, so its name settles it; the lookup below, per method, showed in
      // the processor's profile.
      return true;
    }
    String name = method.getSimpleName().toString();
    TypeMirror layerType = layerType();
    if (layerType == null) { // a runtime jar without Layer: no method can be a layer
      reporter.error(
          ErrorKind.NOT_LAYER_RETURN_TYPE,
          method,
          null,
          null,
          name
              + "() returns "
              + method.getReturnType()
              + ", but a layer method returns dev.shapecheck.Layer, which is not on the classpath",
          "hint: put the shapecheck-runtime jar of the processor's version on the classpath");
      return false;
    }
    if (!types.isSameType(method.getReturnType(), layerType)) {
      reporter.error(
          ErrorKind.NOT_LAYER_RETURN_TYPE,
          method,
          null,
          null,
          name + "() returns " + method.getReturnType() + ", but a layer method returns Layer",
          "hint: declare it as `Layer "
              + name
              + "("
              + (method.getParameters().isEmpty() ? "" : "...")
              + ");` with dev.shapecheck.Layer");
      return false;
    }
    return true;
  }

  /** Whether the method's name is free for the generated class; reports it when not. */
  boolean checkNotReserved(ExecutableElement method) {
    String name = method.getSimpleName().toString();
    if (method.getParameters().isEmpty() && OBJECT_METHODS.contains(name)) {
      return false; // javac reports it (see OBJECT_METHODS)
    }
    if (RESERVED.containsKey(name)) {
      reporter.error(
          ErrorKind.RESERVED_NAME,
          method,
          null,
          null,
          name + "() clashes with " + RESERVED.get(name),
          "hint: rename the layer, e.g. " + name + "Layer()");
      return false;
    }
    return true;
  }

  private boolean checkLayerMethod(
      ExecutableElement method,
      List<AnnotationMirror> annotations,
      List<AnnotationMirror> wrappers,
      ParameterRule rule) {
    String name = method.getSimpleName().toString();
    boolean valid = true;
    AnnotationMirror graphMember =
        rule == ParameterRule.NONE ? graphMemberAnnotation(method) : null;
    if (graphMember != null && annotations.isEmpty()) {
      String annotation = "@" + simpleName(graphMember);
      reporter.error(
          ErrorKind.MISSING_LAYER_ANNOTATION,
          method,
          graphMember,
          null,
          name
              + "() is an "
              + annotation
              + ", but "
              + annotation
              + " belongs to @Functional models and blocks; a Sequential"
              + " model's layers carry layer annotations only",
          annotation.equals("@Input")
              ? "hint: a Sequential model has one input, its shape in @Sequential(input = {...});"
                  + " remove "
                  + name
                  + "(), or declare the model @Functional"
              : "hint: declare the model @Functional to apply blocks, naming each layer's inbound"
                  + " layers as parameters");
      valid = false;
    } else if (annotations.isEmpty() && wrappers.isEmpty()) {
      reporter.error(
          ErrorKind.MISSING_LAYER_ANNOTATION,
          method,
          null,
          null,
          name + "() has no layer annotation, so ShapeCheck cannot tell which layer it is",
          rule == ParameterRule.NONE
              ? "hint: annotate it with a layer from dev.shapecheck.layers, e.g. @Dense(units = 64)"
              : "hint: annotate it with a layer from dev.shapecheck.layers, e.g. @Dense(units ="
                  + " 64), or with @Input or @Apply");
      valid = false;
    } else if (annotations.isEmpty()) {
      reporter.error(
          ErrorKind.MISSING_LAYER_ANNOTATION,
          method,
          wrappers.get(0),
          null,
          name + "(): @" + simpleName(wrappers.get(0)) + " wraps a layer, but there is none",
          "hint: add the wrapped layer's annotation beside it, e.g. @"
              + simpleName(wrappers.get(0))
              + " @LSTM(units = 64)");
      valid = false;
    }
    if (annotations.size() > 1) {
      reporter.error(
          ErrorKind.MULTIPLE_LAYER_ANNOTATIONS,
          method,
          annotations.get(1),
          null,
          name + "() has " + annotations.size() + " layer annotations; a method declares one layer",
          "hint: declare each layer in its own method, in the order data flows");
      valid = false;
    }
    if (!method.getTypeParameters().isEmpty()) {
      reporter.error(
          ErrorKind.METHOD_HAS_PARAMETERS,
          method.getTypeParameters().get(0),
          null,
          null,
          name
              + "() declares type parameters, but a layer method is not generic: it returns the"
              + " one Layer it declares",
          "hint: remove the type parameters, e.g. `Layer "
              + name
              + "(...)` instead of `<"
              + method.getTypeParameters().get(0).getSimpleName()
              + "> Layer "
              + name
              + "(...)`");
      valid = false;
    }
    if (rule == ParameterRule.NONE && !method.getParameters().isEmpty()) {
      reporter.error(
          ErrorKind.METHOD_HAS_PARAMETERS,
          method.getParameters().get(0),
          null,
          null,
          name + "() has parameters, but in a Sequential model each layer takes the previous one",
          "hint: remove the parameters; the order of the methods is the order of the layers");
      valid = false;
    }
    valid &= checkReturnsLayer(method);
    valid &= checkNotReserved(method);
    return valid;
  }

  /** The method's {@code @Input} or {@code @Apply}, which only graphs understand; or null. */
  private static AnnotationMirror graphMemberAnnotation(ExecutableElement method) {
    AnnotationMirror input = findAnnotation(method, GraphDeclarationReader.INPUT);
    return input != null ? input : findAnnotation(method, GraphDeclarationReader.APPLY);
  }

  static boolean isWrapper(AnnotationMirror annotation) {
    return ShapeEngine.wrapperTypes().contains(simpleName(annotation));
  }

  static String simpleName(AnnotationMirror annotation) {
    return annotation.getAnnotationType().asElement().getSimpleName().toString();
  }

  /** The annotations of {@code method} from {@code dev.shapecheck.layers}: layers and wrappers. */
  static List<AnnotationMirror> layerAnnotations(ExecutableElement method) {
    List<AnnotationMirror> found = new ArrayList<>();
    for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
      Element annotationType = mirror.getAnnotationType().asElement();
      Element enclosing = annotationType.getEnclosingElement();
      if (enclosing instanceof PackageElement
          && ((PackageElement) enclosing).getQualifiedName().contentEquals(LAYERS_PACKAGE)) {
        found.add(mirror);
      } else if (isContainer(mirror)) {
        found.addAll(contained(mirror)); // @LSTMCell written twice: javac's LSTMCell.List
      }
    }
    return found;
  }

  static AnnotationMirror findAnnotation(Element element, String qualifiedName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement annotation = (TypeElement) mirror.getAnnotationType().asElement();
      if (annotation.getQualifiedName().contentEquals(qualifiedName)) {
        return mirror;
      }
    }
    return null;
  }

  /** {@code dev.shapecheck.Layer}, or null when the classpath lacks it (a broken runtime jar). */
  TypeMirror layerType() {
    TypeElement layer = elements.getTypeElement(LAYER);
    return layer == null ? null : layer.asType();
  }
}
