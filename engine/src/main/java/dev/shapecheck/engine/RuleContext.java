package dev.shapecheck.engine;

import dev.shapecheck.Layer;
import dev.shapecheck.ModelSummary;
import dev.shapecheck.Shape;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The model as {@link Rule}s see it: its declaration (a sequential {@link ModelConfig} or a
 * functional {@link GraphConfig}, each when the caller has it), the design constraints, and, once
 * the shapes are known, the summary with the layer configurations that parallel its rows (null
 * for the InputLayer rows of a functional model). Each entry point builds the context it can;
 * what a rule reads must be in the context its phase builds.
 */
final class RuleContext {
  private final ModelConfig model;
  private final GraphConfig graph;
  private final DesignConstraints constraints;
  private final List<LayerConfig> configs;
  private final ModelSummary summary;
  private final Map<String, Integer> rowOf = new HashMap<>();

  private RuleContext(
      ModelConfig model,
      GraphConfig graph,
      DesignConstraints constraints,
      List<LayerConfig> configs,
      ModelSummary summary) {
    this.model = model;
    this.graph = graph;
    this.constraints = constraints;
    this.configs = configs;
    this.summary = summary;
    if (summary != null) {
      List<Layer> layers = summary.layers();
      for (int i = 0; i < layers.size(); i++) {
        rowOf.put(layers.get(i).name(), i);
      }
    }
  }

  /** A sequential model as declared, before any shape is known. */
  static RuleContext declared(ModelConfig model) {
    return new RuleContext(model, null, model.constraints(), model.layers(), null);
  }

  /** Only the design constraints, before any shape is known. */
  static RuleContext declared(DesignConstraints constraints) {
    return new RuleContext(null, null, constraints, List.of(), null);
  }

  /** A functional model as declared: its members and outputs. */
  static RuleContext declared(GraphConfig graph) {
    return new RuleContext(null, graph, graph.constraints(), List.of(), null);
  }

  /** A sequential model whose every shape is known. */
  static RuleContext checked(ModelConfig model, ModelSummary summary) {
    return new RuleContext(model, null, model.constraints(), model.layers(), summary);
  }

  /**
   * A model whose every shape is known, without its declaration; {@code configs} parallels the
   * summary's rows (null for the InputLayer rows of a functional model).
   */
  static RuleContext checked(
      DesignConstraints constraints, List<LayerConfig> configs, ModelSummary summary) {
    return new RuleContext(null, null, constraints, configs, summary);
  }

  /** Like {@link #checked(DesignConstraints, List, ModelSummary)}, without the constraints. */
  static RuleContext checked(List<LayerConfig> configs, ModelSummary summary) {
    return new RuleContext(null, null, null, configs, summary);
  }

  /** The sequential declaration, or null. */
  ModelConfig model() {
    return model;
  }

  /** The functional declaration, or null. */
  GraphConfig graph() {
    return graph;
  }

  DesignConstraints constraints() {
    return constraints;
  }

  /** The layer configurations, one per row (null for an InputLayer row). */
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
