package dev.shapecheck.processor;

import dev.shapecheck.engine.GraphConfig;
import dev.shapecheck.engine.NodeConfig;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * A {@code @Functional} or {@code @Block} interface as read: the engine's {@link #config} and,
 * index for index with its nodes, the methods to report problems on. {@link #applied} holds the
 * declaration each {@code @Apply} member uses, so that {@code set} paths can be followed into
 * nested blocks and the generated class can name the row an {@code @Apply} method returns.
 *
 * <p>{@link #complete} is false when this declaration, or a block it applies, has a problem the
 * reader reported: shapes are then not trusted, as for an incomplete sequential model.
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

  GraphDeclaration(
      TypeElement type,
      AnnotationMirror annotation,
      GraphConfig config,
      List<LayerDeclaration> members,
      Map<String, GraphDeclaration> applied,
      boolean complete,
      boolean parameterNamesMissing) {
    this.type = type;
    this.annotation = annotation;
    this.config = config;
    this.members = List.copyOf(members);
    this.applied = Map.copyOf(applied);
    this.complete = complete;
    this.parameterNamesMissing = parameterNamesMissing;
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

  /**
   * The name of the summary row that member {@code name} stands for: its own for an input or a
   * layer, the output row of the last use for an {@code @Apply} member ({@code
   * conv2_block3/out}), following nested uses.
   */
  String outputRow(String name) {
    NodeConfig node = node(name);
    GraphDeclaration block = applied.get(name);
    if (node == null || node.kind() != NodeConfig.Kind.BLOCK || block == null) {
      return name;
    }
    String use = node.useName(node.times());
    String inner = block.firstOutput();
    return inner == null ? use : use + "/" + block.outputRow(inner);
  }

  /** The first declared output, or the first member no other member consumes; null if none. */
  String firstOutput() {
    if (!config.outputs().isEmpty()) {
      return config.outputs().get(0);
    }
    Set<String> consumed = new HashSet<>();
    for (NodeConfig node : config.nodes()) {
      consumed.addAll(node.inbound());
    }
    for (NodeConfig node : config.nodes()) {
      if (node.kind() != NodeConfig.Kind.INPUT && !consumed.contains(node.name())) {
        return node.name();
      }
    }
    return null;
  }
}
