package dev.shapecheck.engine;

import java.util.List;

/**
 * {@code InvalidConstraint} on {@code @ExpectShape}: an expected shape with no dimension, or with
 * one that is neither positive nor {@code Shape.NONE}, which no layer can output. Found before any
 * shape is computed, so it is reported with the argument errors even when the shapes fail: a
 * sequential model's as declared, with its {@code expectOutput} and before its layers' argument
 * errors; a functional model's, whose blocks' layers are rows only once expanded, on each row after
 * that row's argument errors.
 */
final class InvalidExpectShape implements Rule {
  @Override
  public ErrorKind kind() {
    return ErrorKind.INVALID_CONSTRAINT;
  }

  @Override
  public void checkLayer(RuleContext model, int index, Findings sink) {
    if (model.isSequential() && model.isExpanded()) {
      return; // validated as declared
    }
    int[] expected = model.config(index).expectShape();
    if (expected == null || Expectations.allDimensions(expected) && expected.length > 0) {
      return;
    }
    sink.layer(
        index,
        kind(),
        "ExpectShape",
        "value",
        expected.length == 0
            ? "@ExpectShape({}) expects no dimensions, but every output has at least one"
            : "@ExpectShape("
                + Arguments.format(expected)
                + "), but every dimension must be positive or Shape.NONE",
        List.of(
            "hint: list the output dimensions without the batch, e.g. @ExpectShape({13, 13, 32})"
                + "; Shape.NONE stands for an unknown one"));
  }
}
