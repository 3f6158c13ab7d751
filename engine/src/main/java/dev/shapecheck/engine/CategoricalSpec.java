package dev.shapecheck.engine;

import dev.shapecheck.OutputMode;
import dev.shapecheck.Shape;
import java.util.Arrays;

/**
 * Keras's categorical preprocessing layers on numbers, {@code CategoryEncoding}, {@code Hashing}
 * and {@code Discretization}: no weights, and an output shape set by {@code output_mode} and the
 * number of tokens or bins, as each layer's {@code compute_output_shape} gives it (Keras 3.15.1):
 *
 * <ul>
 *   <li>{@code INT}: the input's shape;
 *   <li>{@code ONE_HOT}: the input's shape with the depth appended, or replacing a last axis of 1
 *       (Hashing: always replacing the last axis);
 *   <li>{@code MULTI_HOT}, {@code COUNT}: CategoryEncoding and Hashing replace the last axis with
 *       the depth; Discretization drops the first axis after the batch and appends the depth.
 * </ul>
 */
final class CategoricalSpec implements LayerSpec {
  private final String type;
  private final OutputMode mode;
  private final int depth;

  private CategoricalSpec(String type, OutputMode mode, int depth) {
    this.type = type;
    this.mode = mode;
    this.depth = depth;
  }

  static CategoricalSpec categoryEncoding(Arguments args) {
    int tokens = args.positiveInt("numTokens");
    OutputMode mode = args.enumValue("outputMode", OutputMode.class, OutputMode.MULTI_HOT);
    if (mode == OutputMode.INT || mode == OutputMode.TF_IDF) {
      args.report(
          ErrorKind.INVALID_ARGUMENT,
          "outputMode",
          "outputMode = OutputMode."
              + mode
              + ", but Keras's CategoryEncoding takes only ONE_HOT,"
              + " MULTI_HOT and COUNT",
          "use OutputMode.MULTI_HOT (the default), ONE_HOT or COUNT");
      mode = OutputMode.MULTI_HOT;
    }
    return new CategoricalSpec("CategoryEncoding", mode, tokens);
  }

  static CategoricalSpec hashing(Arguments args) {
    int bins = args.positiveInt("numBins");
    double[] mask = args.doubleArray("maskValue");
    if (mask.length > 1) {
      args.report(
          ErrorKind.INVALID_ARGUMENT,
          "maskValue",
          "maskValue has " + mask.length + " values, but Keras's Hashing masks one value",
          "give one value, e.g. maskValue = 0, or leave it out (None)");
    }
    int[] salt = args.intArray("salt");
    if (salt.length > 2) {
      args.report(
          ErrorKind.INVALID_ARGUMENT,
          "salt",
          "salt = "
              + Arguments.format(salt)
              + ", but Keras's Hashing takes one integer or a pair of integers",
          "e.g. salt = 7 or {7, 9}, or leave it out (None)");
    }
    OutputMode mode = args.enumValue("outputMode", OutputMode.class, OutputMode.INT);
    if (mode == OutputMode.TF_IDF) {
      args.report(
          ErrorKind.INVALID_ARGUMENT,
          "outputMode",
          "outputMode = OutputMode.TF_IDF, but Keras's Hashing takes only INT, ONE_HOT, MULTI_HOT"
              + " and COUNT",
          "use OutputMode.INT (the default), ONE_HOT, MULTI_HOT or COUNT");
    }
    return new CategoricalSpec("Hashing", mode, bins);
  }

