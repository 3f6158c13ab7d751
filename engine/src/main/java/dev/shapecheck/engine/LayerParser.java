package dev.shapecheck.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Turns one declared layer (and the layer it wraps, if any) into a validated {@link LayerSpec},
 * reporting every argument problem. Shared by the sequential and the graph evaluators so that a
 * layer is validated the same way wherever it is declared: what differs between them is only where
 * a problem is placed, which the caller decides through its {@link Sink}.
 */
final class LayerParser {
  /** Where a parse problem goes; the caller adds the layer's label and its position. */
  interface Sink {
    void report(
        ErrorKind kind, String annotation, String attribute, String headline, List<String> details);
  }

  /** The parser over the engine's own catalogue. */
  static final LayerParser CATALOG = new LayerParser(LayerCatalog::parser);

  private final Function<String, Function<Arguments, LayerSpec>> catalog;

  /**
   * @param catalog the parser of each layer type, null for an unknown type: tests can add a type
   *     without registering it in the global {@link LayerCatalog}
   */
  LayerParser(Function<String, Function<Arguments, LayerSpec>> catalog) {
    this.catalog = catalog;
  }

  /**
   * How a problem names the annotation of the {@code i}-th wrapped layer: its type, and for a type
   * written more than once beside one wrapper (an {@code RNN} of two {@code LSTMCell}s) {@code
   * "LSTMCell#k"}, the {@code k}-th of that type (from 0), which the processor places on that one.
   */
  static String annotationOf(List<LayerConfig> wrapped, int i) {
    String type = wrapped.get(i).type();
    int before = 0;
    int all = 0;
    for (int j = 0; j < wrapped.size(); j++) {
      if (wrapped.get(j).type().equals(type)) {
        all++;
        before += j < i ? 1 : 0;
      }
    }
    return all == 1 ? type : type + "#" + before;
  }

  /** The spec of {@code config}, or null if its arguments (or a wrapped layer's) fail. */
  LayerSpec parse(LayerConfig config, Sink sink) {
    return parse(config, null, sink);
  }

  private LayerSpec parse(LayerConfig config, String annotation, Sink sink) {
    if (config.nested() != null) {
      return NestedModelSpec.parse(config, sink);
    }
    Function<Arguments, LayerSpec> parser = catalog.apply(config.type());
    if (parser == null) {
      sink.report(
          ErrorKind.UNKNOWN_LAYER,
          annotation,
          null,
          "this ShapeCheck engine does not know layer type " + config.type(),
          List.of("hint: the runtime and processor jars differ in version; use one version"));
      return null;
    }
    List<LayerSpec> wrapped = new ArrayList<>();
    List<LayerConfig> inner = config.allWrapped();
    boolean failed = false;
    for (int i = 0; i < inner.size(); i++) {
      LayerSpec spec = parse(inner.get(i), annotationOf(inner, i), sink);
      failed |= spec == null;
      wrapped.add(spec);
    }
    if (failed) {
      return null;
    }
    Arguments args = Arguments.wrapping(config, wrapped);
    LayerSpec spec = parser.apply(args);
    for (Arguments.Issue issue : args.issues()) {
      sink.report(
          issue.kind, annotation, issue.attribute, issue.headline, List.of("hint: " + issue.hint));
    }
    return args.issues().isEmpty() ? spec : null;
  }
}
