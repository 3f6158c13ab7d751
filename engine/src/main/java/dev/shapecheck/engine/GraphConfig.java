package dev.shapecheck.engine;

import java.util.List;
import java.util.Objects;

/**
 * A functional model or a reusable block as declared: its members (inputs, layers, block uses)
 * in declaration order, which is the order {@link Problem#layerIndex()} counts in, and the names
 * of its outputs (empty: every member no other member consumes). Nothing is validated here;
 * {@link ShapeEngine#check(GraphConfig)} does that.
 */
public final class GraphConfig {
  private final String name;
  private final List<NodeConfig> nodes;
  private final List<String> outputs;
  private final String dtype;
  private final boolean block;
  private final DesignConstraints constraints;

  private GraphConfig(
      String name,
      List<NodeConfig> nodes,
      List<String> outputs,
      String dtype,
      boolean block,
      DesignConstraints constraints) {
    this.name = Objects.requireNonNull(name, "name");
    this.nodes = List.copyOf(nodes);
    this.outputs = List.copyOf(outputs);
    this.dtype = Objects.requireNonNull(dtype, "dtype");
    this.block = block;
    this.constraints = Objects.requireNonNull(constraints, "constraints");
  }

  /** A functional model whose weights are of {@code dtype}, a DType constant name. */
  public static GraphConfig model(
      String name, List<NodeConfig> nodes, List<String> outputs, String dtype) {
    return new GraphConfig(name, nodes, outputs, dtype, false, DesignConstraints.UNCONSTRAINED);
  }

  /** A reusable block: its inputs take the shapes that arrive where it is applied. */
  public static GraphConfig block(String name, List<NodeConfig> nodes, List<String> outputs) {
    return new GraphConfig(name, nodes, outputs, "FLOAT32", true, DesignConstraints.UNCONSTRAINED);
  }

  /** This model with design constraints (budgets) to check once its shapes are known. */
  public GraphConfig withConstraints(DesignConstraints constraints) {
    return new GraphConfig(name, nodes, outputs, dtype, block, constraints);
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

  /** Whether this is a {@code @Block} (shapeless inputs) rather than a model. */
  public boolean isBlock() {
    return block;
  }

  public DesignConstraints constraints() {
    return constraints;
  }
}
