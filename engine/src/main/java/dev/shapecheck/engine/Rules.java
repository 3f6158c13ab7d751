package dev.shapecheck.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Every {@link Rule}, by the phase that runs it, in the order they run: a model's problems come
 * out in rule order within each layer (the engines sort them by layer, stably). The facade
 * {@link WarningChecks} is the engines' entry point into these lists.
 */
final class Rules {
  private Rules() {}

  /** The warnings about layers, of any model without errors. */
  static final List<Rule> WARNINGS =
      List.of(
          new DroppedInput(),
          new ParameterExplosion(),
          new SoftmaxNotLast(),
          new RedundantActivation(),
          new DropoutLast());

  /** Every rule, once. */
  static List<Rule> all() {
    return concat(WARNINGS);
  }

  @SafeVarargs
  private static List<Rule> concat(List<Rule>... lists) {
    List<Rule> all = new ArrayList<>();
    for (List<Rule> list : lists) {
      all.addAll(list);
    }
    return List.copyOf(all);
  }

  /**
   * Runs {@code rules} on {@code model}: every row with a layer configuration, in order, through
   * each rule's {@link Rule#checkLayer}; then the model through each rule's {@link
   * Rule#checkModel}.
   */
  static void run(List<Rule> rules, RuleContext model, Findings sink) {
    List<LayerConfig> configs = model.configs();
    for (int i = 0; i < configs.size(); i++) {
      if (configs.get(i) == null) {
        continue;
      }
      for (Rule rule : rules) {
        rule.checkLayer(model, i, sink);
      }
    }
    for (Rule rule : rules) {
      rule.checkModel(model, sink);
    }
  }
}
