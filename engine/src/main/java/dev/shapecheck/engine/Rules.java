package dev.shapecheck.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Every {@link Rule}, by the phase that runs it, in the order they run, and the engine's one way
 * into them: a method per phase. A model's problems come out in rule order within each layer (the
 * engine sorts them by layer, stably), and the phases run in the order listed here. Where Keras's
 * {@code Sequential} differs from its functional models, a rule asks {@link
 * RuleContext#isSequential()}; the phases are the same for every model.
 */
final class Rules {
  private Rules() {}

  /**
   * Design constraints that can never hold, found before any shape is computed so that they are
   * reported with the argument errors even when shapes fail: {@code expectOutput}, the budgets,
   * then each {@code @ExpectShape}.
   */
  static final List<Rule> DECLARATION =
      List.of(
          new InvalidExpectOutput(),
          new NegativeBudget("maxParams", DesignConstraints::maxParams),
          new NegativeBudget("maxMacs", DesignConstraints::maxMacs),
          new NegativeBudget("maxParamBytes", DesignConstraints::maxParamBytes),
          new InvalidExpectShape());

  /**
   * The expectations, {@code @ExpectShape} then {@code expectOutput}, of a model whose shapes are
   * all known; a mismatch leaves unchecked the expectations that follow from it.
   */
  static final List<Rule> EXPECTATIONS = List.of(new ShapeMismatch(), new OutputMismatch());

  /** The budgets, facts about the declared model, checked even when an expectation fails. */
  static final List<Rule> BUDGETS =
      List.of(new ParamsBudget(), new UnknownMacs(), new MacsBudget(), new ParamBytesBudget());

  /** What {@link #checkConstraints} runs: the expectations, then the budgets. */
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
    return concat(DECLARATION, CONSTRAINTS, WARNINGS, GRAPH_WARNINGS);
  }

  /**
   * The model as declared ({@link RuleContext#declared}), before its blocks are expanded: {@link
   * #DECLARATION}, on the model and on its layers as declared; layer indices count them as messages
   * do.
   */
  static void validate(RuleContext declared, Findings sink) {
    run(DECLARATION, declared, sink);
  }

  /**
   * Row {@code index} of the expanded model ({@link RuleContext#expanded}), once its arguments are
   * validated: {@link #DECLARATION}'s checks of one layer, for the rows a model has only once its
   * blocks are expanded.
   */
  static void validateRow(RuleContext expanded, int index, Findings sink) {
    for (Rule rule : DECLARATION) {
      rule.checkLayer(expanded, index, sink);
    }
  }

  /** {@link #CONSTRAINTS}, on a model without errors ({@link RuleContext#checked}). */
  static void checkConstraints(RuleContext checked, Findings sink) {
    run(CONSTRAINTS, checked, sink);
  }

  /** {@link #WARNINGS}, on a model without errors ({@link RuleContext#checked}). */
  static void warn(RuleContext checked, Findings sink) {
    run(WARNINGS, checked, sink);
  }

  /**
   * {@link #GRAPH_WARNINGS}, on the declaration ({@link RuleContext#declared}) of a model without
   * errors; layer indices count its members as messages do.
   */
  static void checkWiring(RuleContext declared, Findings sink) {
    run(GRAPH_WARNINGS, declared, sink);
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
  private static void run(List<Rule> rules, RuleContext model, Findings sink) {
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
