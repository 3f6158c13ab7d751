package dev.shapecheck.engine;

import dev.shapecheck.ModelSummary;
import java.util.List;

/**
 * The warnings: models Keras builds without a complaint that are still probably not what their
 * author meant. They exist because a shape checker sees, for free, mistakes that otherwise show up
 * only as a model that trains worse than it should. They run on a model without errors, once every
 * shape and parameter count is known, and report through {@link Findings} so that they read like
 * the engine's errors; the processor prints them as javac warnings, which never stop generation.
 *
 * <p>Each warning is a {@link Rule} of {@link Rules#WARNINGS}, whose class says why it exists:
 * {@link DroppedInput}, {@link ParameterExplosion}, {@link SoftmaxNotLast}, {@link
 * RedundantActivation}, {@link DropoutLast}; each is documented in the "Warnings" table of
 * docs/errors.md. Layers inside {@code Bidirectional} and {@code TimeDistributed} wrappers are not
 * inspected. In a functional model (rows naming their inbound layers) "the layer before" is the
 * one inbound layer a row consumes, and a row with several inbound layers has none; the rules
 * about one layer and what feeds it apply unchanged, {@code DropoutLast} to each output, and
 * {@code SoftmaxNotLast} not at all.
 */
final class WarningChecks {
  private WarningChecks() {}

  /**
   * Reports every warning of a model whose shapes are all known; {@code configs} parallels the
   * summary's layers (null for the InputLayer rows of a functional model).
   */
  static void check(List<LayerConfig> configs, ModelSummary summary, Findings findings) {
    Rules.run(Rules.WARNINGS, RuleContext.checked(configs, summary), findings);
  }
}
