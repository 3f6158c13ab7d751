package dev.shapecheck.processor;

import dev.shapecheck.engine.DesignConstraints;
import dev.shapecheck.engine.ErrorKind;
import dev.shapecheck.engine.GraphConfig;
import dev.shapecheck.engine.LayerConfig;
import dev.shapecheck.engine.ModelCheck;
import dev.shapecheck.engine.ModelConfig;
import dev.shapecheck.engine.ShapeEngine;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The first stage for {@code @Sequential} models: reads one into a {@link GraphDeclaration},
 * reporting every way in which the declaration itself is malformed, and lowers it to the chain
 * graph that the engine checks like any other model ({@link GraphConfig#sequential}); what the
 * engine finds is reported as for every model ({@link
 * DiagnosticReporter#report(GraphDeclaration)}).
 *
 * <p>A declaration with such problems is still returned (marked incomplete) and the engine checks
 * its layers' arguments only: the user sees every error of the model in one compilation, and no
 * shape of a model the user did not write.
 */
final class DeclarationReader {
  static final String SEQUENTIAL = "dev.shapecheck.Sequential";

  /**
   * Names a default method may not have: the generated class's static {@code summary()} cannot hide
   * it, and Object's protected {@code clone()} and {@code finalize()} would implement it with
   * weaker access, so no class could implement the interface.
   */
  private static final Set<String> RESERVED_FOR_DEFAULTS = Set.of("summary", "clone", "finalize");

  private final Elements elements;
  private final DiagnosticReporter reporter;
  private final LayerMethodReader layerReader;

  /** Declarations read in this round, by qualified name: a nested model is read once. */
  private final Map<String, Optional<GraphDeclaration>> read = new HashMap<>();

  /** The models being read, innermost last: nesting one of them again is a cycle. */
  private final Deque<TypeElement> reading = new ArrayDeque<>();

  DeclarationReader(
      Elements elements,
      Types types,
      DiagnosticReporter reporter,
      SourceAnnotationOrder annotationOrder) {
    this.elements = elements;
    this.reporter = reporter;
    this.layerReader = new LayerMethodReader(elements, types, reporter, annotationOrder);
  }

  /**
   * The declaration of {@code element}, checked and reported, or empty when it cannot be a model at
   * all: not an interface (reported here) or without an {@code input} (which javac reports).
   */
  Optional<GraphDeclaration> read(Element element) {
    String key =
        element instanceof TypeElement
            ? ((TypeElement) element).getQualifiedName().toString()
            : element.toString();
    Optional<GraphDeclaration> known = read.get(key);
    if (known != null) {
      return known;
    }
    Optional<GraphDeclaration> result;
    if (element instanceof TypeElement) {
      reading.addLast((TypeElement) element);
    }
    try {
      result = readUncached(element);
    } finally {
      if (element instanceof TypeElement) {
        reading.removeLast();
      }
    }
    read.put(key, result);
    return result;
  }

  private Optional<GraphDeclaration> readUncached(Element element) {
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
          "@Sequential goes on an interface, not on "
              + describeKind(element)
              + " "
              + element.getSimpleName(),
          "hint: declare `public interface "
              + element.getSimpleName()
              + "` with one abstract Layer method per layer");
      return Optional.empty();
    }
    TypeElement type = (TypeElement) element;
    boolean usable = checkGenerable(type, sequential, "@Sequential", elements, reporter);
    Map<String, Object> values = AnnotationValues.read(sequential, elements);
    if (!(values.get("input") instanceof int[])) {
      return Optional.empty(); // javac reports the missing attribute itself
    }
    String name = (String) values.getOrDefault("name", "");
    if (name.isEmpty()) {
      name = ShapeEngine.defaultModelName(type.getSimpleName().toString());
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
                    (Long) values.getOrDefault("maxParamBytes", DesignConstraints.NONE)))
            .withInputDtype((String) values.getOrDefault("inputDtype", "FLOAT"));
    GraphConfig chain = GraphConfig.sequential(config);
    // A model without an input takes what arrives where it is nested: its shapes are checked at
    // each use, as Keras builds a Sequential without an Input when it is first called.
    ModelCheck check =
        complete && !chain.takesWhatArrives()
            ? ShapeEngine.check(chain)
            : ShapeEngine.checkArguments(chain);
    return Optional.of(
        reporter.report(
            new GraphDeclaration(
                type, sequential, chain, layers, Map.of(), complete, false, check)));
  }

  /**
   * Reports what would stop the generated class from implementing the interface annotated with
   * {@code sequential} (whose simple name, with its {@code @}, is {@code annotationName}).
   */
  static boolean checkGenerable(
      TypeElement type,
      AnnotationMirror sequential,
      String annotationName,
      Elements elements,
      DiagnosticReporter reporter) {
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
              + type.getSimpleName()
              + "Model is the implementation");
      usable = false;
    }
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        reporter.error(
            ErrorKind.INACCESSIBLE_MODEL,
            type,
            sequential,
            null,
            type.getSimpleName()
                + " cannot be implemented by the generated class: "
                + e.getSimpleName()
                + " is private",
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
            "default method "
                + method.getSimpleName()
                + "()"
                + (own ? "" : " inherited from " + method.getEnclosingElement().getSimpleName())
                + " clashes with "
                + (method.getSimpleName().contentEquals("summary")
                    ? "the generated class's static summary()"
                    : "Object's protected "
                        + method.getSimpleName()
                        + "(), so no class can implement "
                        + type.getSimpleName()),
            "hint: rename the default method, e.g. " + method.getSimpleName() + "Text()");
        usable = false;
      }
      if (method.getModifiers().contains(Modifier.ABSTRACT)
          && !method.getEnclosingElement().equals(type)) {
        // On the inherited method itself where it has a line; else (a class file) on the model.
        boolean onMethod = reporter.inSource(method);
        reporter.error(
            ErrorKind.INHERITED_METHOD,
            onMethod ? method : type,
            onMethod ? null : sequential,
            null,
            "abstract method "
                + method.getSimpleName()
                + "() is inherited from "
                + method.getEnclosingElement().getSimpleName()
                + "; layers must be declared in the "
                + annotationName
                + " interface itself",
            "hint: declare the layer in "
                + type.getSimpleName()
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
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      List<AnnotationMirror> annotations = LayerMethodReader.layerAnnotations(method);
      AnnotationMirror named = LayerMethodReader.findAnnotation(method, LayerMethodReader.NAME);
      if (!method.getModifiers().contains(Modifier.ABSTRACT)) {
        List<AnnotationMirror> all = new ArrayList<>(annotations);
        if (named != null) {
          all.add(named);
        }
        complete &= checkConcrete(method, all, reporter);
        continue; // helper methods are the user's own business
      }
      AnnotationMirror apply =
          LayerMethodReader.findAnnotation(method, GraphDeclarationReader.APPLY);
      TypeElement target = apply == null ? null : appliedModel(apply);
      if (target != null && annotations.isEmpty() && named == null) {
        boolean valid =
            layerReader.checkReturnsLayer(method) & layerReader.checkNotReserved(method);
        if (!method.getParameters().isEmpty()) {
          reporter.error(
              ErrorKind.METHOD_HAS_PARAMETERS,
              method.getParameters().get(0),
              null,
              null,
              method.getSimpleName()
                  + "(): a layer of a Sequential model takes the layer before it, but this"
                  + " method has parameters",
              "hint: remove the parameters, or declare the model @Functional");
          valid = false;
        }
        LayerConfig nested = nested(method, apply, target);
        complete &= valid && nested != null;
        if (nested != null) {
          layers.add(new LayerDeclaration(method, List.of(apply)));
          configs.add(nested);
        }
        continue;
      }
      LayerMethodReader.Read read =
          layerReader.read(method, annotations, LayerMethodReader.ParameterRule.NONE);
      complete &= read.valid;
      if (named != null) {
        reporter.error(
            ErrorKind.INVALID_LAYER_NAME,
            method,
            named,
            null,
            method.getSimpleName()
                + "(): @Name gives members of @Functional models and blocks another Keras name,"
                + " but a Sequential model's layers are named by their methods",
            "hint: rename the method to the Keras name, or declare the model @Functional");
        complete = false;
      }
      if (read.declaration != null) {
        layers.add(read.declaration);
        configs.add(read.config);
      }
    }
    return complete;
  }

  /**
   * Reports a layer annotation ({@code annotations}, empty if none) on a default, static or private
   * method; returns whether there was none.
   */
  static boolean checkConcrete(
      ExecutableElement method, List<AnnotationMirror> annotations, DiagnosticReporter reporter) {
    if (annotations.isEmpty()) {
      return true;
    }
    reporter.error(
        ErrorKind.LAYER_ON_CONCRETE_METHOD,
        method,
        annotations.get(0),
        null,
        method.getSimpleName() + "(): a layer annotation on a default, static or private method",
        "hint: layers are abstract methods; remove the body, or remove the annotation");
    return false;
  }

  /**
   * The {@code @Sequential} interface that {@code @Apply(value)} names, or null when it names
   * anything else (a block, a functional model, nothing valid).
   */
  static TypeElement appliedModel(AnnotationMirror apply) {
    AnnotationValue value = AnnotationValues.explicit(apply, "value");
    if (value == null || !(value.getValue() instanceof DeclaredType)) {
      return null;
    }
    DeclaredType type = (DeclaredType) value.getValue();
    Element element = type.asElement();
    return type.getKind() != TypeKind.ERROR
            && element instanceof TypeElement
            && element.getKind() == ElementKind.INTERFACE
            && LayerMethodReader.findAnnotation(element, SEQUENTIAL) != null
        ? (TypeElement) element
        : null;
  }

  /**
   * A use of the {@code @Sequential} model {@code target} as one layer named after {@code method},
   * as Keras's {@code model(x)} nests a model ({@link LayerConfig#nested}); null, once reported,
   * when it cannot be one: the use is invalid ({@code times}, {@code from} or {@code set}, which a
   * Keras model called once does not have; a cycle), or the model has errors of its own, reported
   * on it.
   */
  LayerConfig nested(ExecutableElement method, AnnotationMirror apply, TypeElement target) {
    String name = method.getSimpleName().toString();
    String simple = target.getSimpleName().toString();
    Map<String, Object> values = AnnotationValues.read(apply, elements);
    boolean valid = true;
    int times = (Integer) values.getOrDefault("times", 1);
    int from = (Integer) values.getOrDefault("from", 1);
    Object set = values.get("set");
    if (times != 1 || from != 1) {
      String attribute = times != 1 ? "times" : "from";
      reporter.error(
          ErrorKind.INVALID_BLOCK_USE,
          method,
          apply,
          attribute,
          name
              + "(): @Apply("
              + simple
              + ".class, "
              + attribute
              + " = "
              + (times != 1 ? times : from)
              + "), but "
              + simple
              + " is a @Sequential model, which nests as one layer called once",
          "hint: nest it in one method per use (each a layer of its own), or declare its"
              + " layers as a @Block to chain copies with times");
      valid = false;
    }
    if (set instanceof List && !((List<?>) set).isEmpty()) {
      reporter.error(
          ErrorKind.INVALID_BLOCK_USE,
          method,
          apply,
          "set",
          name
              + "(): @Apply("
              + simple
              + ".class, set = ...), but "
              + simple
              + " is a @Sequential model, whose layers' arguments are its own",
          "hint: declare another @Sequential interface with those arguments, or declare the"
              + " layers as a @Block, whose uses set arguments");
      valid = false;
    }
    if (reading.contains(target)) {
      List<String> cycle = new ArrayList<>();
      boolean inCycle = false;
      for (TypeElement t : reading) {
        inCycle |= t.equals(target);
        if (inCycle) {
          cycle.add(t.getSimpleName().toString());
        }
      }
      cycle.add(simple);
      reporter.error(
          ErrorKind.BLOCK_CYCLE,
          method,
          apply,
          "value",
          name
              + "(): nesting "
              + simple
              + " here makes a model contain itself: "
              + String.join(" -> ", cycle),
          "hint: a model cannot nest itself, directly or through other models");
      return null;
    }
    Optional<GraphDeclaration> inner = read(target);
    if (!valid || inner.isEmpty() || !inner.get().complete || !inner.get().check.isClean()) {
      return null; // the model's own problems are reported on it
    }
    return LayerConfig.nested(name, inner.get().config);
  }

  private AnnotationMirror findSequential(Element element) {
    return LayerMethodReader.findAnnotation(element, SEQUENTIAL);
  }

  static String describeKind(Element element) {
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
