package dev.shapecheck.processor;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;

/**
 * One layer method as read from source, kept beside the engine's view of it so that a problem found
 * later can still be placed on this method's annotation and attribute.
 */
final class LayerDeclaration {
  final ExecutableElement method;

  /** The outermost annotation: the wrapper if there is one, else the layer's own. */
  final AnnotationMirror annotation;

  /** Every layer and wrapper annotation on the method, outermost first. */
  final List<AnnotationMirror> annotations;

  LayerDeclaration(ExecutableElement method, List<AnnotationMirror> annotations) {
    this.method = method;
    this.annotations = List.copyOf(annotations);
    this.annotation = annotations.get(0);
  }

  /**
   * The annotation whose simple name is {@code type}, or the outermost one; {@code "LSTMCell#1"}
   * names the second {@code @LSTMCell} of the method (cells stacked beside one {@code @RNN}).
   */
  AnnotationMirror annotation(String type) {
    if (type != null) {
      int hash = type.indexOf('#');
      String simple = hash < 0 ? type : type.substring(0, hash);
      int skip = hash < 0 ? 0 : Integer.parseInt(type.substring(hash + 1));
      for (AnnotationMirror mirror : annotations) {
        if (mirror.getAnnotationType().asElement().getSimpleName().contentEquals(simple)
            && skip-- == 0) {
          return mirror;
        }
      }
    }
    return annotation;
  }
}
