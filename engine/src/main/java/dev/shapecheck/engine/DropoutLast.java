package dev.shapecheck.engine;

import dev.shapecheck.Layer;
import java.util.List;

/**
 * {@code DropoutLast}: a dropout or noise layer ({@code Dropout}, {@code SpatialDropout1D/2D/3D},
 * {@code GaussianDropout}, {@code AlphaDropout}, {@code GaussianNoise}) as the last layer, or as an
 * output of a functional model. It damages the predictions the loss sees during training and does
 * nothing at inference, so the output layer learns from damaged values instead of regularized
 * features. Checked after every layer's own rules, once per output.
 */
final class DropoutLast implements Rule {
  @Override
  public ErrorKind kind() {
    return ErrorKind.DROPOUT_LAST;
  }

  @Override
  public void checkModel(RuleContext model, Findings sink) {
    if (!model.isFunctional()) {
      check(model, model.configs().size() - 1, sink);
      return;
    }
    for (Layer output : model.summary().outputLayers()) {
      int index = model.row(output.name());
      if (model.config(index) != null) {
        check(model, index, sink);
      }
    }
  }

  private void check(RuleContext model, int index, Findings sink) {
    if (index < 0 || !LayerCatalog.is(model.config(index).type(), LayerTrait.DROPOUT)) {
      return;
    }
    LayerConfig config = model.config(index);
    String effect =
        LayerCatalog.is(config.type(), LayerTrait.NOISE)
            ? "puts noise on the model's predictions during training"
            : "zeroes some of the model's predictions during training";
    int previous = model.predecessor(index);
    sink.layer(
        index,
        kind(),
        null,
        null,
        "is the last layer: it "
            + effect
            + " (the loss sees them damaged) and does nothing at"
            + " inference",
        List.of(
            "input:  " + model.input(index).detail(),
            "needed: the output layer last, after every "
                + config.type()
                + ", so that it learns from the regularized features",
            !model.isLayer(previous)
                ? "hint:   remove " + config.name() + ", or add the output layer after it"
                : "hint:   move "
                    + config.name()
                    + " before "
                    + model.config(previous).name()
                    + ", or remove it"));
  }
}
