package dev.shapecheck.engine;

import java.util.List;
import java.util.Map;

/**
 * One row of a functional model after its block uses are expanded: an input, a layer, or an alias —
 * a block's input, which stands for the row that feeds it in one use and is not shown in the
 * summary. Every row remembers the top-level member it came from, which is where its problems are
 * reported, since that is the method a user can click on.
 */
final class GraphRow {
  enum Kind {
    INPUT,
    ALIAS,
    LAYER
  }

  final Kind kind;

  /**
   * The expanded name: the layer's Keras name ({@code conv2_block1_1_conv}); an alias's is internal
   * ({@code conv2_block1/x}), as no Keras layer has a {@code /}.
   */
  final String name;

  /** ALIAS: how messages call it ({@code x (input of conv2_block1)}); null otherwise. */
  private final String aliasLabel;

  /** Index of the top-level member (in {@link GraphConfig#nodes()}) this row belongs to. */
  final int member;

  /** LAYER: renamed to {@link #name}, overrides applied; null otherwise. */
  final LayerConfig config;

  /** LAYER: the configuration as declared (shared by every use of its block), to de-duplicate. */
  final LayerConfig origin;

  /** INPUT: the declared dims; ALIAS: the dims the block requires (null: whatever arrives). */
  final int[] shape;

  final int batchSize;

  /**
   * The tensors this row consumes, in order (alias rows included): a row's name for its output 0,
   * {@code name#k} for its output {@code k} ({@link #tensor}); no row name has a {@code #}, which
   * is no character of a Keras-legal name, and an alias name none either.
   */
  final List<String> inbound;

  /** Its connections were wrong (already reported): it has no shape. */
  final boolean broken;

  /**
   * The attributes set by the top-level {@code @Apply(set = ...)}, each with the index of its
   * {@code set} entry (problems go on that entry).
   */
  final Map<String, Integer> overridden;

  /** The innermost block this row was declared in, or null at the top level. */
  final String block;

  /**
   * INPUT: its dtype, an {@link dev.shapecheck.InputDType} constant name; ALIAS: the dtype the
   * block requires ("FLOAT": whatever arrives); null for a layer.
   */
  final String dtype;

  private GraphRow(
      Kind kind,
      String name,
      int member,
      LayerConfig config,
      LayerConfig origin,
      int[] shape,
      int batchSize,
      List<String> inbound,
      boolean broken,
      Map<String, Integer> overridden,
      String block,
      String aliasLabel,
      String dtype) {
    this.kind = kind;
    this.dtype = dtype;
    this.name = name;
    this.aliasLabel = aliasLabel;
    this.member = member;
    this.config = config;
    this.origin = origin;
    this.shape = shape;
    this.batchSize = batchSize;
    this.inbound = List.copyOf(inbound);
    this.broken = broken;
    this.overridden = Map.copyOf(overridden);
    this.block = block;
  }

  static GraphRow input(
      String name, int member, int[] shape, int batchSize, String dtype, boolean broken) {
    return new GraphRow(
        Kind.INPUT,
        name,
        member,
        null,
        null,
        shape,
        batchSize,
        List.of(),
        broken,
        Map.of(),
        null,
        null,
        dtype);
  }

  static GraphRow alias(
      String name,
      String label,
      int member,
      String source,
      int[] required,
      String dtype,
      String block) {
    return new GraphRow(
        Kind.ALIAS,
        name,
        member,
        null,
        null,
        required,
        -1,
        List.of(source),
        false,
        Map.of(),
        block,
        label,
        dtype);
  }

  static GraphRow layer(
      LayerConfig config,
      LayerConfig origin,
      int member,
      List<String> inbound,
      boolean broken,
      Map<String, Integer> overridden,
      String block) {
    return new GraphRow(
        Kind.LAYER,
        config.name(),
        member,
        config,
        origin,
        null,
        -1,
        inbound,
        broken,
        overridden,
        block,
        null,
        null);
  }

  /** Output {@code k} of row {@code row}: its name for output 0, else {@code row#k}; null: null. */
  static String tensor(String row, int k) {
    return row == null || k == 0 ? row : row + "#" + k;
  }

  /** The row of a {@link #tensor} reference. */
  static String rowOf(String tensor) {
    int hash = tensor.lastIndexOf('#');
    return hash < 0 ? tensor : tensor.substring(0, hash);
  }

  /** The output index of a {@link #tensor} reference. */
  static int outputOf(String tensor) {
    int hash = tensor.lastIndexOf('#');
    return hash < 0 ? 0 : Integer.parseInt(tensor.substring(hash + 1));
  }

  /** "conv2_block1_1_conv (Conv2D)", as headlines start. */
  String label() {
    switch (kind) {
      case LAYER:
        return config.label();
      case ALIAS:
        return aliasLabel;
      default:
        return name + " (InputLayer)";
    }
  }
}
