package dev.shapecheck.engine;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a layer annotation's declared defaults by reflection, and brings explicit values given in
 * looser forms (numbers of another type, lists for arrays, enum constants) to the engine's forms by
 * the attribute's declared type — what javac does for the processor.
 */
final class AnnotationDefaults {
  static final String LAYERS_PACKAGE = "dev.shapecheck.layers.";

  private AnnotationDefaults() {}

  static Map<String, Object> over(String type, Map<String, Object> explicit) {
    Map<String, Object> values = new TreeMap<>();
    Map<String, Class<?>> types = new TreeMap<>();
    try {
      for (Method attribute : Class.forName(LAYERS_PACKAGE + type).getDeclaredMethods()) {
        types.put(attribute.getName(), attribute.getReturnType());
        Object value = attribute.getDefaultValue();
        if (value != null) {
          values.put(attribute.getName(), coerce(attribute.getReturnType(), value));
        }
      }
    } catch (ClassNotFoundException unknownType) {
      // no defaults: the engine reports the type as unknown
    }
    for (Map.Entry<String, Object> entry : explicit.entrySet()) {
      Class<?> declared = types.get(entry.getKey());
      values.put(
          entry.getKey(), declared == null ? entry.getValue() : coerce(declared, entry.getValue()));
    }
    return values;
  }

  /** {@code value} in the engine's form for an attribute declared as {@code type}. */
  private static Object coerce(Class<?> type, Object value) {
    if (value instanceof Enum) {
      return ((Enum<?>) value).name();
    }
    if (type == int.class && value instanceof Number && isWhole((Number) value)) {
      return ((Number) value).intValue();
    }
    if (type == double.class && value instanceof Number) {
      return ((Number) value).doubleValue();
    }
    if (type == int[].class && value instanceof Number && isWhole((Number) value)) {
      return new int[] {((Number) value).intValue()};
    }
    if (type == int[].class && value instanceof List) {
      List<?> list = (List<?>) value;
      int[] ints = new int[list.size()];
      for (int i = 0; i < ints.length; i++) {
        if (!(list.get(i) instanceof Number) || !isWhole((Number) list.get(i))) {
          return value; // left as it is: the engine reports the wrong type
        }
        ints[i] = ((Number) list.get(i)).intValue();
      }
      return ints;
    }
    if (type == double[].class) {
      return doubles(value);
    }
    return value;
  }

  /**
   * A {@code double[]} attribute's value: one number, a list or an {@code int[]} of numbers (an
   * empty array written without a type); anything else is left as it is for the engine to report.
   */
  private static Object doubles(Object value) {
    if (value instanceof Number) {
      return new double[] {((Number) value).doubleValue()};
    }
    if (value instanceof int[]) {
      return java.util.Arrays.stream((int[]) value).asDoubleStream().toArray();
    }
    if (value instanceof List) {
      List<?> list = (List<?>) value;
      double[] doubles = new double[list.size()];
      for (int i = 0; i < doubles.length; i++) {
        if (!(list.get(i) instanceof Number)) {
          return value;
        }
        doubles[i] = ((Number) list.get(i)).doubleValue();
      }
      return doubles;
    }
    return value;
  }

  private static boolean isWhole(Number n) {
    double d = n.doubleValue();
    return d == Math.rint(d) && d >= Integer.MIN_VALUE && d <= Integer.MAX_VALUE;
  }
}
