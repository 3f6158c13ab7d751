package dev.shapecheck.processor;

import dev.shapecheck.DType;
import dev.shapecheck.Shape;
import dev.shapecheck.engine.LayerConfig;
import dev.shapecheck.engine.ModelConfig;
import dev.shapecheck.engine.ShapeEngine;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Random models for {@link FuzzTest}, each held twice: as the Java source a user would write and as
 * the engine's {@link ModelConfig} built from the same values with {@link
 * LayerConfig#withDefaults}, so the processor's reading of the source can be compared with the
 * engine run directly.
 *
 * <p>Attribute values are chosen by each annotation attribute's declared type, read by reflection
 * from the whole catalogue, so a layer added later is fuzzed without touching this class. Every
 * rendered source is valid Java ({@code Double.NaN}, {@code -2147483648}): a source javac rejects
 * on its own would stop annotation processing for the whole batch and prove nothing.
 */
final class FuzzModels {
  /** One annotation as written: {@code @Conv2D(filters = 3, kernelSize = {2, 2})}. */
  static final class Annotation {
    final String type;

    /** Explicit attributes in the engine's forms: Integer, int[], Double, Boolean, String. */
    final Map<String, Object> values = new LinkedHashMap<>();

    /** The same attributes as Java source, in the same order. */
    final Map<String, String> source = new LinkedHashMap<>();

    Annotation(String type) {
      this.type = type;
    }

    String render() {
      if (source.isEmpty()) {
        return "@" + type;
      }
      return source.entrySet().stream()
          .map(e -> e.getKey() + " = " + e.getValue())
          .collect(Collectors.joining(", ", "@" + type + "(", ")"));
    }
  }

  /** One random model: its source and the engine's view of it. */
  static final class Model {
    final String simpleName;
    final List<String> lines;
    final ModelConfig config;

    Model(String simpleName, List<String> lines, ModelConfig config) {
      this.simpleName = simpleName;
      this.lines = lines;
      this.config = config;
    }

    String qualifiedName() {
      return PACKAGE + "." + simpleName;
    }

    String source() {
      return String.join("\n", lines);
    }
  }

  static final String PACKAGE = "fuzz";
  private static final String LAYERS_PACKAGE = "dev.shapecheck.layers.";

  private final Random random;
  private final List<String> layerTypes = new ArrayList<>();
  private final List<String> wrapperTypes = new ArrayList<>(ShapeEngine.wrapperTypes());
  private final List<String> recurrentTypes = List.of("SimpleRNN", "LSTM", "GRU");

  /** How often, in the model being generated, a value comes from the wild distribution. */
  private double wildness;

  FuzzModels(long seed) {
    random = new Random(seed);
    for (String type : ShapeEngine.layerTypes()) { // sorted: the same seed gives the same models
      if (!ShapeEngine.wrapperTypes().contains(type)) {
        layerTypes.add(type);
      }
    }
  }

