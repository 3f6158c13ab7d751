package dev.shapecheck.processor;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.ExecutableElement;

/**
 * The order in which a method's annotations are written, which the language model loses for
 * repeated ones: javac hands a processor {@code @LSTMCell(...) @GRUCell(...) @LSTMCell(...)} as
 * {@code @LSTMCell.List({...}) @GRUCell(...)}, the same mirrors as
 * {@code @LSTMCell @LSTMCell @GRUCell}. Stacked {@code @RNN} cells need that order; javac's Trees
 * API still has it. Other compilers (ECJ) have no Trees: there the order is unknown and the caller
 * says so.
 */
final class SourceAnnotationOrder {
  private final Trees trees;

  private SourceAnnotationOrder(Trees trees) {
    this.trees = trees;
  }

  static SourceAnnotationOrder of(ProcessingEnvironment env) {
    try {
      return new SourceAnnotationOrder(Trees.instance(env));
    } catch (IllegalArgumentException | LinkageError notJavac) {
      return new SourceAnnotationOrder(null);
    }
  }

  /**
   * The simple names of the annotations written on {@code method}, in source order, as written
   * ({@code LSTMCell} for {@code @dev.shapecheck.layers.LSTMCell} too); null when the source is not
   * at hand (another compiler, or a method read from a class file). Looking a method's tree up
   * scans its file, so callers ask only when the mirrors leave the order open.
   */
  List<String> names(ExecutableElement method) {
    if (trees == null) {
      return null;
    }
    Tree tree = trees.getTree(method);
    if (!(tree instanceof MethodTree)) {
      return null;
    }
    List<String> names = new ArrayList<>();
    for (AnnotationTree annotation : ((MethodTree) tree).getModifiers().getAnnotations()) {
      String written = annotation.getAnnotationType().toString();
      names.add(written.substring(written.lastIndexOf('.') + 1));
    }
    return names;
  }
}