  static CategoricalSpec discretization(Arguments args) {
    double[] boundaries = args.doubleArray("binBoundaries");
    int bins = args.anyInt("numBins");
    args.finiteDouble("epsilon"); // used by adapt() only: Keras checks nothing of it
    OutputMode mode = args.enumValue("outputMode", OutputMode.class, OutputMode.INT);
    if (mode == OutputMode.TF_IDF) {
      args.report(
          ErrorKind.INVALID_ARGUMENT,
          "outputMode",
          "outputMode = OutputMode.TF_IDF, but Keras's Discretization takes only INT, ONE_HOT,"
              + " MULTI_HOT and COUNT",
          "use OutputMode.INT (the default), ONE_HOT, MULTI_HOT or COUNT");
    }
    if (bins < -1) {
      args.report(
          ErrorKind.INVALID_ARGUMENT,
          "numBins",
          "numBins = " + bins + ", but Keras's Discretization takes 0 or more (-1 is None)",
          "give binBoundaries instead: Keras learns numBins bins only from data, with adapt()");
    } else if (bins >= 0 && boundaries.length > 0) {
      args.report(
          ErrorKind.CONFLICTING_ARGUMENTS,
          "numBins",
          "numBins = " + bins + " together with binBoundaries: Keras takes one of them, not both",
          "keep binBoundaries and leave numBins out");
    } else if (bins >= 0) {
      args.report(
          ErrorKind.INVALID_ARGUMENT,
          "numBins",
          "numBins = "
              + bins
              + " without binBoundaries: Keras builds this Discretization, but it fails when it"
              + " runs until adapt() has learnt the boundaries from data, which ShapeCheck cannot"
              + " see",
          "give the boundaries, e.g. binBoundaries = {0.0, 1.0, 2.0}");
    } else if (boundaries.length == 0) {
      args.report(
          ErrorKind.INVALID_ARGUMENT,
          "binBoundaries",
          "binBoundaries is empty (None) and numBins is -1 (None): Keras's Discretization needs"
              + " one of them",
          "give the boundaries, e.g. binBoundaries = {0.0, 1.0, 2.0}");
    }
    for (int i = 1; i < boundaries.length; i++) {
      if (boundaries[i] < boundaries[i - 1]) {
        args.report(
            ErrorKind.INVALID_ARGUMENT,
            "binBoundaries",
            "binBoundaries = "
                + Arrays.toString(boundaries).replace('[', '{').replace(']', '}')
                + " is not sorted: Keras builds this Discretization, but it fails when it runs"
                + " (\"Expected sorted boundaries\")",
            "list the boundaries in increasing order");
        break;
      }
    }
    return new CategoricalSpec("Discretization", mode, boundaries.length + 1);
  }

  @Override
  public boolean takesStrings() {
    return type.equals("Hashing"); // Keras hashes strings as it hashes numbers
  }

  /**
   * Keras's symbolic output in INT mode: Hashing's dtype defaults to int64, Discretization's
   * output_dtype is int32; the other modes, and CategoryEncoding, give floats.
   */
  @Override
  public String tensorDtype(String input) {
    if (mode != OutputMode.INT) {
      return null;
    }
    switch (type) {
      case "Hashing":
        return "int64";
      case "Discretization":
        return "int32";
      default:
        return null;
    }
  }

  @Override
  public LayerOutput apply(Shape input, InputDescription in) throws ShapeError {
    int[] dims = input.dims();
    if (dims.length == 0) {
      throw new ShapeError(
          ErrorKind.WRONG_RANK,
          null,
          "expects at least 1 dim, but " + in + " has none",
          "an input of rank 1 or more (batch not counted)",
          "give " + type + " a vector of indices or values per sample, e.g. (4)");
    }
    int last = dims[dims.length - 1];
    int[] out;
    switch (mode) {
      case INT -> out = dims.clone();
      case ONE_HOT ->
          out = last == 1 || type.equals("Hashing") ? replaceLast(dims) : append(dims, depth);
      default ->
          out =
              type.equals("Discretization")
                  ? append(Arrays.copyOfRange(dims, 1, dims.length), depth)
                  : replaceLast(dims);
    }
    return new LayerOutput(Shape.withBatch(input.batchSize(), out), 0, 0);
  }

  private int[] replaceLast(int[] dims) {
    int[] out = dims.clone();
    out[out.length - 1] = depth;
    return out;
  }

  private static int[] append(int[] dims, int value) {
    int[] out = Arrays.copyOf(dims, dims.length + 1);
    out[dims.length] = value;
    return out;
  }
}