  Model next(String simpleName) {
    // Half the models are tame (valid values, mostly defaults, short stacks), so that many get
    // through and their numbers are compared; the others mix in ever more hostile values.
    boolean tame = random.nextBoolean();
    wildness = tame ? 0 : random.nextDouble() * 0.5;
    int[] input = input();
    int batchSize = random.nextInt(10) == 0 ? wildInt() : Shape.NONE;
    DType dtype = random.nextInt(4) == 0 ? pick(DType.values()) : DType.FLOAT32;
    String name = simpleName.toLowerCase(java.util.Locale.ROOT);

    List<String> lines = new ArrayList<>();
    lines.add("package " + PACKAGE + ";");
    lines.add("import dev.shapecheck.*;");
    lines.add("import dev.shapecheck.layers.*;");
    StringBuilder sequential =
        new StringBuilder("@Sequential(name = \"" + name + "\", input = " + ints(input, false));
    if (batchSize != Shape.NONE) {
      sequential.append(", batchSize = ").append(intLiteral(batchSize));
    }
    if (dtype != DType.FLOAT32) {
      sequential.append(", dtype = DType.").append(dtype.name());
    }
    lines.add(sequential.append(")").toString());
    lines.add("public interface " + simpleName + " {");
    List<LayerConfig> layers = new ArrayList<>();
    int count = 1 + random.nextInt(tame ? 2 : 4);
    for (int i = 0; i < count; i++) {
      String layerName = "l" + i;
      List<Annotation> annotations = layer(); // outermost first
      StringBuilder line = new StringBuilder("  ");
      for (Annotation annotation : annotations) {
        line.append(annotation.render()).append(' ');
      }
      lines.add(line.append("Layer ").append(layerName).append("();").toString());
      Annotation innermost = annotations.get(annotations.size() - 1);
      LayerConfig config = LayerConfig.withDefaults(layerName, innermost.type, innermost.values);
      for (int a = annotations.size() - 2; a >= 0; a--) {
        Annotation wrapper = annotations.get(a);
        config = LayerConfig.withDefaults(layerName, wrapper.type, wrapper.values, config);
      }
      layers.add(config);
    }
    lines.add("}");
    return new Model(
        simpleName, lines, ModelConfig.of(name, input, batchSize, layers, dtype.name()));
  }

  /** A layer's annotations, outermost first: now and then inside one or two wrappers. */
  private List<Annotation> layer() {
    List<Annotation> annotations = new ArrayList<>();
    int wrappers = random.nextInt(12) == 0 ? 1 + random.nextInt(2) : 0;
    List<String> chosen = new ArrayList<>(wrapperTypes);
    java.util.Collections.shuffle(chosen, random);
    for (String wrapper : chosen.subList(0, wrappers)) {
      annotations.add(annotation(wrapper));
    }
    boolean bidirectional = chosen.subList(0, wrappers).contains("Bidirectional");
    String type = bidirectional && random.nextInt(4) != 0 ? pick(recurrentTypes) : pick(layerTypes);
    annotations.add(annotation(type));
    return annotations;
  }

  private Annotation annotation(String type) {
    Annotation annotation = new Annotation(type);
    Method[] attributes;
    try {
      attributes = Class.forName(LAYERS_PACKAGE + type).getDeclaredMethods();
    } catch (ClassNotFoundException e) {
      throw new AssertionError("the engine knows " + type + ", but there is no annotation", e);
    }
    Arrays.sort(attributes, Comparator.comparing(Method::getName)); // reflection's order varies
    for (Method attribute : attributes) {
      boolean required = attribute.getDefaultValue() == null;
      if (!required && random.nextInt(10) >= 3) {
        continue; // left to its default, as most attributes are in real models
      }
      value(attribute.getName(), attribute.getReturnType(), annotation);
    }
    return annotation;
  }

  private void value(String name, Class<?> type, Annotation into) {
    if (type == int.class) {
      int v = wild() ? wildInt() : tameInt(name);
      into.values.put(name, v);
      into.source.put(name, intLiteral(v));
    } else if (type == int[].class) {
      int[] v = intArray(name);
      into.values.put(name, v);
      into.source.put(name, ints(v, v.length == 1 && random.nextBoolean()));
    } else if (type == double.class) {
      double v = wild() ? wildDouble() : Math.round(random.nextDouble() * 90) / 100.0;
      into.values.put(name, v);
      into.source.put(name, doubleLiteral(v));
    } else if (type == double[].class) {
      double[] v = new double[wild() ? random.nextInt(5) : 1 + random.nextInt(3)];
      for (int i = 0; i < v.length; i++) {
        v[i] = wild() ? wildDouble() : Math.round(random.nextDouble() * 90) / 100.0;
      }
      into.values.put(name, v);
      into.source.put(
          name,
          v.length == 1 && random.nextBoolean()
              ? doubleLiteral(v[0])
              : Arrays.stream(v)
                  .mapToObj(FuzzModels::doubleLiteral)
                  .collect(Collectors.joining(", ", "{", "}")));
    } else if (type == boolean.class) {
      boolean v = random.nextBoolean();
      into.values.put(name, v);
      into.source.put(name, Boolean.toString(v));
    } else if (type.isEnum()) {
      Enum<?> v = pick((Enum<?>[]) type.getEnumConstants());
      into.values.put(name, v.name());
      into.source.put(name, type.getSimpleName() + "." + v.name());
    } else if (type == String.class) {
      // A custom layer's class name: mostly a Python identifier, now and then one Python rejects.
      String v = pick(new String[] {"LayerScale", "Scale_2", "_Gate", "", "2Scale", "a b"});
      into.values.put(name, v);
      into.source.put(name, "\"" + v + "\"");
    } else {
      throw new AssertionError("the fuzzer cannot write an attribute of type " + type);
    }
  }

