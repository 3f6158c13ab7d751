package dev.shapecheck.engine;

import java.util.List;

/**
 * {@code InvalidConstraint} on {@code @ExpectShape}: an expected shape with no dimension, or with
 * one that is neither positive nor {@code Shape.NONE}, which no layer can output. Found before
 * any shape is computed, so it is reported with the argument errors even when the shapes fail.
 */
final class InvalidExpectShape implements Rule {
  @Override
  public ErrorKind kind() {
    return ErrorKind.INVALID_CONSTRAINT;
  }

  @Override
  public void checkModel(RuleContext model, Findings sink) {
    List<LayerConfig> configs = model.configs();
    for (int i = 0; i < configs.size(); i++) {
      check(i, configs.get(i).expectShape(), sink);
    }
  }

  /** Reports layer {@code index}'s {@code @ExpectShape} (null: none) if it can never hold. */
  static void check(int index, int[] expected, Findings sink) {
    if (expected == null || Expectations.allDimensions(expected) && expected.length > 0) {
      return;
    }
    sink.layer(
        index,
        ErrorKind.INVALID_CONSTRAINT,
        "ExpectShape",
        "value",
        expected.length == 0
            ? "@ExpectShape({}) expects no dimensions, but every output has at least one"
            : "@ExpectShape(" + Arguments.format(expected)
                + "), but every dimension must be positive or Shape.NONE",
        List.of(
            "hint: list the output dimensions without the batch, e.g. @ExpectShape({13, 13, 32})"
                + "; Shape.NONE stands for an unknown one"));
  }
}
