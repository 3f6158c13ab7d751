package dev.shapecheck.engine;

import dev.shapecheck.Shape;

/**
 * Keras's {@code Rescaling}: {@code input * scale + offset}, the input's shape kept. Keras checks
 * nothing when it builds the layer; a per-channel {@code scale} or {@code offset} meets the input
 * only when the layer runs, where it broadcasts against the last axis: {@code n} values run on a
 * last axis of {@code n} or of 1, and on nothing else (TensorFlow's "Dimensions must be equal").
 * That run is the judge (docs/conformance.md), so this spec rejects what cannot run and accepts the
 * rest with Keras's numbers, the output shape its summary shows.
 */
final class RescalingSpec implements LayerSpec {
  private final double[] scale;
  private final double[] offset;

  private RescalingSpec(double[] scale, double[] offset) {
    this.scale = scale;
    this.offset = offset;
  }

  static RescalingSpec parse(Arguments args) {
    return new RescalingSpec(args.doubleArray("scale"), args.doubleArray("offset"));
  }

  @Override
  public LayerOutput apply(Shape input, InputDescription in) throws ShapeError {
    broadcasts("scale", scale, input, in);
    broadcasts("offset", offset, input, in);
    return new LayerOutput(input, 0, 0);
  }

  /** One float applies to every value; a list must meet a last axis of its length (or of 1). */
  private static void broadcasts(
      String attribute, double[] values, Shape input, InputDescription in) throws ShapeError {
    if (values.length == 1 || input.rank() == 0) {
      return;
    }
    int channels = input.dim(input.rank() - 1);
    if (Checked.unknown(channels) || channels == values.length || channels == 1) {
      return; // an unknown last axis runs when it is that long; Keras cannot tell when it builds
    }
    throw new ShapeError(
        ErrorKind.INVALID_ARGUMENT,
        attribute,
        attribute
            + " has "
            + values.length
            + " values, but the last axis of "
            + in
            + " has "
            + channels
            + ": Keras builds this Rescaling, but it fails when it runs",
        "one " + attribute + " value, or one per channel: " + channels,
        values.length == 0
            ? "give " + attribute + " a value"
            : "give one " + attribute + " for every channel, or a single value for all");
  }
}
