package dev.shapecheck.processor;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;

/**
 * Tells whether a model mentions something the compiler has not resolved: a misspelled annotation,
 * an unknown constant. The compiler reports those itself; ShapeCheck then stays silent on that
 * model rather than pile guesses on top ("no layer annotation", "filters should be an integer"),
 * and waits for a later round in case another processor generates the symbol.
 *
 * <p>javac drops an unresolved annotation from {@code getAnnotationMirrors()} altogether, so it is
 * found by comparing with the source tree; under other compilers, without the Trees API, only the
 * mirrors' own error markers are used. ECJ also hands processors the mirrors of annotations it
 * rejected (one written twice, one missing a required attribute); those count as unresolved too.
 */
final class UnresolvedSymbols {
  /** javac's stand-in for an attribute value it could not resolve. */
  private static final String ERRONEOUS_VALUE = "<error>";

  private final Trees trees;

  /**
   * The attributes without a default, per annotation type: looked up once per type instead of once
   * per annotation, since a large model has thousands of layer annotations of a few types.
   */
  private final Map<Element, Set<String>> requiredAttributes = new HashMap<>();

  private UnresolvedSymbols(Trees trees) {
    this.trees = trees;
  }

  static UnresolvedSymbols of(ProcessingEnvironment env) {
    try {
      return new UnresolvedSymbols(Trees.instance(env));
    } catch (IllegalArgumentException | LinkageError notJavac) {
      return new UnresolvedSymbols(null);
    }
  }

  boolean in(TypeElement type) {
    if (hasErroneousMirror(type)) {
      return true;
    }
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (hasErroneousMirror(method)) {
        return true;
      }
    }
    return lostAnnotations(type);
  }

  /**
   * Whether a method of {@code type} has fewer annotation mirrors than annotations in its source.
   * The class's tree is looked up once and its method trees walked: looking each method's tree up
   * by element makes javac scan the whole file each time, quadratic in the layers.
   */
  private boolean lostAnnotations(TypeElement type) {
    TreePath typePath = trees == null ? null : trees.getPath(type);
    if (typePath == null || !(typePath.getLeaf() instanceof ClassTree)) {
      return false;
    }
    for (Tree member : ((ClassTree) typePath.getLeaf()).getMembers()) {
      if (member instanceof MethodTree) {
        Element method = trees.getElement(new TreePath(typePath, member));
        if (method != null
            && ((MethodTree) member).getModifiers().getAnnotations().size()
                > LayerMethodReader.writtenCount(method.getAnnotationMirrors())) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean hasErroneousMirror(Element element) {
    List<Element> types = new ArrayList<>(); // an element has few annotations
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (mirror.getAnnotationType().getKind() == TypeKind.ERROR) {
        return true;
      }
      // Two mirrors of one type (a non-repeatable annotation written twice) or a required
      // attribute left out: errors the compiler reports itself. ECJ still hands such mirrors to
      // processors, and reading them would only repeat the compiler's error in other words.
      Element type = mirror.getAnnotationType().asElement();
      if (types.contains(type) || lacksRequiredValue(mirror)) {
        return true;
      }
      types.add(type);
      for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
          mirror.getElementValues().entrySet()) {
        if (isErroneous(entry.getKey(), entry.getValue())) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean lacksRequiredValue(AnnotationMirror mirror) {
    Set<String> required =
        requiredAttributes.computeIfAbsent(
            mirror.getAnnotationType().asElement(), UnresolvedSymbols::attributesWithoutDefault);
    if (required.isEmpty()) {
      return false;
    }
    int given = 0;
    for (ExecutableElement attribute : mirror.getElementValues().keySet()) {
      if (required.contains(attribute.getSimpleName().toString())) {
        given++;
      }
    }
    return given < required.size();
  }

  private static Set<String> attributesWithoutDefault(Element annotationType) {
    Set<String> required = new HashSet<>();
    for (ExecutableElement attribute :
        ElementFilter.methodsIn(annotationType.getEnclosedElements())) {
      if (attribute.getDefaultValue() == null) {
        required.add(attribute.getSimpleName().toString());
      }
    }
    return required;
  }

  /** A value javac could not resolve: its stand-in string where no string belongs. */
  private static boolean isErroneous(ExecutableElement attribute, AnnotationValue value) {
    Object v = value.getValue();
    if (v instanceof java.util.List) {
      for (Object element : (java.util.List<?>) v) {
        if (element instanceof AnnotationValue
            && isErroneous(attribute, (AnnotationValue) element)) {
          return true;
        }
      }
      return false;
    }
    return ERRONEOUS_VALUE.equals(v)
        && !attribute.getReturnType().toString().equals("java.lang.String");
  }
}
