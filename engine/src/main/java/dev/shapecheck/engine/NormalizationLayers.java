package dev.shapecheck.engine;

import dev.shapecheck.layers.BatchNormalization;
import dev.shapecheck.layers.GroupNormalization;
import dev.shapecheck.layers.LayerNormalization;
import dev.shapecheck.layers.UnitNormalization;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Keras's normalization layers: batch, layer, group and unit normalization. They share how {@code
 * axis} is read (Keras's numbering, batch = 0), so one spec serves them all.
 */
final class NormalizationLayers {
  private NormalizationLayers() {}

  /** The initializers, regularizers and constraints of Keras 3's LayerNormalization and its kin. */
  private static final String BETA_AND_GAMMA =
      " beta_initializer gamma_initializer beta_regularizer gamma_regularizer beta_constraint"
          + " gamma_constraint";

  static void register() {
    LayerCatalog.layer(
            BatchNormalization.class,
            NormalizationSpec::parseBatch,
            "axis",
            "momentum",
            "epsilon",
            "center",
            "scale")
        .keras2(
            "name trainable dtype axis momentum epsilon center scale"
                + " beta_initializer gamma_initializer moving_mean_initializer"
                + " moving_variance_initializer beta_regularizer gamma_regularizer"
                + " beta_constraint gamma_constraint")
        .keras2Stored(NormalizationLayers::resolvedAxes)
        .keras3(
            "name trainable dtype axis momentum epsilon center scale beta_initializer"
                + " gamma_initializer moving_mean_initializer moving_variance_initializer"
                + " beta_regularizer gamma_regularizer beta_constraint gamma_constraint"
                + " synchronized renorm renorm_clipping renorm_momentum")
        .keras3Call("mask");
    LayerCatalog.layer(
            LayerNormalization.class,
            NormalizationSpec::parseLayer,
            "axis",
            "epsilon",
            "center",
            "scale")
        .keras2(
            "name trainable dtype axis epsilon center scale beta_initializer"
                + " gamma_initializer beta_regularizer gamma_regularizer beta_constraint"
                + " gamma_constraint")
        .keras2Stored(NormalizationLayers::resolvedAxes)
        .keras3("name trainable dtype axis epsilon center scale rms_scaling" + BETA_AND_GAMMA)
        .keras3Stored(NormalizationLayers::sortedAxes);
    LayerCatalog.layer(
            GroupNormalization.class,
            NormalizationSpec::parseGroup,
            "groups",
            "axis",
            "epsilon",
            "center",
            "scale")
        .keras2(
            "name trainable dtype groups axis epsilon center scale beta_initializer"
                + " gamma_initializer beta_regularizer gamma_regularizer beta_constraint"
                + " gamma_constraint")
        .keras2Stored(NormalizationLayers::groupsOfOneChannel)
        .keras3("name trainable dtype groups axis epsilon center scale" + BETA_AND_GAMMA)
        .keras3Stored(NormalizationLayers::groupsOfOneChannel);
    LayerCatalog.layer(UnitNormalization.class, NormalizationSpec::parseUnit, "axis")
        .keras2()
        .builtAtInit();
  }

  /**
   * Keras's LayerNormalization.build stores its axis as a sorted list: an int {@code a} as {@code
   * [a]}, a list sorted as given (negative axes not resolved).
   */
  private static void sortedAxes(Map<String, Object> config, List<Object> inputShape) {
    Object axis = config.get("axis");
    int[] axes = axis instanceof Integer ? new int[] {(Integer) axis} : ((int[]) axis).clone();
    Arrays.sort(axes);
    config.put("axis", axes);
  }

  /**
   * Keras's GroupNormalization.build replaces {@code groups=-1} (one group per channel) by the
   * number of channels, the size of the input's {@code axis}.
   */
  private static void groupsOfOneChannel(Map<String, Object> config, List<Object> inputShape) {
    if ((Integer) config.get("groups") == -1) {
      int axis = (Integer) config.get("axis");
      config.put("groups", inputShape.get(axis < 0 ? inputShape.size() + axis : axis));
    }
  }

  /**
   * tf.keras 2's BatchNormalization.build and LayerNormalization.build store their axis as {@code
   * tf_utils.validate_axis} gives it: a list, in the order given, each negative axis resolved
   * against the input's rank.
   */
  private static void resolvedAxes(Map<String, Object> config, List<Object> inputShape) {
    Object axis = config.get("axis");
    int[] axes = axis instanceof Integer ? new int[] {(Integer) axis} : ((int[]) axis).clone();
    for (int i = 0; i < axes.length; i++) {
      axes[i] = axes[i] < 0 ? inputShape.size() + axes[i] : axes[i];
    }
    config.put("axis", axes);
  }
}
