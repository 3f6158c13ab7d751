package dev.shapecheck.bench;

import dev.shapecheck.Activations;
import dev.shapecheck.Padding;
import dev.shapecheck.Shape;
import dev.shapecheck.engine.LayerConfig;
import dev.shapecheck.engine.ModelConfig;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/**
 * A valid Keras-style sequential model made up for the benchmarks, in one neutral form that gives
 * both the annotated interface javac compiles and the {@link ModelConfig} the engine benchmark
 * checks, so the two benchmarks measure the same models.
 *
 * <p>Argument values are {@code Integer}, {@code int[]}, {@code Double}, {@code Boolean} or an enum
 * constant ({@link Activations}, {@link Padding}); the enum type is what the source needs.
 */
record SyntheticModel(String interfaceName, int[] input, List<SyntheticModel.Layer> layers) {

  /** Layers of every {@link #mixed} model: the per-layer figures divide by it. */
  static final int MIXED_LAYERS = 20;

  /** One layer: its method name, its Keras type (the annotation's simple name), its arguments. */
  record Layer(String name, String type, Map<String, Object> arguments) {}

  /**
   * A 20-layer model of the kind people write: three convolution blocks (Conv2D, batch
   * normalization, max or average pooling, dropout), a reshape to a sequence for an LSTM or GRU, a
   * permute, then a dense head. Sizes come from {@code random}, so one seed is one corpus.
   */
  static SyntheticModel mixed(String interfaceName, Random random) {
    int side = random.nextBoolean() ? 32 : 64;
    int[] input = {side, side, random.nextBoolean() ? 1 : 3};
    Builder b = new Builder();
    int filters = 0;
    for (int block = 1; block <= 3; block++) {
      filters = (8 << block) * (1 + random.nextInt(2));
      b.add(
          "conv" + block,
          "Conv2D",
          "filters",
          filters,
          "kernelSize",
          random.nextBoolean() ? 3 : 5,
          "padding",
          Padding.SAME,
          "activation",
          Activations.RELU);
      b.add("bn" + block, "BatchNormalization");
      b.add(
          "pool" + block,
          random.nextBoolean() ? "MaxPooling2D" : "AveragePooling2D",
          "poolSize",
          2);
      if (block > 1) {
        b.add("drop" + block, "Dropout", "rate", rate(random));
      }
    }
    int steps = (side / 8) * (side / 8);
    b.add("to_sequence", "Reshape", "targetShape", new int[] {steps, filters});
    b.add(
        "recurrent",
        random.nextBoolean() ? "LSTM" : "GRU",
        "units",
        32 << random.nextInt(2),
        "returnSequences",
        true);
    b.add("transpose", "Permute", "dims", new int[] {2, 1});
    b.add("flatten", "Flatten");
    b.add("dense1", "Dense", "units", 32 << random.nextInt(3), "activation", Activations.RELU);
    b.add("bn4", "BatchNormalization");
    b.add("drop4", "Dropout", "rate", rate(random));
    b.add("dense2", "Dense", "units", 32 + 16 * random.nextInt(3), "activation", Activations.RELU);
    b.add("output", "Dense", "units", 10, "activation", Activations.SOFTMAX);
    if (b.layers.size() != MIXED_LAYERS) {
      throw new AssertionError(b.layers.size() + " layers");
    }
    return new SyntheticModel(interfaceName, input, List.copyOf(b.layers));
  }

