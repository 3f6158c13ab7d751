package dev.shapecheck.engine;

import dev.shapecheck.Shape;

/**
 * Keras's normalization layers ({@code BatchNormalization}, {@code LayerNormalization}, {@code
 * GroupNormalization}, {@code UnitNormalization}). They keep their input's shape; what they share
 * is how {@code axis} is read, and what differs is which weights they size from it.
 *
 * <p>Axes keep Keras's numbering so that code copies over unchanged: the batch is axis 0, so of an
 * input whose sample has rank {@code r}, axes {@code 1..r} (or {@code -r..-1}) are the sample's own
 * and {@code 0} (or {@code -(r + 1)}) is the batch. The batch axis follows Keras too: a layer that
 * sizes weights on it needs a fixed batch size ({@code None} is no size).
 *
 * <p>Sources: {@code keras/src/layers/normalization/*.py} (Keras 3), and tf.keras 2's {@code
 * tf_utils.validate_axis} where Keras 3 only fails when the model first runs (an axis out of range
 * or named twice for {@code UnitNormalization} and {@code LayerNormalization}).
 */
final class NormalizationSpec implements LayerSpec {
  private enum Kind {
    /** One axis; gamma, beta trainable and moving mean, variance non-trainable, all of its size. */
    BATCH,
    /** Several axes; gamma and beta shaped like them, only when they are created. */
    LAYER,
    /** One axis split into groups; gamma and beta of its size. */
    GROUP,
    /** Several axes; no weights. */
    UNIT
  }

  /** Keras's {@code groups = -1}: one group per channel. */
  private static final int GROUP_PER_CHANNEL = -1;

  private final Kind kind;
  private final int[] axes;
  private final int groups;
  private final int trainableVectors;

  private NormalizationSpec(Kind kind, int[] axes, int groups, boolean center, boolean scale) {
    this.kind = kind;
    this.axes = axes;
    this.groups = groups;
    this.trainableVectors = (center ? 1 : 0) + (scale ? 1 : 0);
  }

  static NormalizationSpec parseBatch(Arguments args) {
    int axis = args.anyInt("axis");
    // Keras 3 stores momentum and epsilon as floats without any range check; only a non-finite
    // value, never meaningful, is refused (by the shared reader).
    args.finiteDouble("momentum");
    args.finiteDouble("epsilon");
    return new NormalizationSpec(
        Kind.BATCH, new int[] {axis}, 0, args.bool("center"), args.bool("scale"));
  }

  static NormalizationSpec parseLayer(Arguments args) {
    int[] axes = axisList(args);
    args.finiteDouble("epsilon");
    return new NormalizationSpec(Kind.LAYER, axes, 0, args.bool("center"), args.bool("scale"));
  }

  static NormalizationSpec parseGroup(Arguments args) {
    int groups = args.anyInt("groups");
    if (groups <= 0 && groups != GROUP_PER_CHANNEL) {
      // Keras divides by groups in build (groups = 0 raises ZeroDivisionError) and reshapes the
      // input into groups in call, which no other negative count survives.
      args.report(
          ErrorKind.INVALID_ARGUMENT,
          "groups",
          "groups = "
              + groups
              + ", but it must be a positive integer, or -1 for one group per"
              + " channel",
          "use a divisor of the channel count, or -1");
    }
    int axis = args.anyInt("axis");
    args.finiteDouble("epsilon");
    return new NormalizationSpec(
        Kind.GROUP, new int[] {axis}, groups, args.bool("center"), args.bool("scale"));
  }

  static NormalizationSpec parseUnit(Arguments args) {
    return new NormalizationSpec(Kind.UNIT, axisList(args), 0, false, false);
  }

  /** A list of axes, each written at most once (tf.keras 2's "Duplicate axis"). */
  private static int[] axisList(Arguments args) {
    int[] axes = args.intArray("axis");
    for (int i = 0; i < axes.length; i++) {
      for (int j = 0; j < i; j++) {
        if (axes[i] == axes[j]) {
          args.report(
              ErrorKind.INVALID_ARGUMENT,
              "axis",
              "axis = " + Arguments.format(axes) + " names axis " + axes[i] + " twice",
              "list each axis once");
          return axes;
        }
      }
    }
    return axes;
  }

  @Override
  public LayerOutput apply(Shape input, InputDescription in) throws ShapeError {
    int[] resolved = resolve(input, in);
    switch (kind) {
      case UNIT:
        return new LayerOutput(input, 0, 0);
      case LAYER:
        return layerNormalization(input, in, resolved);
      case BATCH:
        return batchNormalization(input, in, resolved[0]);
      case GROUP:
        return groupNormalization(input, in, resolved[0]);
      default:
        throw new AssertionError(kind);
    }
  }

  /** Keras's {@code BatchNormalization.build}: the moving statistics exist whatever the flags. */
  private LayerOutput batchNormalization(Shape input, InputDescription in, int axis)
      throws ShapeError {
    int n = knownSize(input, in, 0, axis, "gamma, beta and the moving mean and variance");
    long trainable = Checked.params("BatchNormalization gamma and beta", trainableVectors, n);
    long moving = Checked.params("BatchNormalization moving mean and variance", 2, n);
    return new LayerOutput(input, trainable, moving);
  }

