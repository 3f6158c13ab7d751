package dev.shapecheck.render;

import dev.shapecheck.Layer;
import dev.shapecheck.ModelSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The per-layer figures of the detailed summary as RFC 4180 CSV, for spreadsheets and scripts: a
 * header row, one record per layer, CRLF line ends, fields quoted when they hold a comma, a quote
 * or a line break (shapes always do: {@code "(None, 26, 26, 32)"}). Numbers are plain digits; a
 * figure that depends on an unknown dimension is an empty field. The model's totals are left out:
 * they are sums of these columns and would not fit the records' layout.
 *
 * <p>A functional model gains a last field, {@code inbound}: the inbound layers' names joined by
 * {@code ;} (empty for an input); {@code input_shape} then holds every input shape, joined the same
 * way.
 */
public final class CsvSummary {
  static final String HEADER =
      "layer,type,input_shape,output_shape,params,trainable_params,non_trainable_params,macs,"
          + "output_bytes";

  static final String INBOUND_HEADER = ",inbound";

  private CsvSummary() {}

  public static String render(ModelSummary summary) {
    boolean functional = summary.isFunctional();
    StringBuilder out = new StringBuilder(HEADER);
    out.append(functional ? INBOUND_HEADER : "").append("\r\n");
    for (Layer layer : summary.layers()) {
      List<String> fields = new ArrayList<>();
      fields.add(layer.name());
      fields.add(layer.type());
      if (functional) {
        StringJoiner shapes = new StringJoiner(";");
        layer.inputShapes().forEach(shape -> shapes.add(shape.toString()));
        fields.add(shapes.toString());
      } else {
        fields.add(layer.inputShape().toString());
      }
      fields.add(layer.outputShape().toString());
      fields.add(Long.toString(layer.params()));
      fields.add(Long.toString(layer.trainableParams()));
      fields.add(Long.toString(layer.nonTrainableParams()));
      fields.add(number(layer.macs()));
      fields.add(number(CostFigures.times(layer.outputElements(), summary.dtype().bytes())));
      if (functional) {
        fields.add(String.join(";", layer.inbound()));
      }
      for (int i = 0; i < fields.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        out.append(field(fields.get(i)));
      }
      out.append("\r\n");
    }
    return out.toString();
  }

  private static String number(long value) {
    return value == Layer.UNKNOWN ? "" : Long.toString(value);
  }

  /** RFC 4180, section 2, rules 6 and 7: quote when needed, double the quotes inside. */
  static String field(String value) {
    boolean quote =
        value.contains(",") || value.contains("\"") || value.contains("\r") || value.contains("\n");
    return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
  }
}
