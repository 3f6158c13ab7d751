package dev.shapecheck.engine;

import java.util.List;
import java.util.function.ToLongFunction;

/**
 * {@code InvalidConstraint} on a budget ({@code maxParams}, {@code maxMacs}, {@code maxParamBytes};
 * one instance each): a negative limit other than -1 (no budget), which no model can meet. Found
 * before any shape is computed, so it is reported even when the shapes fail.
 */
final class NegativeBudget implements Rule {
  private final String attribute;
  private final ToLongFunction<DesignConstraints> budget;

  NegativeBudget(String attribute, ToLongFunction<DesignConstraints> budget) {
    this.attribute = attribute;
    this.budget = budget;
  }

  @Override
  public ErrorKind kind() {
    return ErrorKind.INVALID_CONSTRAINT;
  }

  @Override
  public void checkModel(RuleContext model, Findings sink) {
    long limit = budget.applyAsLong(model.constraints());
    if (limit >= 0 || limit == DesignConstraints.NONE) {
      return;
    }
    sink.model(
        kind(),
        attribute,
        attribute + " = " + limit + " is negative, so no model can meet it",
        List.of(
            "hint: give a limit of 0 or more, e.g. "
                + attribute
                + " = 100_000L; "
                + "-1 (the default) sets no budget"));
  }
}
