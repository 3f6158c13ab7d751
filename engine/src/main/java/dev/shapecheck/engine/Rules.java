package dev.shapecheck.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Every {@link Rule}, by the phase that runs it, in the order they run: a model's problems come
 * out in rule order within each layer (the engines sort them by layer, stably). The facades
 * {@link ConstraintChecks}, {@link WarningChecks} and {@link GraphWarnings} are the engines' entry
 * points into these lists.
 */
final class Rules {
  private Rules() {}

  /** Budgets that can never hold, found before any shape is computed. */
  static final List<Rule> BUDGET_VALIDATION =
      List.of(
          new NegativeBudget("maxParams", DesignConstraints::maxParams),
          new NegativeBudget("maxMacs", DesignConstraints::maxMacs),
          new NegativeBudget("maxParamBytes", DesignConstraints::maxParamBytes));

  /** Every constraint of a sequential model that can never hold, budgets included. */
  static final List<Rule> CONSTRAINT_VALIDATION =
      concat(
          List.of(new InvalidExpectOutput()), BUDGET_VALIDATION, List.of(new InvalidExpectShape()));

  /** A sequential model's expectations: the {@code @ExpectShape}s, then {@code expectOutput}. */
  static final List<Rule> EXPECTATIONS = List.of(new ShapeMismatch(), new OutputMismatch());

  /** The budgets, facts about the declared model, checked even when an expectation fails. */
  static final List<Rule> BUDGETS =
      List.of(new ParamsBudget(), new UnknownMacs(), new MacsBudget(), new ParamBytesBudget());

  /** What {@link ConstraintChecks#check} runs on a sequential model: expectations, budgets. */
  static final List<Rule> CONSTRAINTS = concat(EXPECTATIONS, BUDGETS);

  /** The warnings about layers, of any model without errors. */
  static final List<Rule> WARNINGS =
      List.of(
          new DroppedInput(),
          new ParameterExplosion(),
          new SoftmaxNotLast(),
          new RedundantActivation(),
          new DropoutLast());

  /** The warnings about how a functional model is wired; indices count its members. */
  static final List<Rule> GRAPH_WARNINGS = List.of(new UnusedInput(), new UnusedLayer());

  /** Every rule, once. */
  static List<Rule> all() {
    return concat(CONSTRAINT_VALIDATION, CONSTRAINTS, WARNINGS, GRAPH_WARNINGS);
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
