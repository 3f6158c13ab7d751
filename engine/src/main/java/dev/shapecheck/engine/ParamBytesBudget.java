package dev.shapecheck.engine;

import static dev.shapecheck.engine.RuleText.number;

import dev.shapecheck.DType;
import dev.shapecheck.Layer;
import dev.shapecheck.ModelSummary;
import java.util.List;

/**
 * {@code BudgetExceeded} on {@code maxParamBytes}: weights that take more memory than the user's
 * budget at the model's dtype, what decides whether a model fits on its device. The hint also
 * offers the next smaller float type when it exists, and says whether it would fit.
 */
final class ParamBytesBudget implements Rule {
  @Override
  public ErrorKind kind() {
    return ErrorKind.BUDGET_EXCEEDED;
  }

  @Override
  public void checkModel(RuleContext model, Findings sink) {
    long maxParamBytes = model.constraints().maxParamBytes();
    ModelSummary summary = model.summary();
    long total = summary.paramBytes();
    DType dtype = summary.dtype();
    if (maxParamBytes < 0 || total != Layer.UNKNOWN && total <= maxParamBytes) {
      return;
    }
    String headline =
        total == Layer.UNKNOWN
            ? "the model's weights exceed 2^63 - 1 bytes, far beyond maxParamBytes = "
                + number(maxParamBytes)
            : Budgets.over(
                total,
                "bytes of " + dtype.kerasName() + " weights",
                "maxParamBytes",
                maxParamBytes);
    String hint = Budgets.shrinkHint(model, Layer::params, "parameters");
    DType half =
        dtype == DType.FLOAT64 ? DType.FLOAT32 : dtype == DType.FLOAT32 ? DType.FLOAT16 : null;
    if (half != null && total != Layer.UNKNOWN) {
      long int64 = summary.int64Params(); // 8 bytes whatever the dtype
      long halved = (summary.totalParams() - int64) * half.bytes() + int64 * Long.BYTES;
      hint +=
          "; or dtype = DType."
              + half
              + ", which makes them "
              + number(halved)
              + " bytes"
              + (halved <= maxParamBytes ? " (within budget)" : " (still over)");
    }
    sink.model(
        kind(),
        "maxParamBytes",
        headline,
        List.of(
            "largest: "
                + (total == Layer.UNKNOWN
                    ? Budgets.largest(summary, Layer::params, " parameters")
                    : Budgets.largest(
                        summary,
                        layer ->
                            (layer.params() - layer.int64Params()) * dtype.bytes()
                                + layer.int64Params() * Long.BYTES,
                        " bytes")),
            "hint:    " + hint));
  }
}
