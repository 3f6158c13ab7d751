package dev.shapecheck.engine;

import java.util.List;

/**
 * {@code RedundantActivation}: a standalone activation layer right after a layer whose activation
 * already keeps every value in the range where the second one is the identity ({@code ReLU} after
 * relu, sigmoid or softmax; {@code ReLU(maxValue = 6)} after relu6 or sigmoid, but not after relu,
 * whose values it does clip), and softmax right after softmax on the same axis, which is not the
 * identity but a second normalization that flattens the probabilities. Ranges are taken closed, so
 * nothing is reported that could change a value. "Right after" is the layer before in a sequential
 * model and the one inbound layer in a functional one (a layer with several has none).
 */
final class RedundantActivation implements Rule {
  @Override
  public ErrorKind kind() {
    return ErrorKind.REDUNDANT_ACTIVATION;
  }

  @Override
  public void checkLayer(RuleContext model, int index, Findings sink) {
    String redundancy = AppliedActivation.redundancy(model, index);
    if (redundancy == null) {
      return;
    }
    LayerConfig config = model.config(index);
    LayerConfig previous = model.config(model.predecessor(index));
    AppliedActivation before = AppliedActivation.of(previous);
    String name = AppliedActivation.describe(config);
    String attribute = AppliedActivation.byArgument(config.type()) ? "activation" : null;
    String linear =
        LayerCatalog.is(previous.type(), LayerTrait.ACTIVATION_ARGUMENT)
                && !LayerCatalog.is(previous.type(), LayerTrait.ACTIVATION_LAYER)
            ? ", or give "
                + previous.name()
                + " activation = Activations.LINEAR so that "
                + config.name()
                + " alone applies it"
            : "";
    String input = model.input(index).detail();
    if ("softmax".equals(redundancy)) {
      sink.layer(
          index,
          kind(),
          null,
          attribute,
          "softmax after the softmax of "
              + previous.name()
              + " normalizes twice: the"
              + " probabilities are squeezed toward uniform, not left as they are",
          List.of(
              "input:  " + input + ", already probabilities",
              "needed: one softmax per axis",
              "hint:   remove " + config.name() + linear));
      return;
    }
    double[] identity = AppliedActivation.identityRange(config);
    String values = AppliedActivation.range(before.low, before.high);
    sink.layer(
        index,
        kind(),
        null,
        attribute,
        name
            + " changes nothing after the "
            + before.name
            + " of "
            + previous.name()
            + ": every value is already in "
            + values
            + ", where "
            + name
            + " returns its input",
        List.of(
            "input:  " + input + ", after " + before.name,
            "needed: an activation that changes values in "
                + values
                + "; "
                + name
                + " is the identity on "
                + AppliedActivation.range(identity[0], identity[1]),
            "hint:   remove " + config.name() + linear));
  }
}
