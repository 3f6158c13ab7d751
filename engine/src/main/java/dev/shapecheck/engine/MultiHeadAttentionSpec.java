package dev.shapecheck.engine;

import dev.shapecheck.Shape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Keras's {@code MultiHeadAttention} (keras/src/layers/attention/multi_head_attention.py). The
 * constructor's rules: positive {@code num_heads} and {@code key_dim}, a positive {@code value_dim}
 * or None, a positive {@code sliding_window} or None. Then, as {@code build} and a run judge:
 *
 * <ul>
 *   <li>the value and the key have equal shapes but for their last dimension ({@code
 *       value_shape[1:-1] != key_shape[1:-1]}: None matches only None);
 *   <li>the query's, the key's and the value's last dimensions are known (they size the {@code
 *       EinsumDense} projections' kernels), and {@code output_shape} has no negative size;
 *   <li>the dropout's rate is in [0, 1] ({@code Dropout}, made in {@code build});
 *   <li>the query has the value's rank, at least 3 with the batch (a run of a rank-2 query fails in
 *       the softmax over no axis; the attention einsums need equal ranks);
 *   <li>{@code attention_axes}, normalized as {@code _build_attention} does ({@code axis + rank}
 *       for a negative one, the rank counting the batch), index the projected rank ({@code
 *       np.delete} in {@code _build_attention_equation}); where a run uses the einsum equations (a
 *       query of rank other than 3, or a dropout), they are distinct, not the feature axis, and
 *       every other axis but the last has equal sizes in the projected query and key. A rank-3
 *       query without dropout runs {@code ops.dot_product_attention}, which ignores them.
 * </ul>
 *
 * <p>The output is {@code compute_output_shape}'s: the query's shape, its last dimension replaced
 * by {@code output_shape} when given. Weights: the query, key, value (and gate) projections and the
 * output projection, each a kernel and, with {@code use_bias}, a bias of its output's size.
 */
final class MultiHeadAttentionSpec extends AttentionSpec {
  private final int numHeads;
  private final int keyDim;
  private final int valueDim;
  private final double dropout;
  private final boolean useBias;
  private final int[] outputShape;
  private final int[] attentionAxes;
  private final boolean useGate;

  private MultiHeadAttentionSpec(
      int numHeads,
      int keyDim,
      int valueDim,
      double dropout,
      boolean useBias,
      int[] outputShape,
      int[] attentionAxes,
      boolean useGate) {
    super("MultiHeadAttention");
    this.numHeads = numHeads;
    this.keyDim = keyDim;
    this.valueDim = valueDim;
    this.dropout = dropout;
    this.useBias = useBias;
    this.outputShape = outputShape;
    this.attentionAxes = attentionAxes;
    this.useGate = useGate;
  }

  static MultiHeadAttentionSpec parse(Arguments args) {
    int numHeads = args.positiveInt("numHeads");
    int keyDim = args.positiveInt("keyDim");
    int valueDim = noneOrPositive(args, "valueDim");
    noneOrPositive(args, "slidingWindow");
    double dropout = args.finiteDouble("dropout");
    boolean useBias = args.bool("useBias");
    int[] outputShape = args.intArray("outputShape");
    int[] attentionAxes = args.intArray("attentionAxes");
    boolean useGate = args.bool("useGate");
    args.anyInt("seed");
    return new MultiHeadAttentionSpec(
        numHeads,
        keyDim,
        valueDim == -1 ? keyDim : valueDim,
        dropout,
        useBias,
        outputShape,
        attentionAxes,
        useGate);
  }

  /** A positive integer or {@code -1}, Keras's None ({@code value_dim}, {@code sliding_window}). */
  static int noneOrPositive(Arguments args, String attribute) {
    int value = args.anyInt(attribute);
    if (value == 0 || value < -1) {
      args.report(
          ErrorKind.INVALID_ARGUMENT,
          attribute,
          attribute + " = " + value + ", but it must be a positive integer or -1 (None)",
          "Keras rejects " + KerasValues.key(attribute) + " <= 0; use 1 or more, or -1 for None");
      return -1;
    }
    return value;
  }

