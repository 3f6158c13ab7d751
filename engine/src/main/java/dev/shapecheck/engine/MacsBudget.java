package dev.shapecheck.engine;

import static dev.shapecheck.engine.RuleText.number;

import dev.shapecheck.Layer;
import dev.shapecheck.ModelSummary;
import java.util.List;

/**
 * {@code BudgetExceeded} on {@code maxMacs}: more multiply-accumulates per sample than the user's
 * budget, the cost that decides latency on a small target. With every shape known, unknown MACs
 * mean a count beyond 2^63 - 1, far over any budget; MACs unknown because of a None dimension are
 * {@link UnknownMacs}'s.
 */
final class MacsBudget implements Rule {
  @Override
  public ErrorKind kind() {
    return ErrorKind.BUDGET_EXCEEDED;
  }

  @Override
  public void checkModel(RuleContext model, Findings sink) {
    long maxMacs = model.constraints().maxMacs();
    ModelSummary summary = model.summary();
    long total = summary.totalMacs();
    if (maxMacs < 0) {
      return;
    }
    if (total == Layer.UNKNOWN) {
      if (UnknownMacs.firstUnknownDimension(summary) == null) { // the count exceeds 2^63 - 1
        sink.model(
            kind(),
            "maxMacs",
            "the model's MACs exceed 2^63 - 1, far beyond maxMacs = " + number(maxMacs),
            List.of("hint:   the input or the layers are far larger than intended"));
      }
      return;
    }
    if (total > maxMacs) {
      sink.model(
          kind(),
          "maxMacs",
          Budgets.over(total, "MACs per sample", "maxMacs", maxMacs),
          List.of(
              "largest: " + Budgets.largest(summary, Layer::macs, ""),
              "hint:    " + Budgets.shrinkHint(model, Layer::macs, "MACs")));
    }
  }
}