  /**
   * A model of {@code count} layers repeating an 8-layer cycle on a (32, 16) sequence (Conv1D,
   * batch normalization, dropout, permute, a dense on the permuted axis, permute back, reshape,
   * LSTM), each layer keeping the cycle valid, so any count is a valid model: the scaling model.
   */
  static SyntheticModel deep(String interfaceName, int count) {
    Builder b = new Builder();
    for (int i = 0; b.layers.size() < count; i++) {
      switch (i % 8) {
        case 0 ->
            b.add(
                "conv_" + i,
                "Conv1D",
                "filters",
                16,
                "kernelSize",
                3,
                "padding",
                Padding.SAME,
                "activation",
                Activations.RELU);
        case 1 -> b.add("bn_" + i, "BatchNormalization");
        case 2 -> b.add("drop_" + i, "Dropout", "rate", 0.1);
        case 3 -> b.add("permute_" + i, "Permute", "dims", new int[] {2, 1});
        case 4 -> b.add("dense_" + i, "Dense", "units", 32, "activation", Activations.RELU);
        case 5 -> b.add("permute_" + i, "Permute", "dims", new int[] {2, 1});
        case 6 -> b.add("reshape_" + i, "Reshape", "targetShape", new int[] {32, 16});
        default -> b.add("lstm_" + i, "LSTM", "units", 16, "returnSequences", true);
      }
    }
    return new SyntheticModel(interfaceName, new int[] {32, 16}, List.copyOf(b.layers));
  }

  private static double rate(Random random) {
    return (1 + random.nextInt(5)) / 10.0;
  }

  /** Keras's name for the model: the interface name in lower case (names here have no humps). */
  String modelName() {
    return interfaceName.toLowerCase(java.util.Locale.ROOT);
  }

  /** The engine's form of this model, with annotation defaults filled in as javac would. */
  ModelConfig config() {
    List<LayerConfig> configs = new ArrayList<>(layers.size());
    for (Layer layer : layers) {
      Map<String, Object> arguments = new LinkedHashMap<>();
      layer.arguments().forEach((k, v) -> arguments.put(k, v instanceof Enum<?> e ? e.name() : v));
      configs.add(LayerConfig.withDefaults(layer.name(), layer.type(), arguments));
    }
    return ModelConfig.of(modelName(), input, Shape.NONE, configs);
  }

  /** The annotated interface a user would write, in package {@code pkg}. */
  String source(String pkg) {
    TreeSet<String> imports =
        new TreeSet<>(List.of("dev.shapecheck.Layer", "dev.shapecheck.Sequential"));
    StringBuilder body = new StringBuilder();
    for (Layer layer : layers) {
      imports.add("dev.shapecheck.layers." + layer.type());
      body.append("  @").append(layer.type());
      if (!layer.arguments().isEmpty()) {
        body.append('(');
        String separator = "";
        for (Map.Entry<String, Object> argument : layer.arguments().entrySet()) {
          body.append(separator).append(argument.getKey()).append(" = ");
          Object value = argument.getValue();
          if (value instanceof Enum<?> e) {
            imports.add(e.getDeclaringClass().getName());
            body.append(e.getDeclaringClass().getSimpleName()).append('.').append(e.name());
          } else if (value instanceof int[] dims) {
            body.append(Arrays.toString(dims).replace('[', '{').replace(']', '}'));
          } else {
            body.append(value);
          }
          separator = ", ";
        }
        body.append(')');
      }
      body.append(" Layer ").append(layer.name()).append("();\n");
    }
    StringBuilder source = new StringBuilder("package ").append(pkg).append(";\n\n");
    imports.forEach(i -> source.append("import ").append(i).append(";\n"));
    source
        .append("\n@Sequential(name = \"")
        .append(modelName())
        .append("\", input = ")
        .append(Arrays.toString(input).replace('[', '{').replace(']', '}'))
        .append(")\n")
        .append("public interface ")
        .append(interfaceName)
        .append(" {\n")
        .append(body)
        .append("}\n");
    return source.toString();
  }

  /** Collects layers from (attribute, value) pairs, in order. */
  private static final class Builder {
    final List<Layer> layers = new ArrayList<>();

    void add(String name, String type, Object... attributeValues) {
      Map<String, Object> arguments = new LinkedHashMap<>();
      for (int i = 0; i < attributeValues.length; i += 2) {
        arguments.put((String) attributeValues[i], attributeValues[i + 1]);
      }
      layers.add(new Layer(name, type, arguments));
    }
  }
}
