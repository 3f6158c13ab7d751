package dev.shapecheck.engine;

import dev.shapecheck.Shape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A layer argument as Keras's {@code get_config} holds it, shared by the two JSON forms ({@link
 * KerasJson}, Keras 3, and {@link Keras2Json}, tf.keras 2): snake_case keys, tuples as full-length
 * lists, enum constants as Keras's strings, our sentinels as {@code null} (pooling strides as the
 * pool size, which is what Keras's constructors store for {@code None}), paddings and croppings
 * nested in pairs. The two forms differ only in the name of one function: {@code Activations.SILU}
 * and {@code SWISH} are the same function, which Keras 3 calls {@code "silu"} and tf.keras 2.15 and
 * TensorFlow.js {@code "swish"}.
 */
final class KerasValues {
  /** Attributes that are tuples of one value per spatial axis, broadcast from a single value. */
  private static final Set<String> TUPLES =
      Set.of("kernelSize", "strides", "dilationRate", "poolSize", "outputPadding", "outputSize");

  /**
   * Attribute names in Keras's spelling, computed once each: the annotation attributes are a small
   * fixed set, and three regular expressions per attribute of every layer showed in the processor's
   * profile.
   */
  private static final Map<String, String> SNAKE_CASE = new ConcurrentHashMap<>();

  private KerasValues() {}

  /** An attribute's Keras key: its snake_case ({@code useBias} is {@code use_bias}). */
  static String key(String attribute) {
    return SNAKE_CASE.computeIfAbsent(attribute, KerasNames::toSnakeCase);
  }

  /**
   * An argument in Keras's value form.
   *
   * @param keras3 whether for Keras 3 (else tf.keras 2): only the name of SiLU differs
   */
  static Object value(LayerConfig layer, String attribute, Object value, boolean keras3) {
    String type = layer.type();
    if (LayerCatalog.isText(type, attribute)) {
      // Text as written (an einsum equation, a class name); empty is an optional text's None.
      return "".equals(value) ? null : value;
    }
    switch (attribute) {
      case "seed":
      case "numBins":
        return (Integer) value == -1 ? null : value; // -1 is our spelling of None
      case "maxValue":
        return (Double) value == Double.POSITIVE_INFINITY ? null : value;
      case "noiseShape":
        return noiseShape((int[]) value);
      case "outputShape":
        if (type.equals("MultiHeadAttention")) {
          return ((int[]) value).length == 0 ? null : value; // empty: None
        }
        return noneForUnknown((int[]) value); // Lambda's output_shape: -1 is None
      case "valueDim":
      case "slidingWindow":
        return (Integer) value == -1 ? null : value; // -1 is our spelling of None
      case "attentionAxes":
        return ((int[]) value).length == 0 ? null : value;
      case "sharedAxes":
        return ((int[]) value).length == 0 ? null : value;
      case "padding":
      case "cropping":
        if (value instanceof int[]) {
          return edges((int[]) value, rank(type));
        }
        break; // the padding mode of convolutions and pooling
      case "strides":
        if (((int[]) value).length == 0) {
          // Keras's pooling constructors replace strides=None with the pool size, so that is
          // what its get_config writes.
          return perAxis((int[]) layer.argument("poolSize"), rank(type));
        }
        break;
      case "kernelSize":
        if (type.equals("RandomGaussianBlur")) {
          // Not per spatial axis: Keras stores one odd size k as (k, k), a pair as given.
          int[] sizes = (int[]) value;
          return sizes.length == 1 ? new int[] {sizes[0], sizes[0]} : value;
        }
        break;
      case "outputPadding":
        if (((int[]) value).length == 0) {
          return null;
        }
        break;
      case "size":
        if (value instanceof int[]) {
          return perAxis((int[]) value, rank(type));
        }
        return value;
      case "axes":
        // Dot keeps axes as given: an int stays an int (tfjs reads a one-element list as a pair).
        return ((int[]) value).length == 1 ? (Object) ((int[]) value)[0] : value;
      case "axis":
        {
          // Keras keeps an int as an int; only an axis list is a list.
          int[] axes = value instanceof int[] ? (int[]) value : null;
          return axes != null && axes.length == 1 ? (Object) axes[0] : value;
        }
      case "activation":
      case "recurrentActivation":
        if ("SILU".equals(value) || "SWISH".equals(value)) {
          return keras3 ? "silu" : "swish";
        }
        if ("HARD_SWISH".equals(value)) {
          return "hard_silu"; // Keras 3's get("hard_swish") is hard_silu, which it writes
        }
        return lowerCase(value);
      case "dataFormat":
      case "interpolation":
      case "mergeMode":
        return lowerCase(value);
      default:
        break;
    }
    if (TUPLES.contains(attribute)) {
      return perAxis((int[]) value, rank(type));
    }
    if (value instanceof double[]) {
      // Rescaling's scale and offset have no None: an empty array is Keras's empty list.
      boolean noNone = attribute.equals("scale") || attribute.equals("offset");
      return noNone && ((double[]) value).length == 0 ? value : floats((double[]) value);
    }
    if (value instanceof String) {
      return lowerCase(value); // the padding mode
    }
    return value;
  }

