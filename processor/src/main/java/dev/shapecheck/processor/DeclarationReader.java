package dev.shapecheck.processor;

import dev.shapecheck.engine.DesignConstraints;
import dev.shapecheck.engine.ErrorKind;
import dev.shapecheck.engine.KerasNames;
import dev.shapecheck.engine.LayerConfig;
import dev.shapecheck.engine.ModelConfig;
import dev.shapecheck.engine.ShapeEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The first stage: reads a {@code @Sequential} element into a {@link ModelDeclaration}, reporting
 * every way in which the declaration itself is malformed. It computes no shape.
 *
 * <p>A declaration with such problems is still returned (marked incomplete) so that the engine can
 * check its layers' arguments too: the user sees every error of the model in one compilation.
 */
final class DeclarationReader {
  static final String SEQUENTIAL = "dev.shapecheck.Sequential";
  static final String LAYER = "dev.shapecheck.Layer";
  static final String EXPECT_SHAPE = "dev.shapecheck.ExpectShape";
  static final String LAYERS_PACKAGE = "dev.shapecheck.layers";
  /**
   * Layer method names the generated class cannot implement, with the reason: its own static
   * {@code summary()}, and {@code Object.finalize()}, whose {@code void} no {@code Layer}
   * overrides.
   */
  private static final Map<String, String> RESERVED =
      Map.of(
          "summary", "the generated class's static summary()",
          "finalize", "Object's finalize(), which returns void, so no class can implement it");
  /**
   * Names a default method may not have: the generated class's static {@code summary()} cannot
   * hide it, and Object's protected {@code clone()} and {@code finalize()} would implement it with
   * weaker access, so no class could implement the interface.
   */
  private static final Set<String> RESERVED_FOR_DEFAULTS = Set.of("summary", "clone", "finalize");

  private final Elements elements;
  private final Types types;
  private final DiagnosticReporter reporter;

  DeclarationReader(Elements elements, Types types, DiagnosticReporter reporter) {
    this.elements = elements;
    this.types = types;
    this.reporter = reporter;
  }

  /**
   * The declaration of {@code element}, or empty when it cannot be a model at all: not an
   * interface (reported here) or without an {@code input} (which javac reports).
   */
  Optional<ModelDeclaration> read(Element element) {
    AnnotationMirror sequential = findSequential(element);
    if (sequential == null) {
      return Optional.empty();
    }
    if (element.getKind() != ElementKind.INTERFACE) {
      reporter.error(
          ErrorKind.NOT_AN_INTERFACE,
          element,
          sequential,
          null,
          "@Sequential goes on an interface, not on " + describeKind(element) + " "
              + element.getSimpleName(),
          "hint: declare `public interface " + element.getSimpleName()
              + "` with one abstract Layer method per layer");
      return Optional.empty();
    }
    TypeElement type = (TypeElement) element;
    boolean usable = checkGenerable(type, sequential);
    Map<String, Object> values = AnnotationValues.read(sequential, elements);
    if (!(values.get("input") instanceof int[])) {
      return Optional.empty(); // javac reports the missing attribute itself
    }
    String name = (String) values.getOrDefault("name", "");
    if (name.isEmpty()) {
      name = KerasNames.toSnakeCase(type.getSimpleName().toString());
    }
    int batchSize = (Integer) values.getOrDefault("batchSize", -1);

    List<LayerDeclaration> layers = new ArrayList<>();
    List<LayerConfig> configs = new ArrayList<>();
    boolean complete = readLayers(type, layers, configs) && usable;
    String dtype = (String) values.getOrDefault("dtype", "FLOAT32");
    ModelConfig config =
        ModelConfig.of(name, (int[]) values.get("input"), batchSize, configs, dtype)
            .withConstraints(
                DesignConstraints.of(
                    (int[]) values.get("expectOutput"),
                    (Long) values.getOrDefault("maxParams", DesignConstraints.NONE),
                    (Long) values.getOrDefault("maxMacs", DesignConstraints.NONE),
                    (Long) values.getOrDefault("maxParamBytes", DesignConstraints.NONE)));
    return Optional.of(new ModelDeclaration(type, sequential, config, layers, complete));
  }

