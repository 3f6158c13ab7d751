package dev.shapecheck.engine;

import dev.shapecheck.Layer;
import dev.shapecheck.ModelSummary;
import dev.shapecheck.Shape;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The model as {@link Rule}s see it: its declaration (a {@link GraphConfig}, whose kind tells a
 * sequential chain from a functional model), its design constraints, the layer configurations that
 * the rows of a phase stand for and, once the shapes are known, the summary whose rows they
 * parallel. {@link Rules} says which context each phase is given; what a rule reads must be in the
 * context its phase builds.
 */
final class RuleContext {
  private final GraphConfig graph;
  private final List<LayerConfig> configs;
  private final boolean expanded;
  private final ModelSummary summary;
  private final Map<String, Integer> rowOf = new HashMap<>();

  private RuleContext(
      GraphConfig graph, List<LayerConfig> configs, boolean expanded, ModelSummary summary) {
    this.graph = graph;
    this.configs = Collections.unmodifiableList(new ArrayList<>(configs));
    this.expanded = expanded;
    this.summary = summary;
    if (summary != null) {
      List<Layer> layers = summary.layers();
      for (int i = 0; i < layers.size(); i++) {
        rowOf.put(layers.get(i).name(), i);
      }
    }
  }

  /**
   * A model as declared, before any block is expanded or shape known. Its rows are a sequential
   * model's layers, counted as declared; a functional model's layers become rows only as its blocks
   * expand ({@link #expanded}), so here it has none.
   */
  static RuleContext declared(GraphConfig graph) {
    List<LayerConfig> layers = new ArrayList<>();
    if (graph.kind() == GraphConfig.Kind.SEQUENTIAL) {
      for (NodeConfig node : graph.nodes().subList(1, graph.nodes().size())) {
        layers.add(node.layer());
      }
    }
    return new RuleContext(graph, layers, false, null);
  }

  /**
   * A model whose blocks are expanded, before any shape is known; {@code rows} are the expanded
   * rows' layer configurations (null for a row that is no layer).
   */
  static RuleContext expanded(GraphConfig graph, List<LayerConfig> rows) {
    return new RuleContext(graph, rows, true, null);
  }

  /**
   * A model whose every shape is known; {@code configs} parallels the summary's rows (null for the
   * InputLayer rows of a functional model).
   */
  static RuleContext checked(GraphConfig graph, List<LayerConfig> configs, ModelSummary summary) {
    return new RuleContext(graph, configs, true, summary);
  }

  /** The declaration. */
  GraphConfig graph() {
    return graph;
  }

  /** Whether the model is a {@code @Sequential} one, lowered to a chain. */
  boolean isSequential() {
    return graph.kind() == GraphConfig.Kind.SEQUENTIAL;
  }

  /** Whether the rows are those of the expanded model rather than the layers as declared. */
  boolean isExpanded() {
    return expanded;
  }

  /** A sequential model's {@code input}: the dimensions of one sample. */
  int[] sequentialInput() {
    return graph.nodes().get(0).shape();
  }

  DesignConstraints constraints() {
    return graph.constraints();
  }

  /** The layer configurations, one per row (null for a row that is no layer). */
  List<LayerConfig> configs() {
    return configs;
  }

  LayerConfig config(int index) {
    return configs.get(index);
  }

  /** The summary, or null before the shapes are known. */
  ModelSummary summary() {
    return summary;
  }

  List<Layer> layers() {
    return summary.layers();
  }

  Layer layer(int index) {
    return summary.layers().get(index);
  }

  boolean isFunctional() {
    return summary.isFunctional();
  }

  /** The row of the layer named {@code name}. */
  int row(String name) {
    return rowOf.get(name);
  }

  /**
   * The row that feeds row {@code index}: the previous one in a sequential model, the one inbound
   * row in a functional model; -1 when there is none (the model input, or several inbound rows).
   */
  int predecessor(int index) {
    if (!isFunctional()) {
      return index - 1;
    }
    List<String> inbound = layer(index).inbound();
    return inbound.size() == 1 ? rowOf.getOrDefault(inbound.get(0), -1) : -1;
  }

  /** Whether {@code index} is a row with a layer configuration (not -1, not an InputLayer). */
  boolean isLayer(int index) {
    return index >= 0 && configs.get(index) != null;
  }

  /** Where row {@code index}'s (first) input comes from. */
  InputDescription input(int index) {
    Shape input = layer(index).inputShape();
    if (isFunctional()) {
      return InputDescription.outputOf(layer(index).inbound().get(0), input);
    }
    return index == 0
        ? InputDescription.modelInput(input)
        : InputDescription.outputOf(layer(index - 1).name(), input);
  }
}
