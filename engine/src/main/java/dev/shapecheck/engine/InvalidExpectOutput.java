package dev.shapecheck.engine;

import java.util.List;

/**
 * {@code InvalidConstraint} on {@code expectOutput}: an expected output with a dimension that is
 * neither positive nor {@code Shape.NONE}, which no model can meet. Like an argument error it is
 * found before any shape is computed, so it is reported even when the shapes fail. Only
 * {@code @Sequential} has the attribute.
 */
final class InvalidExpectOutput implements Rule {
  @Override
  public ErrorKind kind() {
    return ErrorKind.INVALID_CONSTRAINT;
  }

  @Override
  public void checkModel(RuleContext model, Findings sink) {
    int[] expectOutput = model.constraints().expectOutput();
    if (!model.isSequential() || expectOutput == null || Expectations.allDimensions(expectOutput)) {
      return;
    }
    sink.model(
        kind(),
        "expectOutput",
        "expectOutput = "
            + Arguments.format(expectOutput)
            + ", but every dimension must be positive or Shape.NONE",
        List.of(
            "hint: list the final dimensions without the batch, e.g. expectOutput = {10}; "
                + "leave expectOutput out to expect nothing"));
  }
}