  /** Reports what would stop the generated class from implementing the interface. */
  private boolean checkGenerable(TypeElement type, AnnotationMirror sequential) {
    boolean usable = true;
    if (!type.getTypeParameters().isEmpty()) {
      reporter.error(
          ErrorKind.GENERIC_MODEL,
          type,
          sequential,
          null,
          type.getSimpleName() + " declares type parameters, but a model has one fixed structure",
          "hint: remove the type parameters");
      usable = false;
    }
    if (type.getModifiers().contains(Modifier.SEALED)) {
      reporter.error(
          ErrorKind.INACCESSIBLE_MODEL,
          type,
          sequential,
          null,
          type.getSimpleName() + " is sealed, so the generated class cannot implement it",
          "hint: remove `sealed` and `permits`; the generated "
              + type.getSimpleName() + "Model is the implementation");
      usable = false;
    }
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        reporter.error(
            ErrorKind.INACCESSIBLE_MODEL,
            type,
            sequential,
            null,
            type.getSimpleName() + " cannot be implemented by the generated class: "
                + e.getSimpleName() + " is private",
            "hint: make it package-private or public");
        usable = false;
        break;
      }
    }
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
      if (method.getModifiers().contains(Modifier.DEFAULT)
          && method.getParameters().isEmpty()
          && RESERVED_FOR_DEFAULTS.contains(method.getSimpleName().toString())) {
        boolean own = method.getEnclosingElement().equals(type);
        reporter.error(
            ErrorKind.RESERVED_NAME,
            own ? method : type,
            own ? null : sequential,
            null,
            "default method " + method.getSimpleName() + "()"
                + (own ? "" : " inherited from " + method.getEnclosingElement().getSimpleName())
                + " clashes with "
                + (method.getSimpleName().contentEquals("summary")
                    ? "the generated class's static summary()"
                    : "Object's protected " + method.getSimpleName()
                        + "(), so no class can implement " + type.getSimpleName()),
            "hint: rename the default method, e.g. " + method.getSimpleName() + "Text()");
        usable = false;
      }
      if (method.getModifiers().contains(Modifier.ABSTRACT)
          && !method.getEnclosingElement().equals(type)) {
        reporter.error(
            ErrorKind.INHERITED_METHOD,
            type,
            sequential,
            null,
            "abstract method " + method.getSimpleName() + "() is inherited from "
                + method.getEnclosingElement().getSimpleName()
                + "; layers must be declared in the @Sequential interface itself",
            "hint: declare the layer in " + type.getSimpleName()
                + ", or give the inherited method a default body");
        usable = false;
      }
    }
    return usable;
  }

  /** Reads every method in source order; returns whether every abstract one is a valid layer. */
  private boolean readLayers(
      TypeElement type, List<LayerDeclaration> layers, List<LayerConfig> configs) {
    boolean complete = true;
    TypeMirror layerType = layerType();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      List<AnnotationMirror> annotations = layerAnnotations(method);
      String name = method.getSimpleName().toString();
      if (!method.getModifiers().contains(Modifier.ABSTRACT)) {
        if (!annotations.isEmpty()) {
          reporter.error(
              ErrorKind.LAYER_ON_CONCRETE_METHOD,
              method,
              annotations.get(0),
              null,
              name + "(): a layer annotation on a default, static or private method",
              "hint: layers are abstract methods; remove the body, or remove the annotation");
          complete = false;
        }
        continue; // helper methods are the user's own business
      }
      List<AnnotationMirror> layerKinds = new ArrayList<>();
      List<AnnotationMirror> wrappers = new ArrayList<>();
      for (AnnotationMirror annotation : annotations) {
        (isWrapper(annotation) ? wrappers : layerKinds).add(annotation);
      }
      complete &= checkLayerMethod(method, layerKinds, wrappers, layerType);
      if (layerKinds.isEmpty()) {
        continue;
      }
      AnnotationMirror layer = layerKinds.get(0);
      LayerConfig config = LayerConfig.of(name, simpleName(layer), AnnotationValues.read(layer, elements));
      for (int i = wrappers.size() - 1; i >= 0; i--) {
        AnnotationMirror wrapper = wrappers.get(i);
        config =
            LayerConfig.wrapping(
                name, simpleName(wrapper), AnnotationValues.read(wrapper, elements), config);
      }
      List<AnnotationMirror> outermostFirst = new ArrayList<>(wrappers);
      outermostFirst.add(layer);
      AnnotationMirror expectation = findAnnotation(method, EXPECT_SHAPE);
      if (expectation != null) {
        Object shape = AnnotationValues.read(expectation, elements).get("value");
        if (shape instanceof int[]) {
          config = config.expecting((int[]) shape);
        }
        outermostFirst.add(expectation); // last: problems name it, it is never the primary
      }
      layers.add(new LayerDeclaration(method, outermostFirst));
      configs.add(config);
    }
    return complete;
  }

  private static boolean isWrapper(AnnotationMirror annotation) {
    return ShapeEngine.wrapperTypes().contains(simpleName(annotation));
  }

  private static String simpleName(AnnotationMirror annotation) {
    return annotation.getAnnotationType().asElement().getSimpleName().toString();
  }

  private boolean checkLayerMethod(
      ExecutableElement method,
      List<AnnotationMirror> annotations,
      List<AnnotationMirror> wrappers,
      TypeMirror layerType) {
    String name = method.getSimpleName().toString();
    boolean valid = true;
    if (annotations.isEmpty() && wrappers.isEmpty()) {
      reporter.error(
          ErrorKind.MISSING_LAYER_ANNOTATION,
          method,
          null,
          null,
          name + "() has no layer annotation, so ShapeCheck cannot tell which layer it is",
          "hint: annotate it with a layer from dev.shapecheck.layers, e.g. @Dense(units = 64)");
      valid = false;
    } else if (annotations.isEmpty()) {
      reporter.error(
          ErrorKind.MISSING_LAYER_ANNOTATION,
          method,
          wrappers.get(0),
          null,
          name + "(): @" + simpleName(wrappers.get(0)) + " wraps a layer, but there is none",
          "hint: add the wrapped layer's annotation beside it, e.g. @"
              + simpleName(wrappers.get(0)) + " @LSTM(units = 64)");
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
    if (!method.getParameters().isEmpty() || !method.getTypeParameters().isEmpty()) {
      reporter.error(
          ErrorKind.METHOD_HAS_PARAMETERS,
          method.getParameters().isEmpty() ? method : method.getParameters().get(0),
          null,
          null,
          name + "() has parameters, but in a Sequential model each layer takes the previous one",
          "hint: remove the parameters; the order of the methods is the order of the layers");
      valid = false;
    }
    if (layerType == null) { // a runtime jar without Layer: no method can be a layer
      reporter.error(
          ErrorKind.NOT_LAYER_RETURN_TYPE,
          method,
          null,
          null,
          name + "() returns " + method.getReturnType()
              + ", but a layer method returns dev.shapecheck.Layer, which is not on the classpath",
          "hint: put the shapecheck-runtime jar of the processor's version on the classpath");
      valid = false;
    } else if (!types.isSameType(method.getReturnType(), layerType)) {
      reporter.error(
          ErrorKind.NOT_LAYER_RETURN_TYPE,
          method,
          null,
          null,
          name + "() returns " + method.getReturnType() + ", but a layer method returns Layer",
          "hint: declare it as `Layer " + name + "();` with dev.shapecheck.Layer");
      valid = false;
    }
    if (RESERVED.containsKey(name)) {
      reporter.error(
          ErrorKind.RESERVED_NAME,
          method,
          null,
          null,
          name + "() clashes with " + RESERVED.get(name),
          "hint: rename the layer, e.g. " + name + "Layer()");
      valid = false;
    }
    return valid;
  }

  private static List<AnnotationMirror> layerAnnotations(ExecutableElement method) {
    List<AnnotationMirror> found = new ArrayList<>();
    for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
      Element annotationType = mirror.getAnnotationType().asElement();
      Element enclosing = annotationType.getEnclosingElement();
      if (enclosing instanceof PackageElement
          && ((PackageElement) enclosing).getQualifiedName().contentEquals(LAYERS_PACKAGE)) {
        found.add(mirror);
      }
    }
    return found;
  }

  private AnnotationMirror findSequential(Element element) {
    return findAnnotation(element, SEQUENTIAL);
  }

  private static AnnotationMirror findAnnotation(Element element, String qualifiedName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement annotation = (TypeElement) mirror.getAnnotationType().asElement();
      if (annotation.getQualifiedName().contentEquals(qualifiedName)) {
        return mirror;
      }
    }
    return null;
  }

  /** {@code dev.shapecheck.Layer}, or null when the classpath lacks it (a broken runtime jar). */
  private TypeMirror layerType() {
    TypeElement layer = elements.getTypeElement(LAYER);
    return layer == null ? null : layer.asType();
  }

  private static String describeKind(Element element) {
    switch (element.getKind()) {
      case CLASS:
        return "class";
      case ENUM:
        return "enum";
      case RECORD:
        return "record";
      case ANNOTATION_TYPE:
        return "annotation type";
      default:
        return element.getKind().toString().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
