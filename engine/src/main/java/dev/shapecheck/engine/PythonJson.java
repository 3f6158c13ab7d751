package dev.shapecheck.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Writes values as Python's {@code json.dumps} writes them with its defaults — the format of
 * Keras's {@code model.to_json()}: one line, {@code ", "} and {@code ": "} as separators, floats as
 * Python's {@code repr}, and every non-ASCII character escaped ({@code ensure_ascii}). Keeping to
 * Keras's own format makes our JSON diff cleanly against a real Keras export, and the ASCII output
 * means one character is one byte in a class file's constant pool.
 *
 * <p>Values are {@code null}, {@link String}, {@link Boolean}, {@link Integer}, {@link Double} (not
 * NaN), {@code int[]}, {@code double[]}, {@link List} and {@link Map} (in its iteration order).
 *
 * <p>Infinities are written {@code Infinity} and {@code -Infinity}, as {@code json.dumps} writes
 * them ({@code allow_nan=True}): tf.keras 2 stores an activation's argument as float32, so a finite
 * {@code alpha} past float32's range is {@code inf} in its config and {@code Infinity} in its
 * {@code to_json()}. No engine value is NaN: it stays an error.
 */
final class PythonJson {
  private PythonJson() {}

  /** Text that is JSON already (a nested model's config, written by the same writer): kept. */
  static final class Raw {
    final String text;

    Raw(String text) {
      this.text = text;
    }
  }

  static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out);
    return out.toString();
  }

  static void write(Object value, StringBuilder out) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String) {
      string((String) value, out);
    } else if (value instanceof Raw) {
      out.append(((Raw) value).text);
    } else if (value instanceof Boolean || value instanceof Integer) {
      out.append(value);
    } else if (value instanceof Double) {
      out.append(number((Double) value));
    } else if (value instanceof int[]) {
      int[] ints = (int[]) value;
      out.append('[');
      for (int i = 0; i < ints.length; i++) {
        out.append(i == 0 ? "" : ", ").append(ints[i]);
      }
      out.append(']');
    } else if (value instanceof double[]) {
      double[] doubles = (double[]) value;
      out.append('[');
      for (int i = 0; i < doubles.length; i++) {
        out.append(i == 0 ? "" : ", ").append(number(doubles[i]));
      }
      out.append(']');
    } else if (value instanceof List) {
      out.append('[');
      String separator = "";
      for (Object item : (List<?>) value) {
        out.append(separator);
        write(item, out);
        separator = ", ";
      }
      out.append(']');
    } else if (value instanceof Map) {
      out.append('{');
      String separator = "";
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        out.append(separator);
        string((String) entry.getKey(), out);
        out.append(": ");
        write(entry.getValue(), out);
        separator = ", ";
      }
      out.append('}');
    } else {
      throw new IllegalArgumentException("no JSON form for " + value.getClass().getName());
    }
  }

  /**
   * Python's {@code repr} of a float: the shortest digits that read back to the same double,
   * positional for exponents -4 &lt;= e &lt; 16 ({@code 0.001}, {@code 3.0}), else scientific with
   * a signed two-digit exponent ({@code 1e-05}, {@code 1e+16}).
   */
  static String number(double value) {
    if (Double.isInfinite(value)) {
      // json.dumps writes what tf.keras 2 stores for a float32 overflow (ELU(alpha=1e300)).
      return value > 0 ? "Infinity" : "-Infinity";
    }
    if (Double.isNaN(value)) {
      throw new IllegalArgumentException("JSON has no form for " + value);
    }
    if (value == 0) {
      return Double.doubleToRawLongBits(value) == 0 ? "0.0" : "-0.0";
    }
    String java = Double.toString(value);
    if (java.indexOf('E') < 0 && (java.charAt(java.length() - 1) != '0' || java.endsWith(".0"))) {
      // Positional already (1e-3 <= |value| < 1e7, inside Python's range) with no trailing zero
      // to strip: the slow path below would give these very characters. Every rate, momentum
      // and epsilon of a generated KERAS_JSON takes this path.
      return java;
    }
    // Double.toString gives digits that read back to the same double; strip its formatting.
    BigDecimal decimal = new BigDecimal(java).stripTrailingZeros();
    String digits = decimal.unscaledValue().abs().toString();
    int exponent = digits.length() - 1 - decimal.scale(); // of the first digit
    String sign = value < 0 ? "-" : "";
    if (exponent >= -4 && exponent < 16) {
      String plain = decimal.abs().toPlainString();
      return sign + (plain.contains(".") ? plain : plain + ".0");
    }
    String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    int magnitude = Math.abs(exponent);
    String power = (magnitude < 10 ? "0" : "") + magnitude;
    return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + power;
  }

  /** A JSON string with Python's escapes: short ones where JSON has them, else {@code \\uXXXX}. */
  static void string(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || c > 0x7f) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
