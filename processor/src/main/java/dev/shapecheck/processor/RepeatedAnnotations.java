package dev.shapecheck.processor;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.tools.Diagnostic;

/**
 * Places a message on one of several annotations of a type written on one method
 * ({@code @RNN @LSTMCell(units = 4) @LSTMCell(units = 0)}). javac hands a processor those as one
 * container ({@code LSTMCell.List}) that has no place in the source, so a message on an annotation
 * inside it lands on the method; javac's Trees API still has each annotation's tree, and places it
 * there, on the attribute at fault. Other compilers (ECJ) have no Trees: their messages stay on the
 * method.
 */
final class RepeatedAnnotations {
  private final Trees trees;

  private RepeatedAnnotations(Trees trees) {
    this.trees = trees;
  }

  static RepeatedAnnotations of(ProcessingEnvironment env) {
    try {
      return new RepeatedAnnotations(Trees.instance(env));
    } catch (IllegalArgumentException | LinkageError notJavac) {
      return none();
    }
  }

  /** Places nothing: every message goes through the {@code Messager}. */
  static RepeatedAnnotations none() {
    return new RepeatedAnnotations(null);
  }

  /**
   * Prints {@code message} on {@code annotation}'s {@code attribute} (or the annotation) when
   * {@code annotation} is one of a repeated type inside javac's container on {@code element};
   * returns false, printing nothing, for any other annotation.
   */
  boolean place(
      Diagnostic.Kind kind,
      String message,
      Element element,
      AnnotationMirror annotation,
      String attribute) {
    if (trees == null
        || !(element instanceof ExecutableElement)
        || element.getAnnotationMirrors().contains(annotation)) {
      return false;
    }
    int index = indexInContainer(element, annotation);
    if (index < 0) {
      return false;
    }
    TreePath path = trees.getPath(element);
    if (path == null || !(path.getLeaf() instanceof MethodTree)) {
      return false;
    }
    String type = LayerMethodReader.simpleName(annotation);
    int seen = 0;
    for (AnnotationTree written : ((MethodTree) path.getLeaf()).getModifiers().getAnnotations()) {
      String name = written.getAnnotationType().toString();
      if (name.substring(name.lastIndexOf('.') + 1).equals(type) && seen++ == index) {
        Tree at = written;
        for (ExpressionTree argument : written.getArguments()) {
          if (attribute != null
              && argument instanceof AssignmentTree
              && ((AssignmentTree) argument).getVariable().toString().equals(attribute)) {
            at = ((AssignmentTree) argument).getExpression();
          }
        }
        trees.printMessage(kind, message, at, path.getCompilationUnit());
        return true;
      }
    }
    return false;
  }

  /** Where {@code annotation} is in the container of its type on {@code element}; -1: in none. */
  private static int indexInContainer(Element element, AnnotationMirror annotation) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
          mirror.getElementValues().entrySet()) {
        if (entry.getKey().getSimpleName().contentEquals("value")
            && entry.getValue().getValue() instanceof List) {
          List<?> values = (List<?>) entry.getValue().getValue();
          for (int i = 0; i < values.size(); i++) {
            if (values.get(i) instanceof AnnotationValue
                && ((AnnotationValue) values.get(i)).getValue() == annotation) {
              return i;
            }
          }
        }
      }
    }
    return -1;
  }
}
