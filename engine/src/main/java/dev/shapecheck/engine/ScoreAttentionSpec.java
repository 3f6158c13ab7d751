package dev.shapecheck.engine;

import dev.shapecheck.ScoreMode;
import dev.shapecheck.Shape;
import java.util.Arrays;
import java.util.List;

/**
 * Keras's {@code Attention} and {@code AdditiveAttention} (keras/src/layers/attention/): scores of
 * the query against the key, softmax, then the weighted sum of the value. {@code
 * compute_output_shape} is the query's shape with the value's last dimension and checks nothing; a
 * run computes {@code matmul(query, key^T)} ({@code Attention}, {@code "dot"}) or {@code
 * sum(tanh(query[..., :, None, :] + key[..., None, :, :]))} ({@code "concat"}, and {@code
 * AdditiveAttention} times its scale), then {@code matmul(scores, value)}: the query's and the
 * key's features are equal (dot) or broadcast (the sums), the key and the value have the same
 * length, and the leading axes, the batch among them (1 in a run when not declared), broadcast as
 * TensorFlow's batched matmul does. An unknown size matches any size (the oracle runs it at the
 * size it needs). Weights: {@code Attention}'s scalar {@code scale} ({@code use_scale}) and scalar
 * {@code concat_score_weight} ({@code "concat"}); {@code AdditiveAttention}'s {@code scale} vector
 * of the query's (known) feature size. Keras checks no dropout rate (it applies only in training).
 */
final class ScoreAttentionSpec extends AttentionSpec {
  private final boolean additive;
  private final boolean useScale;
  private final boolean concat;

  private ScoreAttentionSpec(String type, boolean additive, boolean useScale, boolean concat) {
    super(type);
    this.additive = additive;
    this.useScale = useScale;
    this.concat = concat;
  }

  static ScoreAttentionSpec attention(Arguments args) {
    boolean useScale = args.bool("useScale");
    ScoreMode mode = args.enumValue("scoreMode", ScoreMode.class, ScoreMode.DOT);
    args.finiteDouble("dropout");
    args.anyInt("seed");
    return new ScoreAttentionSpec("Attention", false, useScale, mode == ScoreMode.CONCAT);
  }

  static ScoreAttentionSpec additive(Arguments args) {
    boolean useScale = args.bool("useScale");
    args.finiteDouble("dropout");
    args.anyInt("seed");
    return new ScoreAttentionSpec("AdditiveAttention", true, useScale, true);
  }

  @Override
  LayerOutput attend(
      Shape query, Shape value, Shape key, boolean keyGiven, List<InputDescription> ins)
      throws ShapeError {
    InputDescription queryIn = describe(ins, 0);
    InputDescription valueIn = describe(ins, 1);
    InputDescription keyIn = describe(ins, 2);
    long params;
    if (additive) {
      params = useScale ? knownLast(query, queryIn, "query", "the scale vector") : 0;
    } else {
      params = (useScale ? 1 : 0) + (concat ? 1 : 0); // scale, concat_score_weight: scalars
    }
    int[] q = full(query);
    int[] k = full(key);
    int[] v = full(value);
    int[] scores;
    if (concat) {
      // expand_dims(query, -2) + expand_dims(key, -3), summed over the features
      int[] expandedQuery = insert(q, q.length - 1);
      int[] expandedKey = insert(k, k.length - 2);
      int[] sum = broadcast(expandedQuery, expandedKey);
      if (sum == null) {
        throw mismatch(
            "cannot add the query, "
                + queryIn
                + ", to the key, "
                + keyIn
                + ": their sizes do not broadcast",
            "the query's and the key's features equal (or one of them 1), and their leading axes"
                + " broadcast");
      }
      scores = Arrays.copyOf(sum, sum.length - 1);
    } else {
      if (!same(q[q.length - 1], k[k.length - 1])) {
        throw mismatch(
            "cannot take the dot product of the query, "
                + queryIn
                + ", and the key, "
                + keyIn
                + ": their feature sizes "
                + dim(q[q.length - 1])
                + " and "
                + dim(k[k.length - 1])
                + " differ",
            "a query and a key with the same last dimension");
      }
      int[] batch = broadcast(head(q), head(k));
      if (batch == null) {
        throw mismatch(
            "cannot multiply the query, "
                + queryIn
                + ", by the key, "
                + keyIn
                + ": their leading axes do not broadcast",
            "leading axes (the batch and any before the sequence) that broadcast");
      }
      scores = append(batch, q[q.length - 2], k[k.length - 2]);
    }
    int keyLength = scores[scores.length - 1];
    if (!same(keyLength, v[v.length - 2])) {
      throw mismatch(
          "cannot weigh the value, "
              + valueIn
              + ", by scores over the key's "
              + dim(keyLength)
              + " positions"
              + (keyGiven ? " (the key is " + keyIn + ")" : ""),
          "a value as long as the key (its second-to-last axis)");
    }
    if (broadcast(head(scores), head(v)) == null) {
      throw mismatch(
          "cannot weigh the value, "
              + valueIn
              + ": its leading axes do not broadcast with the query's",
          "leading axes (the batch and any before the sequence) that broadcast");
    }
    int[] dims = query.dims().clone();
    dims[dims.length - 1] = value.dim(value.rank() - 1);
    return new LayerOutput(
        Shape.withBatch(query.batchSize(), dims), params, 0, macs(q, v, scores, keyLength));
  }

