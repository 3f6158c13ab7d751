package dev.shapecheck.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.shapecheck.Layer;
import dev.shapecheck.Shape;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a generated {@code SUMMARY} as ready-made source text: one {@code Layer.of(...)},
 * {@code Layer.input(...)} or {@code Layer.connected(...)} line per row, handed to JavaPoet as a
 * single {@code $L} (see {@link ModelClassWriter} for why).
 *
 * <p>Text written outside JavaPoet must spell {@code Layer}, {@code Shape} and {@code List} the way
 * JavaPoet spells them in the rest of the file: by their simple names where JavaPoet imports them,
 * qualified where it does not (a member type of the interface, or the interface itself, takes the
 * name). The writer first assumes the imports ({@link #IMPORTED}) and, in the rare file where
 * JavaPoet did not import one of the three, writes the class again with {@link #asImportedBy} the
 * first text.
 */
final class SummaryRows {
  private static final ClassName LAYER = ClassName.get(Layer.class);
  private static final ClassName SHAPE = ClassName.get(Shape.class);
  private static final ClassName LIST = ClassName.get(List.class);

  /** All three imported: the usual case. */
  static final SummaryRows IMPORTED = new SummaryRows(true, true, true);

  private final String layer;
  private final String shape;
  private final String list;

  private SummaryRows(boolean layerImported, boolean shapeImported, boolean listImported) {
    layer = layerImported ? LAYER.simpleName() : LAYER.canonicalName();
    shape = shapeImported ? SHAPE.simpleName() : SHAPE.canonicalName();
    list = listImported ? LIST.simpleName() : LIST.canonicalName();
  }

  /** The spellings that match the imports JavaPoet wrote in {@code javaFile}. */
  static SummaryRows asImportedBy(String javaFile) {
    int javadoc = javaFile.indexOf("\n/**"); // the class Javadoc follows the imports
    String head = javaFile.substring(0, Math.max(0, javadoc) + 1);
    SummaryRows rows =
        new SummaryRows(imports(head, LAYER), imports(head, SHAPE), imports(head, LIST));
    return rows.sameAs(IMPORTED) ? IMPORTED : rows;
  }

  private static boolean imports(String head, ClassName type) {
    return head.contains("\nimport " + type.canonicalName() + ";\n");
  }

  boolean sameAs(SummaryRows other) {
    return layer.equals(other.layer) && shape.equals(other.shape) && list.equals(other.list);
  }

  /**
   * {@code Shape.of(26, 26, 32)}, or {@code Shape.withBatch(...)} with a fixed batch size, for a
   * constant: the type through JavaPoet's {@code $T}.
   */
  CodeBlock shape(Shape value) {
    List<Object> types = new ArrayList<>();
    types.add(SHAPE);
    boolean batched = value.batchSize() != Shape.NONE;
    StringBuilder format =
        new StringBuilder(batched ? "$T.withBatch(" + value.batchSize() : "$T.of(");
    int[] dims = value.dims();
    for (int i = 0; i < dims.length; i++) {
      if (i > 0 || batched) {
        format.append(", ");
      }
      if (dims[i] == Shape.NONE) {
        format.append("$T.NONE");
        types.add(SHAPE);
      } else {
        format.append(dims[i]);
      }
    }
    return CodeBlock.of(format.append(')').toString(), types.toArray());
  }

  /**
   * {@code List.of(} and rows {@code from..to} one a line, two indents deeper than the statement:
   * {@code Layer.of} rows of a sequential model, {@code Layer.input}/{@code Layer.connected} rows
   * of a functional one.
   */
  CodeBlock list(List<Layer> rows, int from, int to, boolean functional) {
    StringBuilder items = new StringBuilder((functional ? 160 : 96) * (to - from));
    for (int i = from; i < to; i++) {
      if (functional) {
        connected(items, rows.get(i), i < to - 1);
      } else {
        layer(items, rows.get(i), i == 0, i < to - 1);
      }
    }
    return CodeBlock.of("$T.of($>$>$L)$<$<", LIST, items.toString());
  }

  /** {@code Layer.of(...)}; the first layer's input is {@code INPUT_SHAPE}. */
  private void layer(StringBuilder items, Layer row, boolean first, boolean more) {
    items
        .append('\n')
        .append(layer)
        .append(".of(")
        .append(ModelClassWriter.literal(row.name()))
        .append(", ")
        .append(ModelClassWriter.literal(row.type()))
        .append(", ");
    if (first) {
      items.append("INPUT_SHAPE");
    } else {
      shape(items, row.inputShape());
    }
    items.append(", ");
    shape(items, row.outputShape());
    counts(items, row, more);
    outputs(items, row);
    items.append(more ? "," : "");
  }

  /** {@code Layer.input(...)} for a model input, else {@code Layer.connected(...)}. */
  private void connected(StringBuilder items, Layer row, boolean more) {
    items.append('\n').append(layer);
    if (row.type().equals("InputLayer") && row.inbound().isEmpty()) {
      items.append(".input(").append(ModelClassWriter.literal(row.name())).append(", ");
      shape(items, row.outputShape());
      items.append(more ? ")," : ")");
      return;
    }
    items
        .append(".connected(")
        .append(ModelClassWriter.literal(row.name()))
        .append(", ")
        .append(ModelClassWriter.literal(row.type()))
        .append(", ")
        .append(list)
        .append(".of(");
    for (int k = 0; k < row.inbound().size(); k++) {
      if (k > 0) {
        items.append(", ");
      }
      shape(items, row.inputShapes().get(k));
    }
    items.append("), ").append(list).append(".of(");
    for (int k = 0; k < row.inbound().size(); k++) {
      items.append(k == 0 ? "" : ", ").append(ModelClassWriter.literal(row.inbound().get(k)));
    }
    items.append("), ");
    shape(items, row.outputShape());
    counts(items, row, more);
    outputs(items, row);
    items.append(more ? "," : "");
  }

  /** {@code , 320L, 0L, 194688L)}: a row's counts. */
  private static void counts(StringBuilder items, Layer row, boolean more) {
    items
        .append(", ")
        .append(row.trainableParams())
        .append("L, ")
        .append(row.nonTrainableParams())
        .append("L, ")
        .append(row.macs())
        .append("L)");
    if (row.int64Params() != 0) {
      items.append(".withInt64Params(").append(row.int64Params()).append("L)");
    }
  }

  /** A row's outputs after its first and the outputs it takes of its inbound layers, if any. */
  private void outputs(StringBuilder items, Layer row) {
    if (row.outputShapes().size() > 1) {
      items.append(".withOutputShapes(").append(list).append(".of(");
      for (int k = 0; k < row.outputShapes().size(); k++) {
        items.append(k == 0 ? "" : ", ");
        shape(items, row.outputShapes().get(k));
      }
      items.append("))");
    }
    if (row.inboundOutputs().stream().anyMatch(k -> k != 0)) {
      items.append(".withInboundOutputs(").append(list).append(".of(");
      for (int k = 0; k < row.inboundOutputs().size(); k++) {
        items.append(k == 0 ? "" : ", ").append(row.inboundOutputs().get(k));
      }
      items.append("))");
    }
  }

  private void shape(StringBuilder text, Shape value) {
    text.append(shape);
    boolean batched = value.batchSize() != Shape.NONE;
    if (batched) {
      text.append(".withBatch(").append(value.batchSize());
    } else {
      text.append(".of(");
    }
    int[] dims = value.dims();
    for (int i = 0; i < dims.length; i++) {
      if (i > 0 || batched) {
        text.append(", ");
      }
      if (dims[i] == Shape.NONE) {
        text.append(shape).append(".NONE");
      } else {
        text.append(dims[i]);
      }
    }
    text.append(')');
  }
}
