package dev.shapecheck.engine;

import java.util.List;

/**
 * {@code SoftmaxNotLast}: softmax ({@code activation = SOFTMAX}, {@code Activation(SOFTMAX)} or
 * {@code Softmax}) on a layer followed by one that computes on its probabilities, which then learns
 * from numbers squeezed into (0, 1) instead of scores. Layers that only move values ({@code
 * Flatten}, {@code Reshape}, {@code Permute}), dropout and noise layers (which {@link DropoutLast}
 * reports if they end the model), linear activations and activations reported as redundant do not
 * count: after them the softmax is still what the model outputs, so the root cause is reported
 * once, by the other warning.
 *
 * <p>Sequential models only: graphs use softmax mid-model on purpose (attention weights multiplied
 * into values), so a softmax with consumers is no sign of a mistake there.
 */
final class SoftmaxNotLast implements Rule {
  @Override
  public ErrorKind kind() {
    return ErrorKind.SOFTMAX_NOT_LAST;
  }

  @Override
  public void checkLayer(RuleContext model, int index, Findings sink) {
    if (model.isFunctional()) {
      return;
    }
    LayerConfig config = model.config(index);
    AppliedActivation applied = AppliedActivation.of(config);
    if (applied == null || !applied.softmax) {
      return;
    }
    int count = model.configs().size();
    int next = index + 1;
    while (next < count && neutral(model, next)) {
      next++;
    }
    if (next == count) {
      return;
    }
    boolean layerOfItsOwn = LayerCatalog.is(config.type(), LayerTrait.ACTIVATION_LAYER);
    int after = count - 1 - index;
    sink.layer(
        index,
        kind(),
        null,
        LayerCatalog.is(config.type(), LayerTrait.ACTIVATION_ARGUMENT) ? "activation" : null,
        "applies softmax, but it is not the last layer: "
            + model.config(next).label()
            + " computes on its probabilities",
        List.of(
            "output: "
                + model.layer(index).outputShape()
                + ", probabilities that sum to 1, then "
                + after
                + " more layer(s)",
            "needed: softmax on the last layer only, where it turns the output scores into class"
                + " probabilities",
            layerOfItsOwn
                ? "hint:   remove "
                    + config.name()
                    + " and give the output layer"
                    + " activation = Activations.SOFTMAX"
                : "hint:   use a hidden activation here, e.g. activation = Activations.RELU, and"
                    + " give the output layer activation = Activations.SOFTMAX"));
  }

  /** Whether a layer after a softmax leaves it the model's output (see the class comment). */
  private static boolean neutral(RuleContext model, int index) {
    LayerConfig config = model.config(index);
    return LayerCatalog.is(config.type(), LayerTrait.MOVES_VALUES)
        || LayerCatalog.is(config.type(), LayerTrait.DROPOUT)
        || AppliedActivation.redundancy(model, index) != null
        || (AppliedActivation.byArgument(config.type())
            && "LINEAR".equals(config.argument("activation")));
  }
}
