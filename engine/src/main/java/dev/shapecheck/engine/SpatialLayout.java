package dev.shapecheck.engine;

import dev.shapecheck.DataFormat;
import dev.shapecheck.Shape;

/**
 * The layout of an N-D spatial input ({@code rank} spatial axes plus one channel axis) under a data
 * format: where the channels are, what the axes are called, and how an output is assembled.
 * Convolution, pooling, padding, cropping and upsampling layers all share it.
 */
final class SpatialLayout {
  private static final String[][] AXES = {
    {"steps"}, {"height", "width"}, {"depth", "height", "width"}
  };

  final int rank;
  final DataFormat format;

  SpatialLayout(int rank, DataFormat format) {
    this.rank = rank;
    this.format = format;
  }

  /** "height, width" */
  static String spatialAxes(int rank) {
    return String.join(", ", AXES[rank - 1]);
  }

  /** "(height, width, channels)" or "(channels, height, width)". */
  String describe() {
    String spatial = spatialAxes(rank);
    return format == DataFormat.CHANNELS_LAST
        ? "(" + spatial + ", channels)"
        : "(channels, " + spatial + ")";
  }

  /** Rejects an input whose rank is not {@code rank + 1}, with a hint fitting the mismatch. */
  void requireRank(Shape input, InputDescription in, String type) throws ShapeError {
    int expected = rank + 1;
    if (input.rank() == expected) {
      return;
    }
    int otherRank = input.rank() - 1;
    String hint;
    if (input.rank() == 1) {
      hint =
          "the input is flat: apply "
              + type
              + " before @Flatten or global pooling, not after,"
              + " or @Reshape the input to "
              + describe();
    } else if (LayerCatalog.parser(type.replace(rank + "D", otherRank + "D")) != null) {
      hint =
          "for "
              + otherRank
              + "-D inputs use "
              + type.replace(rank + "D", otherRank + "D")
              + ", or reshape the input to "
              + describe();
    } else {
      hint = "reshape the input to " + describe();
    }
    throw new ShapeError(
        ErrorKind.WRONG_RANK,
        null,
        "expects " + expected + " dims " + describe() + ", but " + in + " has " + input.rank(),
        "an input of rank " + expected + " " + describe() + " (batch not counted)",
        hint);
  }

  int channelAxis() {
    return format == DataFormat.CHANNELS_LAST ? rank : 0;
  }

  int spatialAxis(int i) {
    return format == DataFormat.CHANNELS_LAST ? i : i + 1;
  }

  int channels(Shape input) {
    return input.dim(channelAxis());
  }

  int spatial(Shape input, int i) {
    return input.dim(spatialAxis(i));
  }

  /** The output with these spatial sizes and channels, in this layout. */
  Shape assemble(Shape input, int[] spatial, int channels) {
    int[] dims = new int[rank + 1];
    for (int i = 0; i < rank; i++) {
      dims[spatialAxis(i)] = spatial[i];
    }
    dims[channelAxis()] = channels;
    return input.withDims(dims);
  }

  /** Like {@link #assemble} for sizes that may be zero or negative, for "would be" messages. */
  String describeWouldBe(Shape input, long[] spatial, int channels) {
    StringBuilder out = new StringBuilder("(");
    for (int axis = 0; axis <= rank; axis++) {
      if (axis > 0) {
        out.append(", ");
      }
      if (axis == channelAxis()) {
        out.append(channels == Shape.NONE ? "None" : Integer.toString(channels));
      } else {
        int i = format == DataFormat.CHANNELS_LAST ? axis : axis - 1;
        // None only where the input's own length is unknown: a computed -1 is a number.
        out.append(Checked.unknown(spatial(input, i)) ? "None" : Long.toString(spatial[i]));
      }
    }
    return out.append(')').toString();
  }

  /** "3x3" */
  static String window(int[] sizes) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < sizes.length; i++) {
      out.append(i > 0 ? "x" : "").append(sizes[i]);
    }
    return out.toString();
  }
}