  /** Sizes with {@code -1} as Keras's {@code None} ({@code null}). */
  private static List<Object> noneForUnknown(int[] sizes) {
    List<Object> dims = new ArrayList<>();
    for (int size : sizes) {
      dims.add(dimension(size));
    }
    return dims;
  }

  /** A shape with its batch dimension, unknown dimensions as {@code null}: Keras's shape tuple. */
  static List<Object> withBatch(Shape shape) {
    List<Object> dims = new ArrayList<>();
    dims.add(dimension(shape.batchSize()));
    for (int dim : shape.dims()) {
      dims.add(dimension(dim));
    }
    return dims;
  }

  private static Object dimension(int dim) {
    return dim == Shape.NONE ? null : (Object) dim;
  }

  private static String lowerCase(Object constant) {
    return ((String) constant).toLowerCase(Locale.ROOT);
  }

  /** The number of spatial axes of a layer type: 2 for {@code Conv2DTranspose}. */
  private static int rank(String type) {
    // The first digit followed by "D"; a loop, not a regular expression: it runs per layer.
    for (int i = 0; i + 1 < type.length(); i++) {
      char c = type.charAt(i);
      if (c >= '0' && c <= '9' && type.charAt(i + 1) == 'D') {
        return c - '0';
      }
    }
    throw new IllegalArgumentException(type + " has no spatial rank");
  }

  /** A tuple with one value per axis; a single value applies to every axis. */
  private static int[] perAxis(int[] values, int rank) {
    if (values.length == 1) {
      int[] all = new int[rank];
      Arrays.fill(all, values[0]);
      return all;
    }
    return values;
  }

  /**
   * A {@code double[]} argument ({@code Rescaling(scale)}, {@code Normalization(mean)}) as Keras
   * holds the float or list it takes: one value is Keras's float, an empty array its {@code None},
   * more values a list.
   */
  private static Object floats(double[] values) {
    if (values.length == 0) {
      return null;
    }
    return values.length == 1 ? (Object) values[0] : values;
  }

  /** A dropout noise shape: empty is None; {@code Shape.NONE} entries are None. */
  private static List<Object> noiseShape(int[] dims) {
    if (dims.length == 0) {
      return null;
    }
    List<Object> shape = new ArrayList<>();
    for (int dim : dims) {
      shape.add(dimension(dim));
    }
    return shape;
  }

  /**
   * ZeroPadding / Cropping amounts as Keras stores them: {@code [before, after]} in 1-D, one such
   * pair per axis in 2-D and 3-D. Ours are one value, one per axis, or the pairs flattened.
   */
  private static Object edges(int[] values, int rank) {
    int[][] pairs = new int[rank][];
    for (int axis = 0; axis < rank; axis++) {
      if (values.length == 2 * rank) {
        pairs[axis] = new int[] {values[2 * axis], values[2 * axis + 1]};
      } else {
        int both = values.length == 1 ? values[0] : values[axis];
        pairs[axis] = new int[] {both, both};
      }
    }
    return rank == 1 ? pairs[0] : List.of((Object[]) pairs);
  }
}
