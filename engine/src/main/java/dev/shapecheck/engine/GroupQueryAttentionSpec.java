package dev.shapecheck.engine;

import dev.shapecheck.Shape;
import java.util.Arrays;
import java.util.List;

/**
 * Keras's {@code GroupQueryAttention} (class {@code GroupedQueryAttention},
 * keras/src/layers/attention/grouped_query_attention.py). The constructor divides by {@code
 * head_dim} and {@code num_key_value_heads} and requires {@code num_query_heads} to be a multiple
 * of the latter; negative counts make kernels of negative size and no query heads a run that fails,
 * so all three are positive here. Its projections are the fixed equations {@code "bqm,muh->bquh"}
 * and {@code "bkm,mvh->bkvh"}: the query, the value and the key are {@code (batch, sequence,
 * features)} (rank 3 with the batch). {@code compute_output_shape} requires the query's and the
 * value's last dimensions to be equal and the value and the key equal shapes but for the last; the
 * kernels need known last dimensions; the dropout's rate is in [0, 1]. The output is the query's
 * shape.
 */
final class GroupQueryAttentionSpec extends AttentionSpec {
  private final int headDim;
  private final int queryHeads;
  private final int keyValueHeads;
  private final double dropout;
  private final boolean useBias;
  private final boolean useGate;

  private GroupQueryAttentionSpec(
      int headDim,
      int queryHeads,
      int keyValueHeads,
      double dropout,
      boolean useBias,
      boolean useGate) {
    super("GroupQueryAttention");
    this.headDim = headDim;
    this.queryHeads = queryHeads;
    this.keyValueHeads = keyValueHeads;
    this.dropout = dropout;
    this.useBias = useBias;
    this.useGate = useGate;
  }

  static GroupQueryAttentionSpec parse(Arguments args) {
    int headDim = args.positiveInt("headDim");
    int queryHeads = args.positiveInt("numQueryHeads");
    int keyValueHeads = args.positiveInt("numKeyValueHeads");
    if (queryHeads % keyValueHeads != 0) {
      args.report(
          ErrorKind.INVALID_ARGUMENT,
          "numQueryHeads",
          "numQueryHeads = "
              + queryHeads
              + " is not a multiple of numKeyValueHeads = "
              + keyValueHeads,
          "Keras shares each key and value head among numQueryHeads / numKeyValueHeads query"
              + " heads; use a multiple, e.g. numQueryHeads = "
              + keyValueHeads * Math.max(1, queryHeads / keyValueHeads));
    }
    MultiHeadAttentionSpec.noneOrPositive(args, "slidingWindow");
    double dropout = args.finiteDouble("dropout");
    boolean useBias = args.bool("useBias");
    boolean useGate = args.bool("useGate");
    args.anyInt("seed");
    return new GroupQueryAttentionSpec(
        headDim, queryHeads, keyValueHeads, dropout, useBias, useGate);
  }

