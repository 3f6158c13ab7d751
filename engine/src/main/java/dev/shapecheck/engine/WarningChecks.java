package dev.shapecheck.engine;

import dev.shapecheck.DataFormat;
import dev.shapecheck.Layer;
import dev.shapecheck.ModelSummary;
import dev.shapecheck.Shape;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The warnings: models Keras builds without a complaint that are still probably not what their
 * author meant. They exist because a shape checker sees, for free, mistakes that otherwise show up
 * only as a model that trains worse than it should. They run on a model without errors, once every
 * shape and parameter count is known, and report through {@link Findings} so that they read like
 * the engine's errors; the processor prints them as javac warnings, which never stop generation.
 *
 * <p>The rules, each documented in the README's "Warnings" table:
 *
 * <ul>
 *   <li>{@code DroppedInput}: a VALID pooling or plain, depthwise or separable convolution whose
 *       last window ends before the input does. Along an axis of known length {@code n}, a window
 *       spanning {@code k' = (k - 1) * dilation + 1} at stride {@code s} gives {@code out = (n -
 *       k') / s + 1} positions that cover {@code (out - 1) * s + k'} elements; the last {@code
 *       (n - k') mod s} are never read. Axes with {@code s > k'} are left out: such a layer skips
 *       {@code s - k'} elements between every two windows by design (a 1x1 convolution with
 *       strides 2 is ResNet's downsampling), so its trailing remainder is no surprise. Stride 1
 *       never drops; transposed convolutions scatter rather than gather and never drop.
 *   <li>{@code ParameterExplosion}: one {@code Dense} layer with at least {@value
 *       #EXPLOSION_PERCENT}% of the parameters of a model of at least 1,000,000, when some other
 *       layer has weights too. Below a million the whole model is small (4 MB of float32), and a
 *       model of one weighted layer holds all its weights there by definition. The usual cause is
 *       a {@code Flatten} of a large feature map, which the message names with its alternative.
 *   <li>{@code SoftmaxNotLast}: softmax ({@code activation = SOFTMAX}, {@code Activation(SOFTMAX)}
 *       or {@code Softmax}) on a layer followed by one that computes on its probabilities. Layers
 *       that only move values ({@code Flatten}, {@code Reshape}, {@code Permute}), dropout and
 *       noise layers (which {@code DropoutLast} reports if they end the model), linear activations
 *       and activations reported as redundant do not count: after them the softmax is still what
 *       the model outputs, so the root cause is reported once, by the other warning.
 *   <li>{@code DropoutLast}: {@code Dropout}, {@code SpatialDropout1D/2D/3D}, {@code
 *       GaussianDropout}, {@code AlphaDropout} or {@code GaussianNoise} as the last layer.
 *   <li>{@code RedundantActivation}: a standalone activation layer right after a layer whose
 *       activation already keeps every value in the range where the second one is the identity
 *       ({@code ReLU} after relu, sigmoid or softmax; {@code ReLU(maxValue = 6)} after relu6 or
 *       sigmoid, but not after relu, whose values it does clip), and softmax right after softmax
 *       on the same axis, which is not the identity but a second normalization that flattens the
 *       probabilities. Ranges are taken closed, so nothing is reported that could change a value.
 * </ul>
 *
 * <p>Layers inside {@code Bidirectional} and {@code TimeDistributed} wrappers are not inspected.
 *
 * <p>In a functional model (rows naming their inbound layers) "the layer before" is the one inbound
 * layer a row consumes, and a row with several inbound layers has none. There the rules that are
 * about one layer and what feeds it apply unchanged: {@code DroppedInput}, {@code
 * ParameterExplosion}, {@code RedundantActivation}, and {@code DropoutLast} for each output.
 * {@code SoftmaxNotLast} is left out: graphs use softmax mid-model on purpose (attention weights
 * multiplied into values), so a softmax with consumers is no sign of a mistake there.
 */
final class WarningChecks {
  /** A Dense layer with this share of the parameters or more is an explosion... */
  static final int EXPLOSION_PERCENT = 50;

  /** ... in a model of at least this many parameters. */
  static final long EXPLOSION_MIN_PARAMS = 1_000_000;

  private static final double INF = Double.POSITIVE_INFINITY;

  private final List<LayerConfig> configs;
  private final List<Layer> layers;
  private final long totalParams;
  private final Findings findings;
  private final boolean functional;
  private final java.util.Map<String, Integer> rowOf = new java.util.HashMap<>();

  private WarningChecks(List<LayerConfig> configs, ModelSummary summary, Findings findings) {
    this.configs = configs;
    this.layers = summary.layers();
    this.totalParams = summary.totalParams();
    this.findings = findings;
    this.functional = summary.isFunctional();
    for (int i = 0; i < layers.size(); i++) {
      rowOf.put(layers.get(i).name(), i);
    }
  }

  /**
   * Reports every warning of a model whose shapes are all known; {@code configs} parallels the
   * summary's layers (null for the InputLayer rows of a functional model).
   */
  static void check(List<LayerConfig> configs, ModelSummary summary, Findings findings) {
    WarningChecks checks = new WarningChecks(configs, summary, findings);
    if (checks.functional) {
      checks.runFunctional(summary);
    } else {
      checks.run();
    }
  }

  private void runFunctional(ModelSummary summary) {
    for (int i = 0; i < configs.size(); i++) {
      if (configs.get(i) == null) {
        continue;
      }
      droppedInput(i);
      parameterExplosion(i);
      if (redundantAfter(i) != null) {
        redundantActivation(i);
      }
    }
    for (Layer output : summary.outputLayers()) {
      int index = rowOf.get(output.name());
      if (configs.get(index) != null) {
        dropoutLast(index);
      }
    }
  }

  /**
   * The row that feeds row {@code index}: the previous one in a sequential model, the one inbound
   * row in a functional model; -1 when there is none (the model input, or several inbound rows).
   */
  private int predecessor(int index) {
    if (!functional) {
      return index - 1;
    }
    List<String> inbound = layers.get(index).inbound();
    return inbound.size() == 1 ? rowOf.getOrDefault(inbound.get(0), -1) : -1;
  }

  /** Whether {@code index} is a row with a layer configuration (not -1, not an InputLayer). */
  private boolean isLayer(int index) {
    return index >= 0 && configs.get(index) != null;
  }

  private void run() {
    int count = configs.size();
    boolean[] redundant = new boolean[count];
    for (int i = 1; i < count; i++) {
      redundant[i] = redundantAfter(i) != null;
    }
    for (int i = 0; i < count; i++) {
      droppedInput(i);
      parameterExplosion(i);
      softmaxNotLast(i, redundant);
      if (redundant[i]) {
        redundantActivation(i);
      }
    }
    dropoutLast(count - 1);
  }

  // ---------------------------------------------------------------------------------- DroppedInput

  private void droppedInput(int index) {
    LayerConfig config = configs.get(index);
    String type = config.type();
    boolean pooling = LayerCatalog.is(type, LayerTrait.POOLING_WINDOW);
    boolean convolution = LayerCatalog.is(type, LayerTrait.CONVOLUTION_WINDOW);
    if (!(pooling || convolution) || !"VALID".equals(config.argument("padding"))) {
      return;
    }
    int rank = type.charAt(type.length() - 2) - '0';
    String sizeAttribute = pooling ? "poolSize" : "kernelSize";
    int[] window = tuple(config, sizeAttribute, rank, null);
    int[] strides = tuple(config, "strides", rank, window); // pooling: empty means the pool size
    int[] dilation = pooling ? ones(rank) : tuple(config, "dilationRate", rank, ones(rank));
    if (window == null || strides == null || dilation == null) {
      return; // not a form the engine would have accepted; nothing to say
    }
    DataFormat format =
        "CHANNELS_FIRST".equals(config.argument("dataFormat"))
            ? DataFormat.CHANNELS_FIRST
            : DataFormat.CHANNELS_LAST;
    SpatialLayout layout = new SpatialLayout(rank, format);
    Shape input = layers.get(index).inputShape();
    Shape output = layers.get(index).outputShape();

    List<String> dropped = new ArrayList<>();
    List<String> covered = new ArrayList<>();
    List<String> fitting = new ArrayList<>();
    int[] sizes = new int[rank];
    int[] biggerWindow = window.clone();
    int[] sameSpatial = new int[rank];
    long positions = 1;
    long read = 1;
    for (int a = 0; a < rank; a++) {
      int n = layout.spatial(input, a);
      int s = strides[a];
      sizes[a] = n;
      sameSpatial[a] = n == Shape.NONE ? Shape.NONE : (int) (((long) n + s - 1) / s);
      long span = (long) (window[a] - 1) * dilation[a] + 1;
      if (n == Shape.NONE || s > span) {
        positions = -1;
        continue;
      }
      long out = (n - span) / s + 1;
      long cover = (out - 1) * s + span;
      int drop = (int) (n - cover);
      positions = positions < 0 ? -1 : positions * n;
      read = read * cover;
      if (drop == 0) {
        continue;
      }
      String axis = AXIS_NAMES[rank - 1][a];
      dropped.add(
          "the last " + count(drop, UNITS[rank - 1][a]) + (rank == 1 ? "" : " (" + axis + ")"));
      covered.add(
          axis + " (" + out + " - 1) * " + s + " + " + span + " = " + cover + " of " + n);
      fitting.add(axis + " " + cover + " or " + (cover + s) + " (not " + n + ")");
      biggerWindow[a] = window[a] + drop;
    }
    if (dropped.isEmpty()) {
      return;
    }
    String what = SpatialLayout.window(window) + (pooling ? " pool" : " kernel");
    StringBuilder headline =
        new StringBuilder(what)
            .append(" with strides ")
            .append(sameOrTuple(strides))
            .append(" and Padding.VALID drops ")
            .append(String.join(" and ", dropped))
            .append(" of ")
            .append(inputDescription(index));
    if (rank > 1 && positions > 0) {
      headline
          .append(": ")
          .append(String.format(Locale.ROOT, "%,d of %,d", positions - read, positions))
          .append(" positions per channel never reach a window");
    }
    int channels = layout.channels(output);
    String resize =
        pooling && config.argument("strides") instanceof int[]
                && ((int[]) config.argument("strides")).length == 0
            ? sizeAttribute + " = " + sameOrArray(biggerWindow) + " with strides = "
                + sameOrArray(strides)
            : sizeAttribute + " = " + sameOrArray(biggerWindow);
    findings.layer(
        index,
        ErrorKind.DROPPED_INPUT,
        null,
        "padding",
        headline.toString(),
        List.of(
            "input:   " + inputDetail(index),
            "covered: " + String.join(", ", covered),
            "needed:  (size - " + (pooling ? "poolSize" : "kernel span")
                + ") divisible by the stride to read every element, e.g. "
                + String.join(", ", fitting),
            "hint:    use padding = Padding.SAME (output "
                + layout.assemble(output, sameSpatial, channels)
                + "), or an input or kernel size that divides: " + resize + " keeps the output "
                + output + " and reads every element"));
  }

  private static final String[][] AXIS_NAMES = {
    {"steps"}, {"height", "width"}, {"depth", "height", "width"}
  };

  private static final String[][] UNITS = {
    {"step"}, {"row", "column"}, {"slice", "row", "column"}
  };

  private int layersWithWeights() {
    int count = 0;
    for (Layer layer : layers) {
      if (layer.params() > 0) {
        count++;
      }
    }
    return count;
  }

  private static String count(int n, String unit) {
    return n == 1 ? unit : n + " " + unit + "s";
  }

  // ---------------------------------------------------------------------------- ParameterExplosion

  private void parameterExplosion(int index) {
    Layer layer = layers.get(index);
    if (!"Dense".equals(configs.get(index).type())
        || totalParams < EXPLOSION_MIN_PARAMS
        || !atLeastPercent(layer.params(), totalParams, EXPLOSION_PERCENT)
        || layersWithWeights() < 2) {
      return;
    }
    String share = String.format(Locale.ROOT, "%.1f%%", 100.0 * layer.params() / totalParams);
    String name = layer.name();
    List<String> details = new ArrayList<>();
    details.add("input:  " + inputDetail(index));
    details.add(
        "needed: less than " + EXPLOSION_PERCENT + "% of the weights in one Dense layer"
            + " (checked from " + number(EXPLOSION_MIN_PARAMS) + " parameters on): there they"
            + " cost memory and invite overfitting");
    int flatten = predecessor(index);
    while (isLayer(flatten) && LayerCatalog.is(configs.get(flatten).type(), LayerTrait.DROPOUT)) {
      flatten = predecessor(flatten);
    }
    Shape featureMap = isLayer(flatten) ? layers.get(flatten).inputShape() : null;
    if (isLayer(flatten)
        && "Flatten".equals(configs.get(flatten).type())
        && featureMap.rank() >= 2
        && featureMap.rank() <= 4) {
      boolean channelsFirst = "CHANNELS_FIRST".equals(configs.get(flatten).argument("dataFormat"));
      int channels = featureMap.dim(channelsFirst ? 0 : featureMap.rank() - 1);
      long units = layer.outputShape().dim(layer.outputShape().rank() - 1);
      long inputs = layer.inputShape().dim(layer.inputShape().rank() - 1);
      long bias = layer.params() - inputs * units; // the bias, whatever useBias said
      long pooled = (long) channels * units + bias;
      String pooling = "@GlobalAveragePooling" + (featureMap.rank() - 1) + "D";
      details.add(
          "cause:  " + configs.get(flatten).name() + " (Flatten) turns the "
              + featureMap.dimsToString() + " output of "
              + (predecessor(flatten) < 0
                  ? "the model input"
                  : layers.get(predecessor(flatten)).name())
              + " into " + number(inputs) + " features, each with " + number(units)
              + " weights in " + name);
      details.add(
          "hint:   replace " + configs.get(flatten).name() + " with " + pooling + " (" + name
              + " would take " + number(channels) + " inputs: " + number(pooled)
              + " parameters instead of " + number(layer.params())
              + "), or downsample more before it");
    } else {
      details.add(
          "hint:   give " + name + " fewer units, or shrink its input"
              + " (more downsampling, or global pooling instead of Flatten)");
    }
    findings.layer(
        index,
        ErrorKind.PARAMETER_EXPLOSION,
        null,
        "units",
        "holds " + number(layer.params()) + " of the model's " + number(totalParams)
            + " parameters (" + share + ")",
        details);
  }

  /** {@code part >= percent% of whole}, exactly: counts reach 2^63 - 1, where * 100 overflows. */
  private static boolean atLeastPercent(long part, long whole, int percent) {
    return BigInteger.valueOf(part)
            .multiply(BigInteger.valueOf(100))
            .compareTo(BigInteger.valueOf(whole).multiply(BigInteger.valueOf(percent)))
        >= 0;
  }

  // -------------------------------------------------------------------------------- SoftmaxNotLast

  private void softmaxNotLast(int index, boolean[] redundant) {
    Applied applied = applied(index);
    if (applied == null || !applied.softmax) {
      return;
    }
    int next = index + 1;
    while (next < configs.size() && neutral(next, redundant)) {
      next++;
    }
    if (next == configs.size()) {
      return;
    }
    LayerConfig config = configs.get(index);
    boolean layerOfItsOwn = isActivationLayer(config.type());
    int after = configs.size() - 1 - index;
    findings.layer(
        index,
        ErrorKind.SOFTMAX_NOT_LAST,
        null,
        hasActivationAttribute(config.type()) ? "activation" : null,
        "applies softmax, but it is not the last layer: " + configs.get(next).label()
            + " computes on its probabilities",
        List.of(
            "output: " + layers.get(index).outputShape()
                + ", probabilities that sum to 1, then " + after + " more layer(s)",
            "needed: softmax on the last layer only, where it turns the output scores into class"
                + " probabilities",
            layerOfItsOwn
                ? "hint:   remove " + config.name() + " and give the output layer"
                    + " activation = Activations.SOFTMAX"
                : "hint:   use a hidden activation here, e.g. activation = Activations.RELU, and"
                    + " give the output layer activation = Activations.SOFTMAX"));
  }

  /** Whether a layer after a softmax leaves it the model's output (see the class comment). */
  private boolean neutral(int index, boolean[] redundant) {
    LayerConfig config = configs.get(index);
    return LayerCatalog.is(config.type(), LayerTrait.MOVES_VALUES)
        || LayerCatalog.is(config.type(), LayerTrait.DROPOUT)
        || redundant[index]
        || ("Activation".equals(config.type()) && "LINEAR".equals(config.argument("activation")));
  }

  // ----------------------------------------------------------------------------------- DropoutLast

  private void dropoutLast(int index) {
    if (index < 0 || !LayerCatalog.is(configs.get(index).type(), LayerTrait.DROPOUT)) {
      return;
    }
    LayerConfig config = configs.get(index);
    String type = config.type();
    String effect =
        type.startsWith("Gaussian")
            ? "puts noise on the model's predictions during training"
            : "zeroes some of the model's predictions during training";
    findings.layer(
        index,
        ErrorKind.DROPOUT_LAST,
        null,
        null,
        "is the last layer: it " + effect + " (the loss sees them damaged) and does nothing at"
            + " inference",
        List.of(
            "input:  " + inputDetail(index),
            "needed: the output layer last, after every " + type
                + ", so that it learns from the regularized features",
            !isLayer(predecessor(index))
                ? "hint:   remove " + config.name() + ", or add the output layer after it"
                : "hint:   move " + config.name() + " before "
                    + configs.get(predecessor(index)).name()
                    + ", or remove it"));
  }

  // --------------------------------------------------------------------------- RedundantActivation

  /** Why layer {@code index} repeats the activation before it, or null when it does not. */
  private String redundantAfter(int index) {
    if (!isLayer(predecessor(index))) {
      return null;
    }
    Applied before = applied(predecessor(index));
    if (before == null) {
      return null;
    }
    LayerConfig second = configs.get(index);
    Integer axis = softmaxAxis(second);
    if (before.softmax && axis != null && sameAxis(before.axis, axis, layers.get(index))) {
      return "softmax";
    }
    double[] identity = identityRange(second);
    if (identity != null && before.low >= identity[0] && before.high <= identity[1]) {
      return "identity";
    }
    return null;
  }

  private void redundantActivation(int index) {
    LayerConfig config = configs.get(index);
    LayerConfig previous = configs.get(predecessor(index));
    Applied before = applied(predecessor(index));
    String name = describe(config);
    String attribute = "Activation".equals(config.type()) ? "activation" : null;
    String linear =
        hasActivationAttribute(previous.type()) && !isActivationLayer(previous.type())
            ? ", or give " + previous.name() + " activation = Activations.LINEAR so that "
                + config.name() + " alone applies it"
            : "";
    if ("softmax".equals(redundantAfter(index))) {
      findings.layer(
          index,
          ErrorKind.REDUNDANT_ACTIVATION,
          null,
          attribute,
          "softmax after the softmax of " + previous.name() + " normalizes twice: the"
              + " probabilities are squeezed toward uniform, not left as they are",
          List.of(
              "input:  " + inputDetail(index) + ", already probabilities",
              "needed: one softmax per axis",
              "hint:   remove " + config.name() + linear));
      return;
    }
    double[] identity = identityRange(config);
    findings.layer(
        index,
        ErrorKind.REDUNDANT_ACTIVATION,
        null,
        attribute,
        name + " changes nothing after the " + before.name + " of " + previous.name()
            + ": every value is already in " + range(before.low, before.high)
            + ", where " + name + " returns its input",
        List.of(
            "input:  " + inputDetail(index) + ", after " + before.name,
            "needed: an activation that changes values in " + range(before.low, before.high)
                + "; " + name + " is the identity on " + range(identity[0], identity[1]),
            "hint:   remove " + config.name() + linear));
  }

  /** The activation a layer's output has been through, as far as these rules tell them apart. */
  private static final class Applied {
    final String name;
    /** The closed range of the output values. */
    final double low;
    final double high;
    final boolean softmax;
    /** The softmax's axis, counting the batch; -1 unless {@link #softmax}. */
    final int axis;

    Applied(String name, double low, double high, boolean softmax, int axis) {
      this.name = name;
      this.low = low;
      this.high = high;
      this.softmax = softmax;
      this.axis = axis;
    }
  }

  /** What layer {@code index} ends with, or null for no activation this class knows a range of. */
  private Applied applied(int index) {
    LayerConfig config = configs.get(index);
    String type = config.type();
    if (hasActivationAttribute(type)) {
      Object activation = config.argument("activation");
      if (!(activation instanceof String) || "LINEAR".equals(activation)) {
        return null;
      }
      String keras = ((String) activation).toLowerCase(Locale.ROOT);
      switch ((String) activation) {
        case "SOFTMAX":
          return new Applied(keras, 0, 1, true, -1);
        case "SIGMOID":
        case "HARD_SIGMOID":
          return new Applied(keras, 0, 1, false, -1);
        case "RELU":
        case "SOFTPLUS":
        case "EXPONENTIAL":
          return new Applied(keras, 0, INF, false, -1);
        case "RELU6":
          return new Applied(keras, 0, 6, false, -1);
        case "TANH":
        case "SOFTSIGN":
          return new Applied(keras, -1, 1, false, -1);
        default: // the others reach below zero, where no activation here is the identity
          return new Applied(keras, -INF, INF, false, -1);
      }
    }
    switch (type) {
      case "ReLU":
        return number(config, "negativeSlope", 0) == 0
            ? new Applied(describe(config), 0, number(config, "maxValue", INF), false, -1)
            : null;
      case "ThresholdedReLU":
        return new Applied(describe(config), 0, INF, false, -1);
      case "Softmax":
        return new Applied("softmax", 0, 1, true, integer(config, "axis", -1));
      default:
        return null;
    }
  }

  /** The softmax axis of a standalone softmax layer, or null when it is not one. */
  private static Integer softmaxAxis(LayerConfig config) {
    if ("Softmax".equals(config.type())) {
      return integer(config, "axis", -1);
    }
    if ("Activation".equals(config.type()) && "SOFTMAX".equals(config.argument("activation"))) {
      return -1;
    }
    return null;
  }

  /** Where a standalone activation layer returns its input unchanged, closed, or null. */
  private static double[] identityRange(LayerConfig config) {
    switch (config.type()) {
      case "Activation":
        Object activation = config.argument("activation");
        if ("RELU".equals(activation)
            || "LEAKY_RELU".equals(activation)
            || "ELU".equals(activation)) {
          return new double[] {0, INF};
        }
        return "RELU6".equals(activation) ? new double[] {0, 6} : null;
      case "ReLU":
        return new double[] {number(config, "threshold", 0), number(config, "maxValue", INF)};
      case "LeakyReLU":
      case "ELU":
        return new double[] {0, INF};
      case "ThresholdedReLU":
        return number(config, "theta", 1) == 0 ? new double[] {0, INF} : null;
      default:
        return null;
    }
  }

  private static boolean sameAxis(int first, int second, Layer layer) {
    int ranks = layer.inputShape().rank() + 1;
    return Math.floorMod(first, ranks) == Math.floorMod(second, ranks);
  }

  /** "relu", "relu6", or a ReLU layer's arguments when it is neither. */
  private static String describe(LayerConfig config) {
    switch (config.type()) {
      case "Activation":
        Object activation = config.argument("activation");
        return activation instanceof String
            ? ((String) activation).toLowerCase(Locale.ROOT)
            : "the activation";
      case "ReLU":
        double max = number(config, "maxValue", INF);
        double slope = number(config, "negativeSlope", 0);
        double threshold = number(config, "threshold", 0);
        if (slope == 0 && threshold == 0 && (max == INF || max == 6)) {
          return max == INF ? "relu" : "relu6";
        }
        List<String> args = new ArrayList<>();
        if (max != INF) {
          args.add("maxValue = " + max);
        }
        if (slope != 0) {
          args.add("negativeSlope = " + slope);
        }
        if (threshold != 0) {
          args.add("threshold = " + threshold);
        }
        return "ReLU(" + String.join(", ", args) + ")";
      case "ThresholdedReLU":
        return "ThresholdedReLU(theta = " + number(config, "theta", 1) + ")";
      case "LeakyReLU":
        return "leaky relu";
      case "ELU":
        return "elu";
      default:
        return config.type();
    }
  }

  /** Layers whose {@code activation} attribute is applied last, to their whole output. */
  private static boolean hasActivationAttribute(String type) {
    return LayerCatalog.is(type, LayerTrait.ACTIVATION_ARGUMENT);
  }

  private static boolean isActivationLayer(String type) {
    return LayerCatalog.is(type, LayerTrait.ACTIVATION_LAYER);
  }

  private static String range(double low, double high) {
    return "[" + plain(low) + ", " + (high == INF ? "∞)" : plain(high) + "]");
  }

  private static String plain(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }

  // ------------------------------------------------------------------------------------- helpers

  /** "the (11, 11, 64) output of conv2" */
  private String inputDescription(int index) {
    return description(index).toString();
  }

  /** "(None, 11, 11, 64) from conv2" */
  private String inputDetail(int index) {
    return description(index).detail();
  }

  private InputDescription description(int index) {
    Shape input = layers.get(index).inputShape();
    int previous = predecessor(index);
    if (functional) {
      return InputDescription.outputOf(layers.get(index).inbound().get(0), input);
    }
    return previous < 0
        ? InputDescription.modelInput(input)
        : InputDescription.outputOf(configs.get(previous).name(), input);
  }

  /** A tuple argument broadcast to {@code rank}; {@code empty} when it is {}, null if unusable. */
  private static int[] tuple(LayerConfig config, String attribute, int rank, int[] empty) {
    Object value = config.argument(attribute);
    if (!(value instanceof int[])) {
      return null;
    }
    int[] values = (int[]) value;
    if (values.length == 0) {
      return empty;
    }
    if (values.length == rank) {
      return values.clone();
    }
    if (values.length != 1) {
      return null;
    }
    int[] broadcast = new int[rank];
    Arrays.fill(broadcast, values[0]);
    return broadcast;
  }

  private static int[] ones(int rank) {
    int[] ones = new int[rank];
    Arrays.fill(ones, 1);
    return ones;
  }

  /** "2" when every axis has the same value, else "(2, 3)". */
  private static String sameOrTuple(int[] values) {
    return Arrays.stream(values).distinct().count() == 1
        ? Integer.toString(values[0])
        : Arguments.tuple(values);
  }

  /** "3" when every axis has the same value, else "{3, 4}", as written in an annotation. */
  private static String sameOrArray(int[] values) {
    return Arrays.stream(values).distinct().count() == 1
        ? Integer.toString(values[0])
        : Arguments.format(values);
  }

  private static double number(LayerConfig config, String attribute, double fallback) {
    Object value = config.argument(attribute);
    return value instanceof Number ? ((Number) value).doubleValue() : fallback;
  }

  private static int integer(LayerConfig config, String attribute, int fallback) {
    Object value = config.argument(attribute);
    return value instanceof Integer ? (Integer) value : fallback;
  }

  private static String number(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }
}
