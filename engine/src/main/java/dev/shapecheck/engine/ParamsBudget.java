package dev.shapecheck.engine;

import static dev.shapecheck.engine.RuleText.number;

import dev.shapecheck.Layer;
import dev.shapecheck.ModelSummary;
import java.util.List;

/**
 * {@code BudgetExceeded} on {@code maxParams}: more parameters than the user's budget. Keras has no
 * budgets: the user declares one so that a model too big for its target fails the build, with the
 * layers that hold the most and what shrinks the largest. Budgets are facts about the declared
 * model, checked even when an expectation fails.
 */
final class ParamsBudget implements Rule {
  @Override
  public ErrorKind kind() {
    return ErrorKind.BUDGET_EXCEEDED;
  }

  @Override
  public void checkModel(RuleContext model, Findings sink) {
    long maxParams = model.constraints().maxParams();
    ModelSummary summary = model.summary();
    if (maxParams < 0 || summary.totalParams() <= maxParams) {
      return;
    }
    sink.model(
        kind(),
        "maxParams",
        Budgets.over(summary.totalParams(), "parameters", "maxParams", maxParams),
        List.of(
            "largest: " + Budgets.largest(summary, Layer::params, ""),
            "hint:    "
                + Budgets.shrinkHint(model, Layer::params, "parameters")
                + "; or raise maxParams to at least "
                + number(summary.totalParams())));
  }
}