  @Override
  LayerOutput attend(
      Shape query, Shape value, Shape key, boolean keyGiven, List<InputDescription> ins)
      throws ShapeError {
    InputDescription queryIn = describe(ins, 0);
    InputDescription valueIn = describe(ins, 1);
    InputDescription keyIn = describe(ins, 2);
    if (keyGiven
        && !Arrays.equals(
            Arrays.copyOf(value.dims(), value.rank() - 1),
            Arrays.copyOf(key.dims(), key.rank() - 1))) {
      throw new ShapeError(
          ErrorKind.INCOMPATIBLE_INPUTS,
          null,
          "the value "
              + withBatch(value)
              + " and the key "
              + withBatch(key)
              + " differ in more than their last dimension",
          "a value and a key of equal sizes but for the last (Keras's build compares them: None"
              + " matches only None)",
          "give the value and the key the same sequence axes: they are usually two projections"
              + " of one sequence");
    }
    int queryFeatures = knownLast(query, queryIn, "query", "the query projection's kernel");
    int keyFeatures = knownLast(key, keyIn, "key", "the key projection's kernel");
    int valueFeatures = knownLast(value, valueIn, "value", "the value projection's kernel");
    long params =
        projection(queryFeatures, keyDim, "query")
            + projection(keyFeatures, keyDim, "key")
            + projection(valueFeatures, valueDim, "value");
    if (useGate) {
      params =
          Checked.add(
              "MultiHeadAttention gate", params, projection(queryFeatures, valueDim, "gate"));
    }
    int[] out = outputShape.length == 0 ? new int[] {queryFeatures} : outputShape;
    for (int size : out) {
      if (size <= 0) {
        // Keras builds and runs a size of 0 (an empty output), which a ShapeCheck shape cannot
        // hold: rejected, and said so.
        throw new ShapeError(
            ErrorKind.INVALID_ARGUMENT,
            "outputShape",
            "outputShape = "
                + Arguments.format(outputShape)
                + (size < 0
                    ? " has a negative size, of which Keras cannot make a kernel"
                    : " has a size of 0: Keras makes an empty output of it, which ShapeCheck"
                        + " does not model"),
            "positive sizes",
            "give each output dimension a size, e.g. outputShape = {" + queryFeatures + "}");
      }
    }
    long outputKernel = Checked.params("MultiHeadAttention output kernel", numHeads, valueDim);
    long outputBias = 1;
    for (int size : out) {
      outputKernel = Checked.params("MultiHeadAttention output kernel", outputKernel, size);
      outputBias = Checked.params("MultiHeadAttention output bias", outputBias, size);
    }
    params = Checked.add("MultiHeadAttention weights", params, outputKernel);
    if (useBias) {
      params = Checked.add("MultiHeadAttention weights", params, outputBias);
    }
    if (dropout < 0 || dropout > 1) {
      throw new ShapeError(
          ErrorKind.INVALID_ARGUMENT,
          "dropout",
          "dropout = " + dropout + ", but it must be in [0.0, 1.0]",
          "a rate in [0, 1] (Keras's build makes a Dropout of this rate, which rejects it)",
          "use a rate such as 0.1, or 0.0 for none");
    }
    checkRanks(query, value, queryIn, valueIn);
    List<Integer> axes = checkAttentionAxes(query, key, queryIn, keyIn);
    int[] dims = query.dims();
    int[] result = Arrays.copyOf(dims, dims.length - 1 + out.length);
    System.arraycopy(out, 0, result, dims.length - 1, out.length);
    for (int size : result) {
      Checked.dim(size, null);
    }
    long macs =
        macs(query, key, value, axes, queryFeatures, keyFeatures, valueFeatures, outputKernel);
    return new LayerOutput(Shape.withBatch(query.batchSize(), result), params, 0, macs);
  }

  /**
   * The matrix products Keras runs, for one sample: the query, key and value projections (and the
   * gate's) at every position of their input, the scores (every query position against every key
   * position along the attention axes, over {@code keyDim}, per head), the weighted sum of the
   * values (the same, over {@code valueDim}) and the output projection at every query position.
   */
  private long macs(
      Shape query,
      Shape key,
      Shape value,
      List<Integer> axes,
      int queryFeatures,
      int keyFeatures,
      int valueFeatures,
      long outputKernel) {
    long queryPositions = Macs.positions(Arrays.copyOf(query.dims(), query.rank() - 1));
    long keyPositions = Macs.positions(Arrays.copyOf(key.dims(), key.rank() - 1));
    long valuePositions = Macs.positions(Arrays.copyOf(value.dims(), value.rank() - 1));
    // Every query position and head (the axes not attended over are the key's too), against
    // every key position along the attention axes (numbered with the batch as 0, the heads last).
    long pairs = Macs.times(queryPositions, numHeads);
    for (int axis : axes) {
      if (axis == 0) {
        return Macs.UNKNOWN; // attention across the batch: no count for one sample
      }
      pairs = Macs.times(pairs, axis == key.rank() ? numHeads : Macs.positions(key.dim(axis - 1)));
    }
    long macs = Macs.times(queryPositions, (long) queryFeatures * numHeads * keyDim);
    macs = Macs.plus(macs, Macs.times(keyPositions, (long) keyFeatures * numHeads * keyDim));
    macs = Macs.plus(macs, Macs.times(valuePositions, (long) valueFeatures * numHeads * valueDim));
    if (useGate) {
      macs =
          Macs.plus(macs, Macs.times(queryPositions, (long) queryFeatures * numHeads * valueDim));
    }
    macs = Macs.plus(macs, Macs.times(pairs, keyDim));
    macs = Macs.plus(macs, Macs.times(pairs, valueDim));
    return Macs.plus(macs, Macs.times(queryPositions, outputKernel));
  }

