package dev.shapecheck.engine;

import static dev.shapecheck.engine.RuleText.label;
import static dev.shapecheck.engine.RuleText.number;

import dev.shapecheck.Layer;
import dev.shapecheck.ModelSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

/**
 * What the budget rules ({@link ParamsBudget}, {@link MacsBudget}, {@link ParamBytesBudget}) say of
 * a total over its budget: by how much, the layers that contribute most, and what shrinks the
 * largest of them.
 */
final class Budgets {
  private Budgets() {}

  /** "93,322 parameters exceed maxParams = 50,000 by 43,322 (+86.6%)" */
  static String over(long total, String what, String attribute, long budget) {
    String excess =
        budget == 0
            ? ""
            : String.format(Locale.ROOT, " (+%.1f%%)", 100.0 * (total - budget) / budget);
    return number(total)
        + " "
        + what
        + " exceed "
        + attribute
        + " = "
        + number(budget)
        + " by "
        + number(total - budget)
        + excess;
  }

  /**
   * The three layers that contribute most to a total, largest first (declaration order among
   * equals), each with its share: "conv3 (Conv2D) 36,928 (39.6%), dense1 (Dense) 36,928 (39.6%)".
   */
  static String largest(ModelSummary summary, ToLongFunction<Layer> figure, String unit) {
    long total = 0;
    for (Layer layer : summary.layers()) {
      total += figure.applyAsLong(layer);
    }
    List<String> parts = new ArrayList<>();
    for (Layer layer : topThree(summary, figure)) {
      long value = figure.applyAsLong(layer);
      parts.add(
          String.format(
              Locale.ROOT,
              "%s %s%s (%.1f%%)",
              label(layer),
              number(value),
              unit,
              100.0 * value / total));
    }
    return String.join(", ", parts);
  }

  /** The (up to) three layers with the largest positive figure, largest first, stably sorted. */
  private static List<Layer> topThree(ModelSummary summary, ToLongFunction<Layer> figure) {
    List<Layer> sorted = new ArrayList<>();
    for (Layer layer : summary.layers()) {
      if (figure.applyAsLong(layer) > 0) {
        sorted.add(layer);
      }
    }
    sorted.sort(Comparator.comparingLong(figure).reversed());
    return sorted.subList(0, Math.min(3, sorted.size()));
  }

  /**
   * What shrinks the largest contributor. Only for {@link LayerTrait#PROPORTIONAL_TO_SIZE} layers
   * (dense and plain convolutions) is the figure proportional to one argument (units, filters), so
   * only there is halving promised.
   */
  static String shrinkHint(RuleContext model, ToLongFunction<Layer> figure, String what) {
    ModelSummary summary = model.summary();
    Layer top = topThree(summary, figure).get(0);
    int index = summary.layers().indexOf(top);
    LayerConfig config = model.config(index);
    String start = "the largest is " + label(top);
    int feeder = model.predecessor(index);
    boolean fullyConnected = LayerCatalog.is(top.type(), LayerTrait.FULLY_CONNECTED);
    if (fullyConnected
        && feeder >= 0
        && LayerCatalog.is(model.layer(feeder).type(), LayerTrait.FLATTENS)) {
      return start
          + ", fed by Flatten: pooling before the Flatten, or a global pooling layer"
          + " instead of it, gives it fewer inputs and so fewer "
          + what;
    }
    String attribute = fullyConnected ? "units" : "filters";
    Object value = config.argument(attribute);
    if (LayerCatalog.is(top.type(), LayerTrait.PROPORTIONAL_TO_SIZE)
        && value instanceof Integer
        && (Integer) value >= 2) {
      int size = (Integer) value;
      String positions =
          what.equals("MACs")
                  && !LayerCatalog.is(top.type(), LayerTrait.TRANSPOSED)
                  && attribute.equals("filters")
              ? "; strides = 2, or a pooling layer before it, would also cut its output positions"
              : "";
      return start
          + ": "
          + attribute
          + " = "
          + (size / 2)
          + " instead of "
          + size
          + " would"
          + (size % 2 == 0 ? "" : " about")
          + " halve its "
          + number(figure.applyAsLong(top))
          + " "
          + what
          + positions;
    }
    return start + ": shrink it first";
  }
}
