package dev.shapecheck.processor;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;

/**
 * One layer method as read from source, kept beside the engine's view of it so that a problem
 * found later can still be placed on this method's annotation and attribute.
 */
final class LayerDeclaration {
  final ExecutableElement method;
  final AnnotationMirror annotation;

  LayerDeclaration(ExecutableElement method, AnnotationMirror annotation) {
    this.method = method;
    this.annotation = annotation;
  }
}
