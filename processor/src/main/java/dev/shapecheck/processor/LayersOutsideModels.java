package dev.shapecheck.processor;

import dev.shapecheck.engine.ErrorKind;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Reports layer annotations ({@code dev.shapecheck.layers}, {@code @Input}, {@code @Apply},
 * {@code @ExpectShape}) on methods of a type that is no model: no {@code @Sequential},
 * {@code @Functional} or {@code @Block}. Nothing would ever read them, so a layer written in a
 * nested interface of a model, or a model whose annotation was forgotten, would pass in silence.
 *
 * <p>A superinterface of a model is left to the model's own checks, which name the model: an
 * abstract method it passes down is an {@code InheritedMethod}, a default one a helper.
 */
final class LayersOutsideModels {
  private LayersOutsideModels() {}

  static void report(
      Set<? extends TypeElement> annotations,
      RoundEnvironment round,
      Types types,
      DiagnosticReporter reporter) {
    Set<Element> annotated = new HashSet<>();
    Set<Element> inherited = new HashSet<>();
    for (TypeElement annotation : annotations) {
      if (onlyMeaningfulInModels(annotation)) {
        annotated.addAll(round.getElementsAnnotatedWith(annotation));
      } else {
        for (Element model : round.getElementsAnnotatedWith(annotation)) {
          addSupertypes(model.asType(), types, inherited);
        }
      }
    }
    if (annotated.isEmpty()) {
      return;
    }
    // By type name, then in source order: the messages come in the same order every time.
    Map<String, TypeElement> owners = new TreeMap<>();
    for (Element element : annotated) {
      Element owner = element.getEnclosingElement();
      if (owner instanceof TypeElement && !isModel(owner) && !inherited.contains(owner)) {
        owners.put(((TypeElement) owner).getQualifiedName().toString(), (TypeElement) owner);
      }
    }
    for (TypeElement owner : owners.values()) {
      for (ExecutableElement method : ElementFilter.methodsIn(owner.getEnclosedElements())) {
        if (annotated.contains(method)) {
          reportMethod(method, owner, reporter);
        }
      }
    }
  }

  private static void reportMethod(
      ExecutableElement method, TypeElement owner, DiagnosticReporter reporter) {
    AnnotationMirror first = null;
    for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
      if (onlyMeaningfulInModels((TypeElement) mirror.getAnnotationType().asElement())) {
        first = mirror;
        break;
      }
    }
    String annotation =
        first == null ? "a layer annotation" : "@" + LayerMethodReader.simpleName(first);
    String name = method.getSimpleName() + "()";
    String type = owner.getSimpleName().toString();
    Element outer = owner.getEnclosingElement();
    if (isModel(outer)) {
      String model = outer.getSimpleName().toString();
      reporter.error(
          ErrorKind.LAYER_OUTSIDE_MODEL,
          method,
          first,
          null,
          name
              + ": "
              + annotation
              + " is in "
              + model
              + "."
              + type
              + ", a nested type that is no"
              + " model: its methods are not layers of "
              + model,
          "hint: declare "
              + name
              + " in "
              + model
              + " itself, or annotate "
              + type
              + " with @Sequential, @Functional or @Block to make it a model or block of its own");
    } else {
      reporter.error(
          ErrorKind.LAYER_OUTSIDE_MODEL,
          method,
          first,
          null,
          name
              + ": "
              + annotation
              + " is in "
              + type
              + ", which is neither @Sequential,"
              + " @Functional nor @Block, so no model has this layer",
          "hint: annotate "
              + type
              + " with @Sequential(input = {...}) for a stack of layers,"
              + " @Functional for a graph, or @Block for a piece that models apply");
    }
  }

  private static void addSupertypes(TypeMirror type, Types types, Set<Element> found) {
    for (TypeMirror supertype : types.directSupertypes(type)) {
      Element element = types.asElement(supertype);
      if (element != null && found.add(element)) {
        addSupertypes(supertype, types, found);
      }
    }
  }

  private static boolean isModel(Element element) {
    return LayerMethodReader.findAnnotation(element, DeclarationReader.SEQUENTIAL) != null
        || LayerMethodReader.findAnnotation(element, GraphDeclarationReader.FUNCTIONAL) != null
        || LayerMethodReader.findAnnotation(element, GraphDeclarationReader.BLOCK) != null;
  }

  /**
   * A layer, wrapper (or the container of a repeated one), {@code @Input}, {@code @Apply},
   * {@code @ExpectShape} or {@code @Name}.
   */
  private static boolean onlyMeaningfulInModels(TypeElement annotation) {
    String name = annotation.getQualifiedName().toString();
    if (name.equals(GraphDeclarationReader.INPUT)
        || name.equals(GraphDeclarationReader.APPLY)
        || name.equals(LayerMethodReader.EXPECT_SHAPE)
        || name.equals(LayerMethodReader.NAME)) {
      return true;
    }
    Element enclosing = annotation.getEnclosingElement();
    if (enclosing instanceof TypeElement) {
      enclosing = enclosing.getEnclosingElement(); // LSTMCell.List: javac's repeated @LSTMCell
    }
    return enclosing instanceof PackageElement
        && ((PackageElement) enclosing)
            .getQualifiedName()
            .contentEquals(LayerMethodReader.LAYERS_PACKAGE);
  }
}
