package dev.shapecheck.engine;

import dev.shapecheck.DataFormat;
import dev.shapecheck.Shape;

/**
 * Keras's regularization layers that act only during training — {@code Dropout}, {@code
 * SpatialDropout1D/2D/3D}, {@code GaussianNoise}, {@code GaussianDropout} and {@code AlphaDropout}.
 * At model-building time they pass their input through unchanged and own no weights (Keras 3 keeps
 * their seed state out of the weights), so all that can be wrong is an argument Keras's constructor
 * rejects, or, for the spatial dropouts, the input's rank.
 */
final class NoiseSpec implements LayerSpec {
  private final String type;

  /** The layout a spatial dropout requires (its {@code InputSpec(ndim)}); null for any rank. */
  private final SpatialLayout layout;

  private NoiseSpec(String type, SpatialLayout layout) {
    this.type = type;
    this.layout = layout;
  }

  /** Keras's {@code Dropout}: {@code 0 <= rate <= 1} and positive (or None) noise sizes. */
  static NoiseSpec dropout(Arguments args) {
    rate(args);
    int[] noiseShape = args.intArray("noiseShape");
    for (int size : noiseShape) {
      // Dropout._validate_noise_shape: "Expected all dimensions to be positive integers or None".
      if (size != Shape.NONE && size <= 0) {
        args.report(
            ErrorKind.INVALID_ARGUMENT,
            "noiseShape",
            "noiseShape = "
                + Arguments.format(noiseShape)
                + ", but every size must be positive or Shape.NONE",
            "Keras rejects noise sizes <= 0; use 1 to share the mask along an axis, or"
                + " Shape.NONE to take the input's size");
        break;
      }
    }
    args.anyInt("seed");
    return new NoiseSpec(args.type(), null);
  }

  /** Keras's {@code SpatialDropout1D/2D/3D}: a dropout of inputs with {@code rank} spatial axes. */
  static NoiseSpec spatialDropout(Arguments args, int rank) {
    rate(args);
    // SpatialDropout1D takes no data_format: its noise shape is always (batch, 1, channels).
    DataFormat format =
        rank == 1
            ? DataFormat.CHANNELS_LAST
            : args.enumValue("dataFormat", DataFormat.class, DataFormat.CHANNELS_LAST);
    args.anyInt("seed");
    return new NoiseSpec(args.type(), new SpatialLayout(rank, format));
  }

  /** Keras 3's {@code GaussianNoise}, whose constructor requires {@code 0 <= stddev <= 1}. */
  static NoiseSpec gaussianNoise(Arguments args) {
    args.doubleIn("stddev", 0, 1, false);
    args.anyInt("seed");
    return new NoiseSpec(args.type(), null);
  }

  /** Keras's {@code GaussianDropout}: {@code 0 <= rate <= 1}. */
  static NoiseSpec gaussianDropout(Arguments args) {
    rate(args);
    args.anyInt("seed");
    return new NoiseSpec(args.type(), null);
  }

  /** Keras's {@code AlphaDropout}: {@code 0 <= rate <= 1}; its noise shape is not checked. */
  static NoiseSpec alphaDropout(Arguments args) {
    rate(args);
    args.intArray("noiseShape");
    args.anyInt("seed");
    return new NoiseSpec(args.type(), null);
  }

  private static void rate(Arguments args) {
    args.doubleIn("rate", 0, 1, false);
  }

  /** Keras's spatial dropouts check their input's rank (InputSpec), which a list has not. */
  @Override
  public boolean passesOutputsThrough() {
    return layout == null;
  }

  @Override
  public LayerOutput apply(Shape input, InputDescription in) throws ShapeError {
    if (layout != null) {
      layout.requireRank(input, in, type);
    }
    return new LayerOutput(input, 0, 0);
  }
}