  /**
   * The two matrix products Keras runs, for one sample: the scores {@code query · keyᵀ} (the dot
   * score only: the concat and additive scores are element-wise, then summed) and the weighted sum
   * {@code scores · value}. The batch axis, first of every array here, is left out.
   */
  private long macs(int[] q, int[] v, int[] scores, int keyLength) {
    long macs = 0;
    if (!concat) {
      macs = Macs.times(perSample(scores), q[q.length - 1]);
    }
    int[] batch = broadcast(head(scores), head(v));
    long weighted =
        Macs.times(
            Macs.times(perSample(batch), Macs.positions(scores[scores.length - 2], keyLength)),
            Macs.positions(v[v.length - 1]));
    return Macs.plus(macs, weighted);
  }

  /** The positions {@code dims} spans but its first (batch) axis. */
  private static long perSample(int[] dims) {
    return dims.length == 0 ? 1 : Macs.positions(Arrays.copyOfRange(dims, 1, dims.length));
  }

  private ShapeError mismatch(String headline, String needed) {
    return new ShapeError(
        ErrorKind.INCOMPATIBLE_INPUTS,
        null,
        headline + ": Keras builds " + type() + ", but a run fails",
        needed,
        "project the inputs with Dense layers to matching sizes; the value stands in for an"
            + " absent key");
  }

  /** The dims with the batch (1, as in a run, when unknown). */
  private static int[] full(Shape shape) {
    int[] dims = new int[shape.rank() + 1];
    dims[0] = shape.batchSize() == Shape.NONE ? 1 : shape.batchSize();
    System.arraycopy(shape.dims(), 0, dims, 1, shape.rank());
    return dims;
  }

  private static boolean same(int a, int b) {
    return a == b || a == Shape.NONE || b == Shape.NONE;
  }

  /** Numpy's broadcast of two shapes, or null; an unknown size matches any. */
  private static int[] broadcast(int[] a, int[] b) {
    int rank = Math.max(a.length, b.length);
    int[] out = new int[rank];
    for (int i = 1; i <= rank; i++) {
      int x = i <= a.length ? a[a.length - i] : 1;
      int y = i <= b.length ? b[b.length - i] : 1;
      int size;
      if (x == y || y == 1) {
        size = x;
      } else if (x == 1) {
        size = y;
      } else if (x == Shape.NONE || y == Shape.NONE) {
        size = x == Shape.NONE ? y : x;
      } else {
        return null;
      }
      out[rank - i] = size;
    }
    return out;
  }

  /** All but the last two sizes (a matmul's batch). */
  private static int[] head(int[] dims) {
    return Arrays.copyOf(dims, Math.max(0, dims.length - 2));
  }

  /** {@code dims} with a 1 inserted at {@code at}. */
  private static int[] insert(int[] dims, int at) {
    int[] out = new int[dims.length + 1];
    System.arraycopy(dims, 0, out, 0, at);
    out[at] = 1;
    System.arraycopy(dims, at, out, at + 1, dims.length - at);
    return out;
  }

  private static int[] append(int[] dims, int a, int b) {
    int[] out = Arrays.copyOf(dims, dims.length + 2);
    out[dims.length] = a;
    out[dims.length + 1] = b;
    return out;
  }
}
