package dev.shapecheck.engine;

import dev.shapecheck.DType;
import dev.shapecheck.Layer;
import dev.shapecheck.ModelSummary;
import dev.shapecheck.Shape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

/**
 * The user's design constraints — {@code @Sequential(expectOutput, maxParams, maxMacs,
 * maxParamBytes)} and {@code @ExpectShape} — held against a model. Keras has no such notion: they
 * are assertions the user writes so that an architecture that is valid but not the one meant, or
 * too big for its target, fails the build with the numbers that say why.
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
  private static final String EXPECT_SHAPE = "ExpectShape";

  private ConstraintChecks() {}

  /** Reports every constraint that can never hold, whether or not shapes can be computed. */
  static void validate(ModelConfig model, Findings findings) {
    DesignConstraints constraints = model.constraints();
    int[] expectOutput = constraints.expectOutput();
    if (expectOutput != null && !allDimensions(expectOutput)) {
      findings.model(
          ErrorKind.INVALID_CONSTRAINT,
          "expectOutput",
          "expectOutput = " + Arguments.format(expectOutput)
              + ", but every dimension must be positive or Shape.NONE",
          List.of(
              "hint: list the final dimensions without the batch, e.g. expectOutput = {10}; "
                  + "leave expectOutput out to expect nothing"));
    }
    validateBudgets(constraints, findings);
    List<LayerConfig> configs = model.layers();
    for (int i = 0; i < configs.size(); i++) {
      validateExpectShape(i, configs.get(i).expectShape(), findings);
    }
  }

  /** Reports each budget that is negative (other than {@link DesignConstraints#NONE}). */
  static void validateBudgets(DesignConstraints constraints, Findings findings) {
    validateBudget(findings, "maxParams", constraints.maxParams());
    validateBudget(findings, "maxMacs", constraints.maxMacs());
    validateBudget(findings, "maxParamBytes", constraints.maxParamBytes());
  }

  /** Reports layer {@code index}'s {@code @ExpectShape} (null: none) if it can never hold. */
  static void validateExpectShape(int index, int[] expected, Findings findings) {
    if (expected == null || allDimensions(expected) && expected.length > 0) {
      return;
    }
    findings.layer(
        index,
        ErrorKind.INVALID_CONSTRAINT,
        EXPECT_SHAPE,
        "value",
        expected.length == 0
            ? "@ExpectShape({}) expects no dimensions, but every output has at least one"
            : "@ExpectShape(" + Arguments.format(expected)
                + "), but every dimension must be positive or Shape.NONE",
        List.of(
            "hint: list the output dimensions without the batch, e.g. @ExpectShape({13, 13, 32})"
                + "; Shape.NONE stands for an unknown one"));
  }

  /** Checks the expectations, then the budgets, of a model whose shapes are all known. */
  static void check(ModelConfig model, ModelSummary summary, Findings findings) {
    if (expectationsHold(model, summary, findings)) {
      checkOutput(model, summary, findings);
    }
    checkBudgets(model.constraints(), summary, model.layers(), findings);
  }

  private static void validateBudget(Findings findings, String attribute, long budget) {
    if (budget < 0 && budget != DesignConstraints.NONE) {
      findings.model(
          ErrorKind.INVALID_CONSTRAINT,
          attribute,
          attribute + " = " + budget + " is negative, so no model can meet it",
          List.of(
              "hint: give a limit of 0 or more, e.g. " + attribute + " = 100_000L; "
                  + "-1 (the default) sets no budget"));
    }
  }

  private static boolean allDimensions(int[] dims) {
    for (int dim : dims) {
      if (dim <= 0 && dim != Shape.NONE) {
        return false;
      }
    }
    return true;
  }

  // Expectations.

  /** Checks each {@code @ExpectShape} in order; reports the first that fails, if any. */
  private static boolean expectationsHold(
      ModelConfig model, ModelSummary summary, Findings findings) {
    List<LayerConfig> configs = model.layers();
    List<Layer> layers = summary.layers();
    String verified = null; // the last layer whose @ExpectShape held, if it is the previous one
    for (int i = 0; i < layers.size(); i++) {
      int[] expected = configs.get(i).expectShape();
      if (expected == null) {
        verified = null;
        continue;
      }
      Layer layer = layers.get(i);
      if (sameDims(layer.outputShape().dims(), expected)) {
        verified = layer.name();
        continue;
      }
      List<String> details = new ArrayList<>();
      details.add("input:  " + inputDetail(layers, i));
      details.add("output: " + layer.outputShape());
      details.add("needed: " + Shape.withBatch(layer.outputShape().batchSize(), expected));
      details.add("hint:   " + layerHint(model, layers, configs.get(i), i, expected, verified));
      List<String> later = laterExpectations(model, i);
      if (!later.isEmpty()) {
        details.add(
            "not checked: " + String.join(", ", later)
                + (later.size() == 1 ? " (it follows" : " (they follow")
                + " from this output); fix this one first");
      }
      findings.layer(
          i, ErrorKind.SHAPE_MISMATCH, EXPECT_SHAPE, "value", mismatch(layer, expected), details);
      return false;
    }
    return true;
  }

  private static void checkOutput(ModelConfig model, ModelSummary summary, Findings findings) {
    int[] expected = model.constraints().expectOutput();
    if (expected == null || !allDimensions(expected)) {
      return;
    }
    Shape output = summary.outputShape();
    if (sameDims(output.dims(), expected)) {
      return;
    }
    List<Layer> layers = summary.layers();
    Layer last = layers.get(layers.size() - 1);
    LayerConfig config = model.layers().get(layers.size() - 1);
    String label = label(last);
    findings.model(
        ErrorKind.OUTPUT_MISMATCH,
        "expectOutput",
        "outputs " + output.dimsToString() + ", but expectOutput = "
            + Arguments.format(expected),
        List.of(
            "output: " + output + " from " + label
                + (layers.size() == 1
                    ? ", the only layer"
                    : ", the last of " + layers.size() + " layers"),
            "needed: " + Shape.withBatch(output.batchSize(), expected),
            "hint:   " + outputHint(last, config, expected)));
  }

  /** The headline of a failed {@code @ExpectShape}: what came out, what was expected. */
  static String mismatch(Layer layer, int[] expected) {
    Shape output = layer.outputShape();
    if (output.rank() != expected.length) {
      return "outputs " + output.dimsToString() + ", " + dimensions(output.rank())
          + " after the batch, but @ExpectShape(" + Arguments.format(expected) + ") lists "
          + expected.length;
    }
    return "outputs " + output.dimsToString() + ", but @ExpectShape expects "
        + Shape.of(expected).dimsToString();
  }

  private static String dimensions(int count) {
    return count + (count == 1 ? " dimension" : " dimensions");
  }

  private static boolean sameDims(int[] actual, int[] expected) {
    return Arrays.equals(actual, expected);
  }

  private static String inputDetail(List<Layer> layers, int index) {
    Shape input = layers.get(index).inputShape();
    return index == 0
        ? InputDescription.modelInput(input).detail()
        : InputDescription.outputOf(layers.get(index - 1).name(), input).detail();
  }

  /** The expectations after layer {@code index}, which its mismatch leaves unchecked. */
  private static List<String> laterExpectations(ModelConfig model, int index) {
    List<String> later = new ArrayList<>();
    List<LayerConfig> configs = model.layers();
    for (int i = index + 1; i < configs.size(); i++) {
      if (configs.get(i).expectShape() != null) {
        later.add(configs.get(i).name() + "'s @ExpectShape");
      }
    }
    if (model.constraints().expectOutput() != null) {
      later.add("expectOutput");
    }
    return later;
  }

  /**
   * Why a layer misses its {@code @ExpectShape}, as far as can be known: the arity, an unknown
   * dimension, the one argument that sets the last dimension, or where the difference must come
   * from — the layer itself when its input is known to be as meant.
   */
  private static String layerHint(
      ModelConfig model,
      List<Layer> layers,
      LayerConfig config,
      int index,
      int[] expected,
      String verified) {
    Layer layer = layers.get(index);
    int[] actual = layer.outputShape().dims();
    if (actual.length != expected.length) {
      return "@ExpectShape takes one value per dimension after the batch, and " + layer.name()
          + " outputs " + actual.length + ": " + layer.outputShape().dimsToString() + "; list "
          + actual.length + " values, or fix the layers if rank " + actual.length
          + " is not what you meant";
    }
    String unknown = unknownDimensionHint(actual, expected);
    if (unknown != null) {
      return unknown;
    }
    String argument = lastDimensionArgument(layer, config, expected);
    if (argument != null) {
      return argument;
    }
    String own = layer.name() + "'s own arguments make the difference";
    if (index == 0) {
      return layer.name() + " takes the model input " + layer.inputShape().dimsToString()
          + " directly: if input = " + Arguments.format(model.input()) + " is right, "
          + "its own arguments make the difference";
    }
    if (verified != null) {
      return "its input is as expected (" + verified + "'s @ExpectShape holds), so " + own;
    }
    return "if its input " + layer.inputShape().dimsToString() + " is what you meant, " + own
        + "; otherwise add @ExpectShape to " + layers.get(index - 1).name()
        + " or an earlier layer to find where the shapes first diverge";
  }

  /**
   * The hint for an {@code @ExpectShape} that does not hold when the layer itself tells what to
   * change (an unknown dimension on one side, or a units/filters argument), or null.
   */
  static String expectationHint(Layer layer, LayerConfig config, int[] expected) {
    int[] actual = layer.outputShape().dims();
    if (actual.length != expected.length) {
      return null;
    }
    String unknown = unknownDimensionHint(actual, expected);
    return unknown != null ? unknown : lastDimensionArgument(layer, config, expected);
  }

  private static String outputHint(Layer last, LayerConfig config, int[] expected) {
    Shape output = last.outputShape();
    int[] actual = output.dims();
    String label = label(last);
    if (actual.length == expected.length) {
      String unknown = unknownDimensionHint(actual, expected);
      if (unknown != null) {
        return unknown;
      }
      String argument = lastDimensionArgument(last, config, expected);
      if (argument != null) {
        return argument;
      }
      int n = actual.length - 1;
      if (onlyLastDiffers(actual, expected) && actual[n] != Shape.NONE && expected[n] > 0) {
        return "the last layer " + label + " produces " + output.dimsToString()
            + "; a Dense(units = " + expected[n] + ") after it would give "
            + Shape.of(expected).dimsToString();
      }
    } else if (expected.length == 1 && expected[0] > 0 && output.isFullyDefined()) {
      return "the last layer " + label + " produces " + actual.length + " dimensions "
          + output.dimsToString() + "; a Flatten then a Dense(units = " + expected[0]
          + ") after it would give (" + expected[0] + ")";
    }
    return "the output alone cannot tell which layer first diverges from what you meant: put"
        + " @ExpectShape on earlier layers to find it (the last layer is " + label + ")";
  }

  /** A hint when the difference is an unknown dimension on one side only, or null. */
  private static String unknownDimensionHint(int[] actual, int[] expected) {
    for (int axis = 0; axis < actual.length; axis++) {
      if (actual[axis] == expected[axis]) {
        continue;
      }
      if (actual[axis] == Shape.NONE) {
        return "dimension " + (axis + 1) + " is unknown (None), which only Shape.NONE matches;"
            + " it comes from a Shape.NONE in input = ...: give that dimension a size, or expect"
            + " Shape.NONE there";
      }
      if (expected[axis] == Shape.NONE) {
        return "Shape.NONE matches only an unknown dimension, and dimension " + (axis + 1)
            + " is " + actual[axis] + ": expect " + actual[axis] + " if that is what you meant";
      }
    }
    return null;
  }

  /**
   * When only the last dimension differs and the layer has a {@code units} or {@code filters}
   * argument that sets it: that argument, with the value that would give the expected shape.
   */
  private static String lastDimensionArgument(Layer layer, LayerConfig config, int[] expected) {
    int[] actual = layer.outputShape().dims();
    int n = actual.length - 1;
    if (config.wrapped() != null
        || !onlyLastDiffers(actual, expected)
        || expected[n] <= 0
        || "CHANNELS_FIRST".equals(String.valueOf(config.argument("dataFormat")))) {
      return null;
    }
    for (String attribute : List.of("units", "filters")) {
      if (Integer.valueOf(actual[n]).equals(config.argument(attribute))) {
        return label(layer) + " has " + attribute + " = " + actual[n] + "; " + attribute
            + " = " + expected[n] + " would give " + Shape.of(expected).dimsToString();
      }
    }
    return null;
  }

  private static boolean onlyLastDiffers(int[] actual, int[] expected) {
    int n = actual.length - 1;
    for (int axis = 0; axis < n; axis++) {
      if (actual[axis] != expected[axis]) {
        return false;
      }
    }
    return actual[n] != expected[n];
  }

  // Budgets.

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
    long maxParams = constraints.maxParams();
    if (maxParams >= 0 && summary.totalParams() > maxParams) {
      findings.model(
          ErrorKind.BUDGET_EXCEEDED,
          "maxParams",
          over(summary.totalParams(), "parameters", "maxParams", maxParams),
          List.of(
              "largest: " + largest(summary, Layer::params, ""),
              "hint:    " + shrinkHint(configs, summary, Layer::params, "parameters")
                  + "; or raise maxParams to at least " + number(summary.totalParams())));
    }
    long maxMacs = constraints.maxMacs();
    if (maxMacs >= 0) {
      checkMacs(configs, summary, maxMacs, findings);
    }
    long maxParamBytes = constraints.maxParamBytes();
    if (maxParamBytes >= 0) {
      checkParamBytes(configs, summary, maxParamBytes, findings);
    }
  }

  private static void checkMacs(
      List<LayerConfig> configs, ModelSummary summary, long maxMacs, Findings findings) {
    long total = summary.totalMacs();
    Layer unknown = firstUnknownDimension(summary);
    if (total == Layer.UNKNOWN && unknown != null) {
      findings.model(
          ErrorKind.INVALID_CONSTRAINT,
          "maxMacs",
          "maxMacs = " + number(maxMacs) + " cannot be checked: the model's MACs are unknown",
          List.of(
              "cause:  the MACs of " + label(unknown) + " depend on an unknown (None) dimension"
                  + " of its input " + unknown.inputShape(),
              "hint:   give every dimension of input = ... a size instead of Shape.NONE, "
                  + "or leave maxMacs out"));
      return;
    }
    if (total == Layer.UNKNOWN) { // every shape known: the count exceeds 2^63 - 1
      findings.model(
          ErrorKind.BUDGET_EXCEEDED,
          "maxMacs",
          "the model's MACs exceed 2^63 - 1, far beyond maxMacs = " + number(maxMacs),
          List.of("hint:   the input or the layers are far larger than intended"));
      return;
    }
    if (total > maxMacs) {
      findings.model(
          ErrorKind.BUDGET_EXCEEDED,
          "maxMacs",
          over(total, "MACs per sample", "maxMacs", maxMacs),
          List.of(
              "largest: " + largest(summary, Layer::macs, ""),
              "hint:    " + shrinkHint(configs, summary, Layer::macs, "MACs")));
    }
  }

  private static void checkParamBytes(
      List<LayerConfig> configs, ModelSummary summary, long maxParamBytes, Findings findings) {
    long total = summary.paramBytes();
    DType dtype = summary.dtype();
    if (total != Layer.UNKNOWN && total <= maxParamBytes) {
      return;
    }
    String headline =
        total == Layer.UNKNOWN
            ? "the model's weights exceed 2^63 - 1 bytes, far beyond maxParamBytes = "
                + number(maxParamBytes)
            : over(total, "bytes of " + dtype.kerasName() + " weights", "maxParamBytes",
                maxParamBytes);
    String hint = shrinkHint(configs, summary, Layer::params, "parameters");
    DType half =
        dtype == DType.FLOAT64 ? DType.FLOAT32 : dtype == DType.FLOAT32 ? DType.FLOAT16 : null;
    if (half != null && total != Layer.UNKNOWN) {
      long halved = summary.totalParams() * half.bytes();
      hint += "; or dtype = DType." + half + ", which makes them " + number(halved) + " bytes"
          + (halved <= maxParamBytes ? " (within budget)" : " (still over)");
    }
    findings.model(
        ErrorKind.BUDGET_EXCEEDED,
        "maxParamBytes",
        headline,
        List.of(
            "largest: "
                + (total == Layer.UNKNOWN
                    ? largest(summary, Layer::params, " parameters")
                    : largest(summary, layer -> layer.params() * dtype.bytes(), " bytes")),
            "hint:    " + hint));
  }

  /** "93,322 parameters exceed maxParams = 50,000 by 43,322 (+86.6%)" */
  private static String over(long total, String what, String attribute, long budget) {
    String excess =
        budget == 0
            ? ""
            : String.format(Locale.ROOT, " (+%.1f%%)", 100.0 * (total - budget) / budget);
    return number(total) + " " + what + " exceed " + attribute + " = " + number(budget) + " by "
        + number(total - budget) + excess;
  }

  /**
   * The three layers that contribute most to a total, largest first (declaration order among
   * equals), each with its share: "conv3 (Conv2D) 36,928 (39.6%), dense1 (Dense) 36,928 (39.6%)".
   */
  private static String largest(ModelSummary summary, ToLongFunction<Layer> figure, String unit) {
    long total = 0;
    for (Layer layer : summary.layers()) {
      total += figure.applyAsLong(layer);
    }
    List<String> parts = new ArrayList<>();
    for (Layer layer : topThree(summary, figure)) {
      long value = figure.applyAsLong(layer);
      parts.add(
          String.format(
              Locale.ROOT, "%s %s%s (%.1f%%)", label(layer), number(value), unit,
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
   * What shrinks the largest contributor. Only for dense and plain convolution layers is the
   * figure proportional to one argument (units, filters), so only there is halving promised.
   */
  private static String shrinkHint(
      List<LayerConfig> configs,
      ModelSummary summary,
      ToLongFunction<Layer> figure,
      String what) {
    Layer top = topThree(summary, figure).get(0);
    int index = summary.layers().indexOf(top);
    LayerConfig config = configs.get(index);
    String start = "the largest is " + label(top);
    Layer feeder = feeder(summary, index);
    if ("Dense".equals(top.type()) && feeder != null && "Flatten".equals(feeder.type())) {
      return start + ", fed by Flatten: pooling before the Flatten, or a global pooling layer"
          + " instead of it, gives it fewer inputs and so fewer " + what;
    }
    String attribute = "Dense".equals(top.type()) ? "units" : "filters";
    Object value = config.argument(attribute);
    if (LayerCatalog.is(top.type(), LayerTrait.PROPORTIONAL_TO_SIZE)
        && value instanceof Integer && (Integer) value >= 2) {
      int size = (Integer) value;
      String positions =
          what.equals("MACs")
                  && !LayerCatalog.is(top.type(), LayerTrait.TRANSPOSED)
                  && attribute.equals("filters")
              ? "; strides = 2, or a pooling layer before it, would also cut its output positions"
              : "";
      return start + ": " + attribute + " = " + (size / 2) + " instead of " + size + " would"
          + (size % 2 == 0 ? "" : " about") + " halve its " + number(figure.applyAsLong(top))
          + " " + what + positions;
    }
    return start + ": shrink it first";
  }

  /**
   * The layer whose output layer {@code index} consumes: the previous one in a sequential model,
   * the single inbound one in a functional model; null when there is none or several.
   */
  private static Layer feeder(ModelSummary summary, int index) {
    List<Layer> layers = summary.layers();
    List<String> inbound = layers.get(index).inbound();
    if (!summary.isFunctional()) {
      return index > 0 ? layers.get(index - 1) : null;
    }
    if (inbound.size() != 1) {
      return null;
    }
    for (Layer layer : layers) {
      if (layer.name().equals(inbound.get(0))) {
        return layer;
      }
    }
    return null;
  }

  /** The first layer whose MACs are unknown because a shape it sees has a None, or null. */
  private static Layer firstUnknownDimension(ModelSummary summary) {
    for (Layer layer : summary.layers()) {
      if (layer.macs() == Layer.UNKNOWN
          && !(layer.inputShape().isFullyDefined() && layer.outputShape().isFullyDefined())) {
        return layer;
      }
    }
    return null;
  }

  private static String label(Layer layer) {
    return layer.name() + " (" + layer.type() + ")";
  }

  /** Keras's grouping: 102,764,544. */
  static String number(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }
}
