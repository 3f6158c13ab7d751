package dev.shapecheck.engine;

import dev.shapecheck.Layer;
import dev.shapecheck.Shape;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code ShapeMismatch}: a layer whose output differs from its {@code @ExpectShape}. Keras has no
 * such notion: the user asserts the shapes meant, so that an architecture that is valid but not the
 * one meant fails the build with the numbers that say why. The expectations are checked in layer
 * order, and a mismatch leaves unchecked every expectation that follows from it, as its shapes are
 * not the ones the user meant: in a sequential model that is every later one (and {@code
 * expectOutput}, {@link OutputMismatch}), which the message lists as not checked; in a functional
 * model, the rows that depend on it, while independent branches are still checked.
 */
final class ShapeMismatch implements Rule {
  @Override
  public ErrorKind kind() {
    return ErrorKind.SHAPE_MISMATCH;
  }

  @Override
  public void checkModel(RuleContext model, Findings sink) {
    if (model.isSequential()) {
      checkChain(model, sink);
    } else {
      checkBranches(model, sink);
    }
  }

  /** A sequential model's chain of expectations: the first that fails ends it. */
  private void checkChain(RuleContext model, Findings sink) {
    int i = Expectations.firstMismatch(model);
    if (i < 0) {
      return;
    }
    Layer layer = model.layer(i);
    int[] expected = model.config(i).expectShape();
    List<String> details = new ArrayList<>();
    details.add("input:  " + model.input(i).detail());
    details.add("output: " + layer.outputShape());
    details.add("needed: " + Shape.withBatch(layer.outputShape().batchSize(), expected));
    details.add("hint:   " + hint(model, i, expected));
    List<String> later = laterExpectations(model, i);
    if (!later.isEmpty()) {
      details.add(
          "not checked: "
              + String.join(", ", later)
              + (later.size() == 1 ? " (it follows" : " (they follow")
              + " from this output); fix this one first");
    }
    sink.layer(i, kind(), "ExpectShape", "value", Expectations.mismatch(layer, expected), details);
  }

  /**
   * Each {@code @ExpectShape} of a functional model's row whose inputs are as expected; a mismatch
   * makes every row that depends on it unchecked.
   */
  private void checkBranches(RuleContext model, Findings sink) {
    Set<String> diverged = new HashSet<>();
    List<Layer> rows = model.layers();
    for (int i = 0; i < rows.size(); i++) {
      Layer layer = rows.get(i);
      LayerConfig config = model.config(i);
      if (layer.inbound().stream().anyMatch(diverged::contains)) {
        diverged.add(layer.name());
        continue;
      }
      int[] expected = config == null ? null : config.expectShape();
      if (Expectations.holds(layer, expected)) {
        continue;
      }
      diverged.add(layer.name());
      List<String> details = new ArrayList<>();
      for (int j = 0; j < layer.inbound().size(); j++) {
        details.add(
            (layer.inbound().size() == 1 ? "input:  " : "input " + (j + 1) + ": ")
                + InputDescription.outputOf(layer.inbound().get(j), layer.inputShapes().get(j))
                    .detail());
      }
      details.add("output: " + layer.outputShape());
      details.add("needed: " + Shape.withBatch(layer.outputShape().batchSize(), expected));
      String hint = Expectations.hint(layer, config, expected);
      details.add(
          "hint:   "
              + (hint != null
                  ? hint
                  : "if its inputs are what you meant, "
                      + layer.name()
                      + "'s own arguments make"
                      + " the difference; otherwise put @ExpectShape on the layers that feed it to"
                      + " find where the shapes first diverge"));
      sink.layer(
          i, kind(), "ExpectShape", "value", Expectations.mismatch(layer, expected), details);
    }
  }

  /** The expectations after layer {@code index}, which its mismatch leaves unchecked. */
  private static List<String> laterExpectations(RuleContext model, int index) {
    List<String> later = new ArrayList<>();
    List<LayerConfig> configs = model.configs();
    for (int i = index + 1; i < configs.size(); i++) {
      if (configs.get(i).expectShape() != null) {
        later.add(configs.get(i).name() + "'s @ExpectShape");
      }
    }
    if (model.constraints().expectOutput() != null) {
      later.add("expectOutput");
    }
    return later;
  }

  /**
   * Why a layer misses its {@code @ExpectShape}, as far as can be known: the arity, an unknown
   * dimension, the one argument that sets the last dimension, or where the difference must come
   * from — the layer itself when its input is known to be as meant (the layer before has an
   * {@code @ExpectShape}, which holds as this is the first that fails).
   */
  private static String hint(RuleContext model, int index, int[] expected) {
    Layer layer = model.layer(index);
    int[] actual = layer.outputShape().dims();
    if (actual.length != expected.length) {
      return "@ExpectShape takes one value per dimension after the batch, and "
          + layer.name()
          + " outputs "
          + actual.length
          + ": "
          + layer.outputShape().dimsToString()
          + "; list "
          + actual.length
          + " values, or fix the layers if rank "
          + actual.length
          + " is not what you meant";
    }
    String own = Expectations.hint(layer, model.config(index), expected);
    if (own != null) {
      return own;
    }
    String difference = layer.name() + "'s own arguments make the difference";
    if (index == 0) {
      return layer.name()
          + " takes the model input "
          + layer.inputShape().dimsToString()
          + " directly: if input = "
          + Arguments.format(model.sequentialInput())
          + " is right, "
          + "its own arguments make the difference";
    }
    if (model.config(index - 1).expectShape() != null) {
      return "its input is as expected ("
          + model.layer(index - 1).name()
          + "'s @ExpectShape holds), so "
          + difference;
    }
    return "if its input "
        + layer.inputShape().dimsToString()
        + " is what you meant, "
        + difference
        + "; otherwise add @ExpectShape to "
        + model.layer(index - 1).name()
        + " or an earlier layer to find where the shapes first diverge";
  }
}
