package dev.shapecheck.engine;

import java.util.List;
import java.util.Objects;

/**
 * One member of a {@link GraphConfig}, as declared: an input, a layer with the names of its
 * inbound members, or a use of a block (applied {@code times} times in a chain, with per-use
 * argument overrides).
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
  private final List<ArgumentOverride> overrides; // BLOCK
  private final List<String> inbound; // LAYER, BLOCK

  private NodeConfig(
      Kind kind,
      String name,
      int[] shape,
      int batchSize,
      LayerConfig layer,
      GraphConfig block,
      int times,
      List<ArgumentOverride> overrides,
      List<String> inbound) {
    this.kind = kind;
    this.name = Objects.requireNonNull(name, "name");
    this.shape = shape.clone();
    this.batchSize = batchSize;
    this.layer = layer;
    this.block = block;
    this.times = times;
    this.overrides = List.copyOf(overrides);
    this.inbound = List.copyOf(inbound);
  }

  /** An input of one sample's {@code shape} (empty in a block: the shape that arrives). */
  public static NodeConfig input(String name, int[] shape, int batchSize) {
    return new NodeConfig(Kind.INPUT, name, shape, batchSize, null, null, 0, List.of(), List.of());
  }

  /** A layer consuming the members named {@code inbound}, in order. */
  public static NodeConfig layer(LayerConfig layer, List<String> inbound) {
    return new NodeConfig(
        Kind.LAYER, layer.name(), new int[0], -1, layer, null, 0, List.of(), inbound);
  }

  /** A use of {@code block} named {@code name}, fed by {@code inbound}, one per block input. */
  public static NodeConfig block(
      String name,
      GraphConfig block,
      List<String> inbound,
      int times,
      List<ArgumentOverride> overrides) {
    return new NodeConfig(
        Kind.BLOCK, name, new int[0], -1, null, block, times, overrides, inbound);
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

  public List<ArgumentOverride> overrides() {
    return overrides;
  }

  public List<String> inbound() {
    return inbound;
  }
}
