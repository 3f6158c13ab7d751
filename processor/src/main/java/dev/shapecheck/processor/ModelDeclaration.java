package dev.shapecheck.processor;

import dev.shapecheck.engine.ModelConfig;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * A {@code @Sequential} interface as read: the engine's input ({@link #config}) and, index for
 * index with its layers, the source elements to report problems on. {@link #complete} is false
 * when some method could not be read as a layer: the reader has reported it, and shapes are then
 * not computed, since they would be computed for a model the user did not write.
 */
final class ModelDeclaration {
  final TypeElement type;
  final AnnotationMirror annotation;
  final ModelConfig config;
  final List<LayerDeclaration> layers;
  final boolean complete;

  ModelDeclaration(
      TypeElement type,
      AnnotationMirror annotation,
      ModelConfig config,
      List<LayerDeclaration> layers,
      boolean complete) {
    this.type = type;
    this.annotation = annotation;
    this.config = config;
    this.layers = List.copyOf(layers);
    this.complete = complete;
  }
}
