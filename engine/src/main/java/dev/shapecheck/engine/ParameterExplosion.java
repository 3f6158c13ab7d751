package dev.shapecheck.engine;

import static dev.shapecheck.engine.RuleText.number;

import dev.shapecheck.Layer;
import dev.shapecheck.Shape;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code ParameterExplosion}: one fully connected ({@code Dense}) layer with at least {@value
 * #PERCENT}% of the parameters of a model of at least 1,000,000, when some other layer has weights
 * too. Below a million the whole model is small (4 MB of float32), and a model of one weighted
 * layer holds all its weights there by definition. The usual cause is a {@code Flatten} of a large
 * feature map, which the message names with its alternative: such a layer costs memory and invites
 * overfitting.
 */
final class ParameterExplosion implements Rule {
  /** A Dense layer with this share of the parameters or more is an explosion... */
  static final int PERCENT = 50;

  /** ... in a model of at least this many parameters. */
  static final long MIN_PARAMS = 1_000_000;

  @Override
  public ErrorKind kind() {
    return ErrorKind.PARAMETER_EXPLOSION;
  }

  @Override
  public void checkLayer(RuleContext model, int index, Findings sink) {
    Layer layer = model.layer(index);
    long totalParams = model.summary().totalParams();
    if (!LayerCatalog.is(model.config(index).type(), LayerTrait.FULLY_CONNECTED)
        || totalParams < MIN_PARAMS
        || !atLeastPercent(layer.params(), totalParams, PERCENT)
        || layersWithWeights(model) < 2) {
      return;
    }
    String share = String.format(Locale.ROOT, "%.1f%%", 100.0 * layer.params() / totalParams);
    String name = layer.name();
    List<String> details = new ArrayList<>();
    details.add("input:  " + model.input(index).detail());
    details.add(
        "needed: less than "
            + PERCENT
            + "% of the weights in one Dense layer"
            + " (checked from "
            + number(MIN_PARAMS)
            + " parameters on): there they"
            + " cost memory and invite overfitting");
    int flatten = model.predecessor(index);
    while (model.isLayer(flatten)
        && LayerCatalog.is(model.config(flatten).type(), LayerTrait.DROPOUT)) {
      flatten = model.predecessor(flatten);
    }
    Shape featureMap = model.isLayer(flatten) ? model.layer(flatten).inputShape() : null;
    if (model.isLayer(flatten)
        && LayerCatalog.is(model.config(flatten).type(), LayerTrait.FLATTENS)
        && featureMap.rank() >= 2
        && featureMap.rank() <= 4) {
      LayerConfig flattenConfig = model.config(flatten);
      boolean channelsFirst = "CHANNELS_FIRST".equals(flattenConfig.argument("dataFormat"));
      int channels = featureMap.dim(channelsFirst ? 0 : featureMap.rank() - 1);
      long units = layer.outputShape().dim(layer.outputShape().rank() - 1);
      long inputs = layer.inputShape().dim(layer.inputShape().rank() - 1);
      long bias = layer.params() - inputs * units; // the bias, whatever useBias said
      long pooled = (long) channels * units + bias;
      String pooling = "@GlobalAveragePooling" + (featureMap.rank() - 1) + "D";
      details.add(
          "cause:  "
              + flattenConfig.name()
              + " (Flatten) turns the "
              + featureMap.dimsToString()
              + " output of "
              + (model.predecessor(flatten) < 0
                  ? "the model input"
                  : model.layer(model.predecessor(flatten)).name())
              + " into "
              + number(inputs)
              + " features, each with "
              + number(units)
              + " weights in "
              + name);
      details.add(
          "hint:   replace "
              + flattenConfig.name()
              + " with "
              + pooling
              + " ("
              + name
              + " would take "
              + number(channels)
              + " inputs: "
              + number(pooled)
              + " parameters instead of "
              + number(layer.params())
              + "), or downsample more before it");
    } else {
      details.add(
          "hint:   give "
              + name
              + " fewer units, or shrink its input"
              + " (more downsampling, or global pooling instead of Flatten)");
    }
    sink.layer(
        index,
        kind(),
        null,
        "units",
        "holds "
            + number(layer.params())
            + " of the model's "
            + number(totalParams)
            + " parameters ("
            + share
            + ")",
        details);
  }

  private static int layersWithWeights(RuleContext model) {
    int count = 0;
    for (Layer layer : model.layers()) {
      if (layer.params() > 0) {
        count++;
      }
    }
    return count;
  }

  /** {@code part >= percent% of whole}, exactly: counts reach 2^63 - 1, where * 100 overflows. */
  private static boolean atLeastPercent(long part, long whole, int percent) {
    return BigInteger.valueOf(part)
            .multiply(BigInteger.valueOf(100))
            .compareTo(BigInteger.valueOf(whole).multiply(BigInteger.valueOf(percent)))
        >= 0;
  }
}
