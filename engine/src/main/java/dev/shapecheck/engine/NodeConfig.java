package dev.shapecheck.engine;

import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One member of a {@link GraphConfig}, as declared: an input, a layer with the names of its inbound
 * members, or a use of a block (applied {@code times} times in a chain whose uses are numbered from
 * {@code from}, with per-use argument overrides).
 */
public final class NodeConfig {
  /** What a member is. */
  public enum Kind {
    INPUT,
    LAYER,
    BLOCK
  }

  private final Kind kind;
  private final String name;
  private final int[] shape; // INPUT: the declared shape, empty in a block = whatever arrives
  private final int batchSize; // INPUT
  private final LayerConfig layer; // LAYER
  private final GraphConfig block; // BLOCK
  private final int times; // BLOCK
  private final int from; // BLOCK: the number of a chain's first use
  private final List<ArgumentOverride> overrides; // BLOCK
  private final List<String> inbound; // LAYER, BLOCK
  private final String nameTemplate; // null: the graph's names (in a model: the member's name)
  private final List<Integer> inboundOutputs; // LAYER, BLOCK: which output of each inbound
  private final String dtype; // INPUT: an InputDType constant name, "FLOAT" unless declared

  private NodeConfig(
      Kind kind,
      String name,
      int[] shape,
      int batchSize,
      LayerConfig layer,
      GraphConfig block,
      int times,
      int from,
      List<ArgumentOverride> overrides,
      List<String> inbound,
      String nameTemplate) {
    this(
        kind,
        name,
        shape,
        batchSize,
        layer,
        block,
        times,
        from,
        overrides,
        inbound,
        nameTemplate,
        Collections.nCopies(inbound.size(), 0),
        "FLOAT");
  }

  private NodeConfig(
      Kind kind,
      String name,
      int[] shape,
      int batchSize,
      LayerConfig layer,
      GraphConfig block,
      int times,
      int from,
      List<ArgumentOverride> overrides,
      List<String> inbound,
      String nameTemplate,
      List<Integer> inboundOutputs,
      String dtype) {
    this.kind = kind;
    this.dtype = Objects.requireNonNull(dtype, "dtype");
    this.name = Objects.requireNonNull(name, "name");
    this.shape = shape.clone();
    this.batchSize = batchSize;
    this.layer = layer;
    this.block = block;
    this.times = times;
    this.from = from;
    this.overrides = List.copyOf(overrides);
    this.inbound = List.copyOf(inbound);
    this.nameTemplate = nameTemplate;
    this.inboundOutputs = List.copyOf(inboundOutputs);
    if (this.inboundOutputs.size() != this.inbound.size()) {
      throw new IllegalArgumentException("one output index per inbound member");
    }
  }

  /** An input of one sample's {@code shape} (empty in a block: the shape that arrives). */
  public static NodeConfig input(String name, int[] shape, int batchSize) {
    return new NodeConfig(
        Kind.INPUT, name, shape, batchSize, null, null, 0, 1, List.of(), List.of(), null);
  }

  /** A layer consuming the members named {@code inbound}, in order. */
  public static NodeConfig layer(LayerConfig layer, List<String> inbound) {
    return new NodeConfig(
        Kind.LAYER, layer.name(), new int[0], -1, layer, null, 0, 1, List.of(), inbound, null);
  }

  /**
   * A use of {@code block} named {@code name}, fed by {@code inbound}, one per block input; with
   * {@code times > 1} a chain whose uses are numbered from 1 ({@code name1}, {@code name2}, ...).
   */
  public static NodeConfig block(
      String name,
      GraphConfig block,
      List<String> inbound,
      int times,
      List<ArgumentOverride> overrides) {
    return block(name, block, inbound, times, 1, overrides);
  }

  /**
   * As {@link #block(String, GraphConfig, List, int, List)}, with the chain's uses numbered from
   * {@code from}: {@code @Apply(from = 2, times = 3)} on {@code conv3_block} gives {@code
   * conv3_block2} to {@code conv3_block4}. A single use ({@code times = 1}) is named after the
   * method, so it takes only {@code from = 1}; the engine reports anything else.
   */
  public static NodeConfig block(
      String name,
      GraphConfig block,
      List<String> inbound,
      int times,
      int from,
      List<ArgumentOverride> overrides) {
    return new NodeConfig(
        Kind.BLOCK, name, new int[0], -1, null, block, times, from, overrides, inbound, null);
  }

