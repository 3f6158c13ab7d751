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
  private final String names;
  private final String inputDtype;

  private GraphConfig(
      String name,
      List<NodeConfig> nodes,
      List<String> outputs,
      String dtype,
      Kind kind,
      DesignConstraints constraints,
      String names) {
    this(name, nodes, outputs, dtype, kind, constraints, names, "FLOAT");
  }

  private GraphConfig(
      String name,
      List<NodeConfig> nodes,
      List<String> outputs,
      String dtype,
      Kind kind,
      DesignConstraints constraints,
      String names,
      String inputDtype) {
    this.inputDtype = Objects.requireNonNull(inputDtype, "inputDtype");
    this.name = Objects.requireNonNull(name, "name");
    this.nodes = List.copyOf(nodes);
    this.outputs = List.copyOf(outputs);
    this.dtype = Objects.requireNonNull(dtype, "dtype");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.constraints = Objects.requireNonNull(constraints, "constraints");
    this.names = Objects.requireNonNull(names, "names");
  }

  /** A functional model whose weights are of {@code dtype}, a DType constant name. */
  public static GraphConfig model(
      String name, List<NodeConfig> nodes, List<String> outputs, String dtype) {
    return new GraphConfig(
        name,
        nodes,
        outputs,
        dtype,
        Kind.FUNCTIONAL,
        DesignConstraints.UNCONSTRAINED,
        NameTemplate.DEFAULT);
  }

  /**
   * A reusable block: its inputs take the shapes that arrive where it is applied; each use names
   * its layers {@code <use>_<layer>} ({@code @Block}'s default {@code names}).
   */
  public static GraphConfig block(String name, List<NodeConfig> nodes, List<String> outputs) {
    return block(name, nodes, outputs, NameTemplate.DEFAULT);
  }

  /**
   * A reusable block whose uses name its layers by the template {@code names}
   * ({@code @Block(names)}: text and the placeholders {@code {use}}, {@code {layer}}, {@code
   * {index}}, {@code {auto}}); the engine reports a template that is invalid.
   */
  public static GraphConfig block(
      String name, List<NodeConfig> nodes, List<String> outputs, String names) {
    return new GraphConfig(
        name, nodes, outputs, "FLOAT32", Kind.BLOCK, DesignConstraints.UNCONSTRAINED, names);
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
        model.name(),
        nodes,
        List.of(),
        model.dtype(),
        Kind.SEQUENTIAL,
        model.constraints(),
        NameTemplate.DEFAULT,
        model.inputDtype());
  }

  /**
   * This sequential model called on {@code arriving}, as a model nested in another is ({@link
   * LayerConfig#nested}): its input replaced by that shape and batch size.
   */
  GraphConfig arriving(dev.shapecheck.Shape arriving) {
    List<NodeConfig> called = new ArrayList<>(nodes);
    called.set(0, NodeConfig.input(SEQUENTIAL_INPUT, arriving.dims(), arriving.batchSize()));
    return new GraphConfig(name, called, outputs, dtype, kind, constraints, names, inputDtype);
  }

  /**
   * Whether this is a sequential model declared without an input: Keras's {@code Sequential}
   * without an {@code Input}, which takes the shape of whatever it is first called on.
   */
  public boolean takesWhatArrives() {
    return kind == Kind.SEQUENTIAL && nodes.get(0).shape().length == 0;
  }

  /** This model with design constraints to check once its shapes are known. */
  public GraphConfig withConstraints(DesignConstraints constraints) {
    return new GraphConfig(name, nodes, outputs, dtype, kind, constraints, names, inputDtype);
  }

  /**
   * A sequential model's input dtype, an {@link dev.shapecheck.InputDType} constant name ({@code
   * "FLOAT"}: numbers of the model's dtype); {@code "FLOAT"} for functional models and blocks.
   */
  public String inputDtype() {
    return inputDtype;
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

  /**
   * How each use of this graph as a block names its members that have no name template of their own
   * ({@link NodeConfig#nameTemplate()}): {@code @Block(names)}, {@code "{use}_{layer}"} unless set
   * (also for a functional model applied as a block).
   */
  public String names() {
    return names;
  }
}