  /** Keras's {@code shape = tuple(input_shape[dim] for dim in axis)}, once per weight created. */
  private LayerOutput layerNormalization(Shape input, InputDescription in, int[] resolved)
      throws ShapeError {
    if (trainableVectors == 0) {
      return new LayerOutput(input, 0, 0); // no weights: unknown sizes are no obstacle
    }
    long size = 1;
    for (int i = 0; i < resolved.length; i++) {
      size =
          Checked.params(
              "LayerNormalization gamma",
              size,
              knownSize(input, in, i, resolved[i], "gamma and beta"));
    }
    return new LayerOutput(
        input, Checked.params("LayerNormalization gamma and beta", trainableVectors, size), 0);
  }

  /** Keras's {@code GroupNormalization.build}: known channels, at most and a multiple of groups. */
  private LayerOutput groupNormalization(Shape input, InputDescription in, int axis)
      throws ShapeError {
    int channels = knownSize(input, in, 0, axis, "gamma and beta and split it into groups");
    int g = groups == GROUP_PER_CHANNEL ? channels : groups;
    String where = channels + " channels on axis " + axes[0] + " of " + in;
    if (g > channels) {
      throw new ShapeError(
          ErrorKind.CHANNELS_NOT_DIVISIBLE,
          "groups",
          "groups = " + g + " is more than the " + where,
          "at most " + channels + " groups, dividing " + channels,
          suggestGroups(channels, g));
    }
    if (channels % g != 0) {
      throw new ShapeError(
          ErrorKind.CHANNELS_NOT_DIVISIBLE,
          "groups",
          "the " + where + " do not split into groups = " + g,
          "a channel count divisible by groups = " + g,
          suggestGroups(channels, g));
    }
    return new LayerOutput(
        input, Checked.params("GroupNormalization gamma and beta", trainableVectors, channels), 0);
  }

  private static String suggestGroups(int channels, int groups) {
    int divisor = Math.min(channels, groups);
    while (channels % divisor != 0) {
      divisor--;
    }
    return "use groups = "
        + divisor
        + " (the largest divisor of "
        + channels
        + " up to "
        + groups
        + "), or groups = -1 for one group per channel";
  }

  /**
   * The axes as indices of Keras's shape (0 = batch), rejecting any out of range as Keras's {@code
   * input_shape[axis]} and tf.keras 2's {@code validate_axis} do, and any named twice.
   */
  private int[] resolve(Shape input, InputDescription in) throws ShapeError {
    int kerasRank = input.rank() + 1;
    int[] resolved = new int[axes.length];
    for (int i = 0; i < axes.length; i++) {
      int axis = axes[i];
      if (axis >= kerasRank || axis < -kerasRank) {
        int needed = axis >= 0 ? axis : -axis - 1;
        throw new ShapeError(
            ErrorKind.WRONG_RANK,
            "axis",
            "axis "
                + axis
                + " is out of range for "
                + in
                + ": counting the batch as axis 0, its"
                + " axes are "
                + -kerasRank
                + " to "
                + (kerasRank - 1),
            "an input with at least " + needed + " dims (batch not counted) for axis = " + axis,
            "Keras counts the batch as axis 0: axis = 1 is the first dimension of a sample, "
                + "axis = -1 the last");
      }
      resolved[i] = axis < 0 ? axis + kerasRank : axis;
      for (int j = 0; j < i; j++) {
        if (resolved[j] == resolved[i]) {
          throw new ShapeError(
              ErrorKind.INVALID_ARGUMENT,
              "axis",
              "axis = "
                  + Arguments.format(axes)
                  + " names axis "
                  + resolved[i]
                  + " of "
                  + in
                  + " twice (as "
                  + axes[j]
                  + " and "
                  + axis
                  + ")",
              "each axis at most once",
              "remove one of " + axes[j] + " and " + axis);
        }
      }
    }
    return resolved;
  }

  /**
   * The size of Keras axis {@code resolved} (0 = batch), which must be known because weights are
   * shaped by it ({@code add_weight} takes no {@code None}).
   *
   * @param i which of the written axes, for messages
   * @param what the weights it sizes, for messages
   */
  private int knownSize(Shape input, InputDescription in, int i, int resolved, String what)
      throws ShapeError {
    int size = resolved == 0 ? input.batchSize() : input.dim(resolved - 1);
    if (!Checked.unknown(size)) {
      return size;
    }
    String written = "axis " + axes[i];
    if (resolved == 0) {
      throw new ShapeError(
          ErrorKind.UNKNOWN_DIMENSION,
          "axis",
          written + " is the batch axis, whose size is unknown (None)",
          "a known size on " + written + ", to size " + what,
          "Keras counts the batch as axis 0: use axis = 1 for the first dimension of a sample or"
              + " -1 for the last, or fix @Sequential(batchSize = ...)");
    }
    throw new ShapeError(
        ErrorKind.UNKNOWN_DIMENSION,
        "axis",
        written + " of " + in + " is unknown (None)",
        "a known size on " + written + ", to size " + what,
        "give that dimension a size in @Sequential(input = ...), or normalize another axis");
  }
}