  /**
   * This member with its own Keras name template ({@code @Name}): text and the placeholders of
   * {@link GraphConfig#names()}, e.g. {@code "{auto}"} for the name Keras gives an unnamed layer.
   * Its {@link #name()}, which inbound lists refer to, stays the same.
   */
  public NodeConfig named(String template) {
    return new NodeConfig(
        kind,
        name,
        shape,
        batchSize,
        layer,
        block,
        times,
        from,
        overrides,
        inbound,
        Objects.requireNonNull(template, "template"),
        inboundOutputs,
        dtype);
  }

  /**
   * This member consuming, of each inbound member, the output at the same position of {@code
   * outputs} ({@code @From(output = k)}; 0, the default, is a layer's one output or its first). An
   * index past the producer's outputs is reported by the engine ({@link ErrorKind#NO_SUCH_OUTPUT}).
   */
  public NodeConfig withInboundOutputs(List<Integer> outputs) {
    return new NodeConfig(
        kind,
        name,
        shape,
        batchSize,
        layer,
        block,
        times,
        from,
        overrides,
        inbound,
        nameTemplate,
        outputs,
        dtype);
  }

  /**
   * This input holding {@code dtype}, an {@link dev.shapecheck.InputDType} constant name ({@code
   * "STRING"}, {@code "INT32"}, ...; {@code "FLOAT"}, the default, is the model's dtype): Keras's
   * {@code keras.Input(dtype=...)}. In a block, the dtype the arriving tensor must have.
   */
  public NodeConfig withDtype(String dtype) {
    return new NodeConfig(
        kind,
        name,
        shape,
        batchSize,
        layer,
        block,
        times,
        from,
        overrides,
        inbound,
        nameTemplate,
        inboundOutputs,
        dtype);
  }

  /** An input's dtype, an {@link dev.shapecheck.InputDType} constant name; "FLOAT" unless set. */
  public String dtype() {
    return dtype;
  }

  /** Which output of each of {@link #inbound()} this member consumes, 0 unless bound otherwise. */
  public List<Integer> inboundOutputs() {
    return inboundOutputs;
  }

  /** The member's own name template ({@link #named}), or null: named by its graph. */
  public String nameTemplate() {
    return nameTemplate;
  }

  public Kind kind() {
    return kind;
  }

  public String name() {
    return name;
  }

  public int[] shape() {
    return shape.clone();
  }

  public int batchSize() {
    return batchSize;
  }

  public LayerConfig layer() {
    return layer;
  }

  public GraphConfig block() {
    return block;
  }

  public int times() {
    return times;
  }

  /** The number of a chain's first use ({@code @Apply(from)}); 1 unless set. */
  public int from() {
    return from;
  }

  /**
   * The name of this block member's {@code k}-th use (k = 1 .. times): the member's own name for a
   * single use, else the member's name and the use's number {@code from + k - 1} ({@code
   * conv2_block} -> {@code conv2_block2}), with a {@code _} between a name ending in a digit and
   * the number ({@code stage2} -> {@code stage2_1}) so that the two stay readable apart. The one
   * rule for the engine's rows and the processor's generated methods.
   */
  public String useName(int k) {
    if (times <= 1) { // a single use (or an invalid count, reported by the engine)
      return name;
    }
    return numbered(name, (long) from + k - 1);
  }

  /** {@code conv2_block} + 2 -> {@code conv2_block2}; {@code stage2} + 1 -> {@code stage2_1}. */
  static String numbered(String name, long number) {
    boolean digit = !name.isEmpty() && Character.isDigit(name.charAt(name.length() - 1));
    return name + (digit ? "_" : "") + number;
  }

  public List<ArgumentOverride> overrides() {
    return overrides;
  }

  public List<String> inbound() {
    return inbound;
  }
}