  private boolean wild() {
    return random.nextDouble() < wildness;
  }

  private int[] input() {
    int[] dims = new int[1 + random.nextInt(5)];
    for (int i = 0; i < dims.length; i++) {
      dims[i] = wild() ? wildInt() : random.nextInt(8) == 0 ? Shape.NONE : 2 + random.nextInt(15);
    }
    return dims;
  }

  private int tameInt(String name) {
    if (name.equals("axis") || name.equals("seed")) {
      return -1;
    }
    return 1 + random.nextInt(3);
  }

  /** Small, zero, negative, huge and the extremes. */
  private int wildInt() {
    int roll = random.nextInt(100);
    if (roll < 40) {
      return 1 + random.nextInt(8);
    } else if (roll < 50) {
      return 0;
    } else if (roll < 60) {
      return -1;
    } else if (roll < 67) {
      return -2 - random.nextInt(9);
    } else if (roll < 77) {
      return 9 + random.nextInt(100);
    } else if (roll < 85) {
      return 1 << (16 + random.nextInt(15)); // 2^16 .. 2^30
    } else if (roll < 90) {
      return random.nextInt() | 1 << 30; // huge, or negative huge
    } else if (roll < 95) {
      return Integer.MAX_VALUE;
    }
    return Integer.MIN_VALUE;
  }

  private int[] intArray(String name) {
    boolean wild = wild();
    int length = wild ? random.nextInt(8) : 1 + random.nextInt(3);
    int[] values = new int[length];
    for (int i = 0; i < length; i++) {
      values[i] = wild ? wildInt() : tameInt(name);
    }
    return values;
  }

  private double wildDouble() {
    switch (random.nextInt(12)) {
      case 0:
        return Double.NaN;
      case 1:
        return Double.POSITIVE_INFINITY;
      case 2:
        return Double.NEGATIVE_INFINITY;
      case 3:
        return -random.nextDouble() * 10;
      case 4:
        return Double.MAX_VALUE;
      case 5:
        return -Double.MAX_VALUE;
      case 6:
        return Double.MIN_VALUE;
      case 7:
        return 0;
      case 8:
        return 1;
      case 9:
        return 1e300 * random.nextDouble();
      default:
        return random.nextDouble() * 2;
    }
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  static String intLiteral(int value) {
    return Integer.toString(value); // "-2147483648" is valid Java: the minus applies to the literal
  }

  /** {@code {1, 2}}, or a lone value without braces, which Java allows for one element. */
  static String ints(int[] values, boolean bare) {
    if (bare) {
      return intLiteral(values[0]);
    }
    return Arrays.stream(values)
        .mapToObj(v -> v == Shape.NONE ? "Shape.NONE" : intLiteral(v))
        .collect(Collectors.joining(", ", "{", "}"));
  }

  static String doubleLiteral(double value) {
    if (Double.isNaN(value)) {
      return "Double.NaN";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "Double.POSITIVE_INFINITY" : "Double.NEGATIVE_INFINITY";
    }
    return Double.toString(value); // "1.0E-5", "-0.0", "4.9E-324": all valid literals
  }
}
