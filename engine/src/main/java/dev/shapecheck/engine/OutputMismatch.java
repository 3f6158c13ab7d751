package dev.shapecheck.engine;

import dev.shapecheck.Layer;
import dev.shapecheck.Shape;
import java.util.Arrays;
import java.util.List;

/**
 * {@code OutputMismatch}: a sequential model whose final shape differs from
 * {@code @Sequential(expectOutput)}, the last expectation of the chain: checked only when every
 * {@code @ExpectShape} holds ({@link ShapeMismatch} has reported the first that does not, and the
 * output follows from it). The hint names the change when the last layer alone can tell it. Only
 * {@code @Sequential} has the attribute.
 */
final class OutputMismatch implements Rule {
  @Override
  public ErrorKind kind() {
    return ErrorKind.OUTPUT_MISMATCH;
  }

  @Override
  public void checkModel(RuleContext model, Findings sink) {
    if (!model.isSequential()) {
      return;
    }
    int[] expected = model.constraints().expectOutput();
    if (Expectations.firstMismatch(model) >= 0
        || expected == null
        || !Expectations.allDimensions(expected)) {
      return;
    }
    Shape output = model.summary().outputShape();
    if (Arrays.equals(output.dims(), expected)) {
      return;
    }
    List<Layer> layers = model.layers();
    Layer last = layers.get(layers.size() - 1);
    LayerConfig config = model.config(layers.size() - 1);
    sink.model(
        kind(),
        "expectOutput",
        "outputs " + output.dimsToString() + ", but expectOutput = " + Arguments.format(expected),
        List.of(
            "output: "
                + output
                + " from "
                + RuleText.label(last)
                + (layers.size() == 1
                    ? ", the only layer"
                    : ", the last of " + layers.size() + " layers"),
            "needed: " + Shape.withBatch(output.batchSize(), expected),
            "hint:   " + hint(last, config, expected)));
  }

  private static String hint(Layer last, LayerConfig config, int[] expected) {
    Shape output = last.outputShape();
    int[] actual = output.dims();
    String label = RuleText.label(last);
    if (actual.length == expected.length) {
      String own = Expectations.hint(last, config, expected);
      if (own != null) {
        return own;
      }
      int n = actual.length - 1;
      if (Expectations.onlyLastDiffers(actual, expected)
          && actual[n] != Shape.NONE
          && expected[n] > 0) {
        return "the last layer "
            + label
            + " produces "
            + output.dimsToString()
            + "; a Dense(units = "
            + expected[n]
            + ") after it would give "
            + Shape.of(expected).dimsToString();
      }
    } else if (expected.length == 1 && expected[0] > 0 && output.isFullyDefined()) {
      return "the last layer "
          + label
          + " produces "
          + actual.length
          + " dimensions "
          + output.dimsToString()
          + "; a Flatten then a Dense(units = "
          + expected[0]
          + ") after it would give ("
          + expected[0]
          + ")";
    }
    return "the output alone cannot tell which layer first diverges from what you meant: put"
        + " @ExpectShape on earlier layers to find it (the last layer is "
        + label
        + ")";
  }
}
