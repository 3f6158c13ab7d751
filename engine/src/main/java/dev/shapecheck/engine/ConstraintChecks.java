package dev.shapecheck.engine;

import dev.shapecheck.Layer;
import dev.shapecheck.ModelSummary;
import java.util.List;

/**
 * The user's design constraints — {@code @Sequential(expectOutput, maxParams, maxMacs,
 * maxParamBytes)} and {@code @ExpectShape} — held against a model: the engines' entry points into
 * the constraint {@link Rule}s of {@link Rules}, each of which says why it exists. Keras has no
 * such notion: they are assertions the user writes so that an architecture that is valid but not
 * the one meant, or too big for its target, fails the build with the numbers that say why.
 *
 * <p>Constraints are checked in two steps, like layers. {@link #validate} rejects constraints that
 * can never hold (a negative budget, a dimension of 0) before any shape is computed, so they are
 * reported together with argument errors even when shapes fail. {@link #check} runs on a model
 * whose every shape is known: the {@code @ExpectShape}s in layer order, then {@code expectOutput}
 * (the last expectation of the chain), then the budgets. The first failing expectation ends the
 * chain — the shapes after it are not the ones the user meant, so later expectations would only
 * cascade — while budgets are facts about the declared model and are always checked.
 */
final class ConstraintChecks {
  private ConstraintChecks() {}

  /** Reports every constraint that can never hold, whether or not shapes can be computed. */
  static void validate(ModelConfig model, Findings findings) {
    Rules.run(Rules.CONSTRAINT_VALIDATION, RuleContext.declared(model), findings);
  }

  /** Reports each budget that is negative (other than {@link DesignConstraints#NONE}). */
  static void validateBudgets(DesignConstraints constraints, Findings findings) {
    Rules.run(Rules.BUDGET_VALIDATION, RuleContext.declared(constraints), findings);
  }

  /** Reports layer {@code index}'s {@code @ExpectShape} (null: none) if it can never hold. */
  static void validateExpectShape(int index, int[] expected, Findings findings) {
    InvalidExpectShape.check(index, expected, findings);
  }

  /** Checks the expectations, then the budgets, of a model whose shapes are all known. */
  static void check(ModelConfig model, ModelSummary summary, Findings findings) {
    Rules.run(Rules.CONSTRAINTS, RuleContext.checked(model, summary), findings);
  }

  /**
   * Checks the budgets of a model whose shapes are all known; {@code configs} parallels the
   * summary's layers (null for the InputLayer rows of a functional model) and names the argument
   * that shrinks the largest contributor.
   */
  static void checkBudgets(
      DesignConstraints constraints,
      ModelSummary summary,
      List<LayerConfig> configs,
      Findings findings) {
    Rules.run(Rules.BUDGETS, RuleContext.checked(constraints, configs, summary), findings);
  }

  /** The headline of a failed {@code @ExpectShape}: what came out, what was expected. */
  static String mismatch(Layer layer, int[] expected) {
    return Expectations.mismatch(layer, expected);
  }

  /**
   * The hint for an {@code @ExpectShape} that does not hold when the layer itself tells what to
   * change (an unknown dimension on one side, or a units/filters argument), or null.
   */
  static String expectationHint(Layer layer, LayerConfig config, int[] expected) {
    return Expectations.hint(layer, config, expected);
  }

  /** Keras's grouping: 102,764,544. */
  static String number(long value) {
    return RuleText.number(value);
  }
}
