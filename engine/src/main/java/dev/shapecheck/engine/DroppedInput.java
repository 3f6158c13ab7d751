package dev.shapecheck.engine;

import dev.shapecheck.DataFormat;
import dev.shapecheck.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code DroppedInput}: a VALID pooling or plain, depthwise or separable convolution whose last
 * window ends before the input does. Along an axis of known length {@code n}, a window spanning
 * {@code k' = (k - 1) * dilation + 1} at stride {@code s} gives {@code out = (n - k') / s + 1}
 * positions that cover {@code (out - 1) * s + k'} elements; the last {@code (n - k') mod s} are
 * never read. Axes with {@code s > k'} are left out: such a layer skips {@code s - k'} elements
 * between every two windows by design (a 1x1 convolution with strides 2 is ResNet's downsampling),
 * so its trailing remainder is no surprise. Stride 1 never drops; transposed convolutions scatter
 * rather than gather and never drop. A model that loses its border this way trains without a
 * complaint, only worse than it should.
 */
final class DroppedInput implements Rule {
  private static final String[][] AXIS_NAMES = {
    {"steps"}, {"height", "width"}, {"depth", "height", "width"}
  };

  private static final String[][] UNITS = {{"step"}, {"row", "column"}, {"slice", "row", "column"}};

  @Override
  public ErrorKind kind() {
    return ErrorKind.DROPPED_INPUT;
  }

  @Override
  public void checkLayer(RuleContext model, int index, Findings sink) {
    LayerConfig config = model.config(index);
    String type = config.type();
    boolean pooling = LayerCatalog.is(type, LayerTrait.POOLING_WINDOW);
    boolean convolution = LayerCatalog.is(type, LayerTrait.CONVOLUTION_WINDOW);
    if (!(pooling || convolution) || !"VALID".equals(config.argument("padding"))) {
      return;
    }
    Shape input = model.layer(index).inputShape();
    Shape output = model.layer(index).outputShape();
    int rank = input.rank() - 1; // the engine accepted it: spatial axes and one channel axis
    SlidingWindow window = SlidingWindow.of(config, pooling, rank);
    if (window == null) {
      return; // not a form the engine would have accepted; nothing to say
    }
    DataFormat format =
        "CHANNELS_FIRST".equals(config.argument("dataFormat"))
            ? DataFormat.CHANNELS_FIRST
            : DataFormat.CHANNELS_LAST;
    SpatialLayout layout = new SpatialLayout(rank, format);

    List<String> dropped = new ArrayList<>();
    List<String> covered = new ArrayList<>();
    List<String> fitting = new ArrayList<>();
    int[] biggerWindow = window.size.clone();
    int[] sameSpatial = new int[rank];
    long positions = 1;
    long read = 1;
    for (int a = 0; a < rank; a++) {
      int n = layout.spatial(input, a);
      int s = window.strides[a];
      sameSpatial[a] = n == Shape.NONE ? Shape.NONE : (int) (((long) n + s - 1) / s);
      long span = window.span(a);
      if (n == Shape.NONE || s > span) {
        positions = -1;
        continue;
      }
      long out = (n - span) / s + 1;
      long cover = (out - 1) * s + span;
      int drop = (int) (n - cover);
      positions = positions < 0 ? -1 : positions * n;
      read = read * cover;
      if (drop == 0) {
        continue;
      }
      String axis = AXIS_NAMES[rank - 1][a];
      dropped.add(
          "the last " + count(drop, UNITS[rank - 1][a]) + (rank == 1 ? "" : " (" + axis + ")"));
      covered.add(axis + " (" + out + " - 1) * " + s + " + " + span + " = " + cover + " of " + n);
      fitting.add(axis + " " + cover + " or " + (cover + s) + " (not " + n + ")");
      biggerWindow[a] = window.size[a] + drop;
    }
    if (dropped.isEmpty()) {
      return;
    }
    String what = SpatialLayout.window(window.size) + (pooling ? " pool" : " kernel");
    StringBuilder headline =
        new StringBuilder(what)
            .append(" with strides ")
            .append(SlidingWindow.sameOrTuple(window.strides))
            .append(" and Padding.VALID drops ")
            .append(String.join(" and ", dropped))
            .append(" of ")
            .append(model.input(index));
    if (rank > 1 && positions > 0) {
      headline
          .append(": ")
          .append(String.format(Locale.ROOT, "%,d of %,d", positions - read, positions))
          .append(" positions per channel never reach a window");
    }
    int channels = layout.channels(output);
    String sizeAttribute = window.sizeAttribute;
    String resize =
        pooling
                && config.argument("strides") instanceof int[]
                && ((int[]) config.argument("strides")).length == 0
            ? sizeAttribute
                + " = "
                + SlidingWindow.sameOrArray(biggerWindow)
                + " with strides = "
                + SlidingWindow.sameOrArray(window.strides)
            : sizeAttribute + " = " + SlidingWindow.sameOrArray(biggerWindow);
    sink.layer(
        index,
        kind(),
        null,
        "padding",
        headline.toString(),
        List.of(
            "input:   " + model.input(index).detail(),
            "covered: " + String.join(", ", covered),
            "needed:  (size - "
                + (pooling ? "poolSize" : "kernel span")
                + ") divisible by the stride to read every element, e.g. "
                + String.join(", ", fitting),
            "hint:    use padding = Padding.SAME (output "
                + layout.assemble(output, sameSpatial, channels)
                + "), or an input or kernel size that divides: "
                + resize
                + " keeps the output "
                + output
                + " and reads every element"));
  }

  private static String count(int n, String unit) {
    return n == 1 ? unit : n + " " + unit + "s";
  }
}