  /** A projection to {@code (numHeads, size)}: its kernel and, with biases, its bias. */
  private long projection(int features, int size, String name) throws ShapeError {
    String what = "MultiHeadAttention " + name + " projection";
    long kernel = Checked.params(what, features, numHeads, size);
    return useBias ? Checked.add(what, kernel, Checked.params(what, numHeads, size)) : kernel;
  }

  private void checkRanks(
      Shape query, Shape value, InputDescription queryIn, InputDescription valueIn)
      throws ShapeError {
    if (query.rank() < 2) {
      throw new ShapeError(
          ErrorKind.WRONG_RANK,
          null,
          "the query, "
              + queryIn
              + ", has no sequence axis: Keras builds MultiHeadAttention on it, but a run fails"
              + " (the softmax has no attention axis to normalize over)",
          "a query of rank 3 or more with the batch, (batch, sequence, features)",
          "give the query a sequence axis (a Reshape to (1, features)), or use a Dense");
    }
    if (query.rank() != value.rank()) {
      throw new ShapeError(
          ErrorKind.WRONG_RANK,
          null,
          "the query, "
              + queryIn
              + ", and the value, "
              + valueIn
              + ", differ in rank: Keras builds MultiHeadAttention on them, but a run fails"
              + " (its attention einsums pair their axes one to one)",
          "a query and a value of the same rank",
          "reshape one of them so that both are (batch, sequence, features)");
    }
  }

  /**
   * The attention axes, counted with the batch as axis 0, after checking them as Keras runs them.
   */
  private List<Integer> checkAttentionAxes(
      Shape query, Shape key, InputDescription queryIn, InputDescription keyIn) throws ShapeError {
    int rank = query.rank() + 1; // with the batch
    int projected = rank + 1; // the heads axis added
    List<Integer> axes = new ArrayList<>();
    if (attentionAxes.length == 0) {
      for (int axis = 1; axis < rank - 1; axis++) {
        axes.add(axis);
      }
    } else {
      for (int axis : attentionAxes) {
        int normalized = axis >= 0 ? axis : axis + rank;
        if (normalized >= projected || normalized < -projected) {
          throw new ShapeError(
              ErrorKind.INVALID_ARGUMENT,
              "attentionAxes",
              "attentionAxes = "
                  + Arguments.format(attentionAxes)
                  + ": axis "
                  + axis
                  + " does not exist in "
                  + queryIn
                  + ", which has "
                  + rank
                  + " axes counting the batch",
              "axes in [1, " + (rank - 2) + "], the query's axes but the batch and the features",
              "leave attentionAxes empty to attend over every axis but the batch and the features");
        }
        axes.add(Math.floorMod(normalized, projected));
      }
    }
    if (rank == 3 && dropout == 0) {
      return List.of(1); // ops.dot_product_attention: the given axes are not used
    }
    boolean distinct = axes.stream().distinct().count() == axes.size();
    if (!distinct || axes.contains(projected - 1)) {
      throw new ShapeError(
          ErrorKind.INVALID_ARGUMENT,
          "attentionAxes",
          "attentionAxes = "
              + Arguments.format(attentionAxes)
              + (distinct ? " names the feature axis" : " names an axis twice")
              + ": Keras builds MultiHeadAttention, but a run fails (its einsum equations repeat"
              + " an index)",
          "distinct axes in [1, "
              + (rank - 2)
              + "], the query's axes but the batch and the features",
          "leave attentionAxes empty to attend over every axis but the batch and the features");
    }
    int[] q = projectedDims(query);
    int[] k = projectedDims(key);
    for (int axis = 0; axis < projected - 1; axis++) {
      if (!axes.contains(axis)
          && q[axis] != k[axis]
          && q[axis] != Shape.NONE
          && k[axis] != Shape.NONE) {
        throw new ShapeError(
            ErrorKind.INCOMPATIBLE_INPUTS,
            "attentionAxes",
            "axis "
                + axis
                + " is not an attention axis, so the query, "
                + queryIn
                + ", and the key, "
                + keyIn
                + ", must have the same size there, but have "
                + dim(q[axis])
                + " and "
                + dim(k[axis])
                + ": Keras builds MultiHeadAttention, but a run fails",
            "equal sizes on every axis attention is not applied over",
            "add axis " + axis + " to attentionAxes, or give both inputs the same size there");
      }
    }
    return axes;
  }

  /** The shape of a projected input with its batch (1 when unknown): (batch, ..., heads, size). */
  private int[] projectedDims(Shape shape) {
    int[] dims = new int[shape.rank() + 2];
    dims[0] = shape.batchSize() == Shape.NONE ? 1 : shape.batchSize();
    for (int i = 0; i < shape.rank() - 1; i++) {
      dims[i + 1] = shape.dim(i);
    }
    dims[shape.rank()] = numHeads;
    dims[shape.rank() + 1] = keyDim;
    return dims;
  }
}
