package dev.shapecheck.engine;

import static dev.shapecheck.engine.RuleText.label;
import static dev.shapecheck.engine.RuleText.number;

import dev.shapecheck.Layer;
import dev.shapecheck.ModelSummary;
import java.util.List;

/**
 * {@code InvalidConstraint} on {@code maxMacs}: a MAC budget on a model whose MACs are unknown
 * because a shape has a None dimension. Such a budget can neither hold nor fail, and saying nothing
 * would let the user believe it holds; {@link MacsBudget} checks it otherwise.
 */
final class UnknownMacs implements Rule {
  @Override
  public ErrorKind kind() {
    return ErrorKind.INVALID_CONSTRAINT;
  }

  @Override
  public void checkModel(RuleContext model, Findings sink) {
    long maxMacs = model.constraints().maxMacs();
    Layer unknown = firstUnknownDimension(model.summary());
    if (maxMacs < 0 || model.summary().totalMacs() != Layer.UNKNOWN || unknown == null) {
      return;
    }
    sink.model(
        kind(),
        "maxMacs",
        "maxMacs = " + number(maxMacs) + " cannot be checked: the model's MACs are unknown",
        List.of(
            "cause:  the MACs of "
                + label(unknown)
                + " depend on an unknown (None) dimension"
                + " of its input "
                + unknown.inputShape(),
            "hint:   give every dimension of input = ... a size instead of Shape.NONE, "
                + "or leave maxMacs out"));
  }

  /** The first layer whose MACs are unknown because a shape it sees has a None, or null. */
  static Layer firstUnknownDimension(ModelSummary summary) {
    for (Layer layer : summary.layers()) {
      if (layer.macs() == Layer.UNKNOWN
          && !(layer.inputShape().isFullyDefined() && layer.outputShape().isFullyDefined())) {
        return layer;
      }
    }
    return null;
  }
}
