package dev.shapecheck.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A model or a reusable block as declared: its members (inputs, layers, block uses) in declaration
 * order and the names of its outputs (empty: every member no other member consumes). A functional
 * model's or a block's {@link Problem#layerIndex()} counts its members; a sequential model's counts
 * its layers, as declared. Nothing is validated here; {@link ShapeEngine#check(GraphConfig)} does
 * that.
 *
 * <p>A {@code @Sequential} model is a graph too, as in Keras: {@link #sequential(ModelConfig)}
 * lowers it to a chain, one input and one layer per declared layer, each consuming the one before.
 * The {@link Kind} tells the engine where Keras treats the two differently: what the summary lists,
 * how messages count and describe layers, which design constraints apply.
 */
public final class GraphConfig {
  /** What a graph is: which of Keras's model classes, or a block that models apply. */
  public enum Kind {
    /** A {@code @Sequential} model lowered to a chain ({@link #sequential(ModelConfig)}). */
    SEQUENTIAL,
    /** A {@code @Functional} model. */
    FUNCTIONAL,
    /** A {@code @Block}: its inputs take the shapes that arrive where it is applied. */
    BLOCK
  }

  /**
   * The name of a sequential chain's input. A sequential model's input is an attribute of the
   * model, not a member: no layer refers to it by name, and this one cannot be a method's.
   */
  static final String SEQUENTIAL_INPUT = "(input)";

  private final String name;
  private final List<NodeConfig> nodes;
  private final List<String> outputs;
  private final String dtype;
  private final Kind kind;
  private final DesignConstraints constraints;

  private GraphConfig(
      String name,
      List<NodeConfig> nodes,
      List<String> outputs,
      String dtype,
      Kind kind,
      DesignConstraints constraints) {
    this.name = Objects.requireNonNull(name, "name");
    this.nodes = List.copyOf(nodes);
    this.outputs = List.copyOf(outputs);
    this.dtype = Objects.requireNonNull(dtype, "dtype");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.constraints = Objects.requireNonNull(constraints, "constraints");
  }

  /** A functional model whose weights are of {@code dtype}, a DType constant name. */
  public static GraphConfig model(
      String name, List<NodeConfig> nodes, List<String> outputs, String dtype) {
    return new GraphConfig(
        name, nodes, outputs, dtype, Kind.FUNCTIONAL, DesignConstraints.UNCONSTRAINED);
  }

  /** A reusable block: its inputs take the shapes that arrive where it is applied. */
  public static GraphConfig block(String name, List<NodeConfig> nodes, List<String> outputs) {
    return new GraphConfig(
        name, nodes, outputs, "FLOAT32", Kind.BLOCK, DesignConstraints.UNCONSTRAINED);
  }

  /**
   * A sequential model as the chain Keras makes of it: its input ({@code input}, {@code
   * batchSize}), then each layer consuming the one before, the last being the output; with the
   * model's name, dtype and design constraints.
   */
  public static GraphConfig sequential(ModelConfig model) {
    List<NodeConfig> nodes = new ArrayList<>();
    nodes.add(NodeConfig.input(SEQUENTIAL_INPUT, model.input(), model.batchSize()));
    String previous = SEQUENTIAL_INPUT;
    for (LayerConfig layer : model.layers()) {
      nodes.add(NodeConfig.layer(layer, List.of(previous)));
      previous = layer.name();
    }
    return new GraphConfig(
        model.name(), nodes, List.of(), model.dtype(), Kind.SEQUENTIAL, model.constraints());
  }

  /** This model with design constraints to check once its shapes are known. */
  public GraphConfig withConstraints(DesignConstraints constraints) {
    return new GraphConfig(name, nodes, outputs, dtype, kind, constraints);
  }

  public String name() {
    return name;
  }

  /** Inputs, layers and block uses in declaration order. */
  public List<NodeConfig> nodes() {
    return nodes;
  }

  /** The declared outputs by name; empty when they are to be inferred. */
  public List<String> outputs() {
    return outputs;
  }

  public String dtype() {
    return dtype;
  }

  /** A sequential chain, a functional model, or a block. */
  public Kind kind() {
    return kind;
  }

  public DesignConstraints constraints() {
    return constraints;
  }
}
