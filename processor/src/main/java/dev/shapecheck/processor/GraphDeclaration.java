package dev.shapecheck.processor;

import dev.shapecheck.engine.GraphConfig;
import dev.shapecheck.engine.ModelCheck;
import dev.shapecheck.engine.NodeConfig;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * A model or block interface as read: the engine's {@link #config} (a {@code @Sequential} model
 * lowered to its chain), what the engine found in it ({@link #check}), and the methods to report
 * problems on, one per {@link dev.shapecheck.engine.Problem#layerIndex()}: a functional model's or
 * a block's members, a sequential model's layers. {@link #applied} holds the declaration each
 * {@code @Apply} member uses, so that {@code set} paths can be followed into nested blocks.
 *
 * <p>{@link #complete} is false when this declaration, or a block it applies, has a problem the
 * reader or the engine reported: shapes are then not trusted, and a model applying it is incomplete
 * too.
 */
final class GraphDeclaration {
  final TypeElement type;
  final AnnotationMirror annotation;
  final GraphConfig config;
  final List<LayerDeclaration> members;
  final Map<String, GraphDeclaration> applied;
  final boolean complete;

  /** Whether the interface came from a class file compiled without {@code -parameters}. */
  final boolean parameterNamesMissing;

  /**
   * What the engine found in this graph on its own (a block, or an incomplete sequential model:
   * connections and arguments).
   */
  final ModelCheck check;

  GraphDeclaration(
      TypeElement type,
      AnnotationMirror annotation,
      GraphConfig config,
      List<LayerDeclaration> members,
      Map<String, GraphDeclaration> applied,
      boolean complete,
      boolean parameterNamesMissing,
      ModelCheck check) {
    this.type = type;
    this.annotation = annotation;
    this.config = config;
    this.members = List.copyOf(members);
    this.applied = Map.copyOf(applied);
    this.complete = complete;
    this.parameterNamesMissing = parameterNamesMissing;
    this.check = check;
  }

  /** This declaration, marked incomplete: its own check found errors. */
  GraphDeclaration incomplete() {
    return new GraphDeclaration(
        type, annotation, config, members, applied, false, parameterNamesMissing, check);
  }

  /** The node named {@code name}, or null. */
  NodeConfig node(String name) {
    for (NodeConfig node : config.nodes()) {
      if (node.name().equals(name)) {
        return node;
      }
    }
    return null;
  }
}