  @Override
  LayerOutput attend(
      Shape query, Shape value, Shape key, boolean keyGiven, List<InputDescription> ins)
      throws ShapeError {
    InputDescription queryIn = describe(ins, 0);
    InputDescription valueIn = describe(ins, 1);
    InputDescription keyIn = describe(ins, 2);
    String[] roles = {"query", "value", "key"};
    Shape[] shapes = {query, value, key};
    InputDescription[] descriptions = {queryIn, valueIn, keyIn};
    for (int i = 0; i < (keyGiven ? 3 : 2); i++) {
      if (shapes[i].rank() != 2) {
        throw new ShapeError(
            ErrorKind.WRONG_RANK,
            null,
            "the "
                + roles[i]
                + ", "
                + descriptions[i]
                + ", has rank "
                + (shapes[i].rank() + 1)
                + " with the batch, but GroupQueryAttention's projections take (batch, sequence,"
                + " features)",
            "rank 3 with the batch: (batch, sequence, features)",
            "reshape the " + roles[i] + " to (sequence, features)");
      }
    }
    int queryFeatures = query.dim(1);
    if (queryFeatures != value.dim(1)) {
      throw new ShapeError(
          ErrorKind.INCOMPATIBLE_INPUTS,
          null,
          "the query, "
              + queryIn
              + ", and the value, "
              + valueIn
              + ", have different feature sizes, "
              + dim(queryFeatures)
              + " and "
              + dim(value.dim(1)),
          "the query's last dimension equal to the value's (Keras's compute_output_shape)",
          "project the value to " + dim(queryFeatures) + " features with a Dense first");
    }
    if (keyGiven && value.dim(0) != key.dim(0)) {
      throw new ShapeError(
          ErrorKind.INCOMPATIBLE_INPUTS,
          null,
          "the value "
              + withBatch(value)
              + " and the key "
              + withBatch(key)
              + " differ in more than their last dimension",
          "a value and a key of the same length (Keras compares them: None matches only None)",
          "give the value and the key the same sequence length");
    }
    knownLast(query, queryIn, "query", "the query projection's kernel");
    int keyFeatures = knownLast(key, keyIn, "key", "the key projection's kernel");
    int valueFeatures = knownLast(value, valueIn, "value", "the value projection's kernel");
    if (dropout < 0 || dropout > 1) {
      throw new ShapeError(
          ErrorKind.INVALID_ARGUMENT,
          "dropout",
          "dropout = " + dropout + ", but it must be in [0.0, 1.0]",
          "a rate in [0, 1] (Keras's build makes a Dropout of this rate, which rejects it)",
          "use a rate such as 0.1, or 0.0 for none");
    }
    long params =
        Checked.add(
            "GroupQueryAttention weights",
            projection(queryFeatures, queryHeads),
            Checked.add(
                "GroupQueryAttention weights",
                projection(keyFeatures, keyValueHeads),
                projection(valueFeatures, keyValueHeads)));
    if (useGate) {
      params =
          Checked.add("GroupQueryAttention weights", params, projection(queryFeatures, queryHeads));
    }
    long output =
        Checked.params("GroupQueryAttention output kernel", queryHeads, headDim, queryFeatures);
    params = Checked.add("GroupQueryAttention weights", params, output);
    if (useBias) {
      params = Checked.add("GroupQueryAttention weights", params, queryFeatures);
    }
    // The projections at every position of their input; the scores and the weighted sum of the
    // values, every query head against every key position (Keras repeats the key and value heads
    // to the query's), over headDim; the output projection at every query position.
    long queryLength = Macs.positions(query.dim(0));
    long keyLength = Macs.positions(key.dim(0));
    long macs = Macs.times(queryLength, (long) queryFeatures * queryHeads * headDim);
    macs = Macs.plus(macs, Macs.times(keyLength, (long) keyFeatures * keyValueHeads * headDim));
    macs = Macs.plus(macs, Macs.times(keyLength, (long) valueFeatures * keyValueHeads * headDim));
    if (useGate) {
      macs = Macs.plus(macs, Macs.times(queryLength, (long) queryFeatures * queryHeads * headDim));
    }
    long pairs = Macs.times(Macs.times(queryLength, keyLength), queryHeads);
    macs = Macs.plus(macs, Macs.times(pairs, 2L * headDim));
    macs = Macs.plus(macs, Macs.times(queryLength, output));
    return new LayerOutput(
        Shape.withBatch(query.batchSize(), Arrays.copyOf(query.dims(), 2)), params, 0, macs);
  }

  /** A projection of {@code features} to {@code (heads, headDim)}, with its bias. */
  private long projection(int features, int heads) throws ShapeError {
    String what = "GroupQueryAttention projection";
    long kernel = Checked.params(what, features, heads, headDim);
    return useBias ? Checked.add(what, kernel, Checked.params(what, heads, headDim)) : kernel;
  }
}
