package dev.shapecheck.engine;

import dev.shapecheck.OutputMode;
import dev.shapecheck.Shape;
import dev.shapecheck.layers.HashedCrossing;
import java.util.List;
import java.util.Map;

/**
 * Keras's {@code HashedCrossing} ({@code keras/src/layers/preprocessing/hashed_crossing.py}): its
 * {@code compute_output_shape} takes exactly two inputs; its {@code call} runs only on inputs of
 * one value per sample ({@code (batch, 1)}: rank 2 with a last axis of 1 - a rank-1 input is not
 * declarable), of equal shapes (batch sizes included), of an integer or string dtype. {@code INT}
 * keeps the first input's shape and gives int64; {@code ONE_HOT} gives {@code (batch, numBins)}.
 */
final class HashedCrossingSpec extends MergeSpec {
  private final OutputMode mode;
  private final int bins;

  private HashedCrossingSpec(OutputMode mode, int bins) {
    super("HashedCrossing", 2, 2);
    this.mode = mode;
    this.bins = bins;
  }

  static void register() {
    // Its get_config is its own: no trainable, name and dtype last, the dtype as a bare string
    // (int64 for INT output, which its constructor sets).
    LayerCatalog.layer(
            HashedCrossing.class, HashedCrossingSpec::parse, "numBins", "outputMode", "sparse")
        .keras3("num_bins output_mode sparse name dtype:variable")
        .keras3Stored(HashedCrossingSpec::stored);
  }

  private static void stored(Map<String, Object> config, List<Object> shape) {
    if ("int".equals(config.get("output_mode"))) {
      config.put("dtype", "int64");
    }
  }

  static HashedCrossingSpec parse(Arguments args) {
    int bins = args.intAtLeast("numBins", 0);
    OutputMode mode = args.enumValue("outputMode", OutputMode.class, OutputMode.INT);
    if (mode != OutputMode.INT && mode != OutputMode.ONE_HOT) {
      args.report(
          ErrorKind.INVALID_ARGUMENT,
          "outputMode",
          "outputMode = OutputMode."
              + mode
              + ", but Keras's HashedCrossing takes only INT and"
              + " ONE_HOT",
          "use OutputMode.INT (the default) or ONE_HOT");
    } else if (mode == OutputMode.ONE_HOT && bins == 0) {
      args.report(
          ErrorKind.INVALID_ARGUMENT,
          "numBins",
          "numBins = 0 with outputMode = OutputMode.ONE_HOT: Keras gives an empty (None, 0)"
              + " axis, which ShapeCheck cannot declare",
          "use at least 1 bin");
    }
    args.bool("sparse");
    return new HashedCrossingSpec(mode, bins);
  }

  @Override
  public boolean takesStrings() {
    return true; // and integers: checked in merge
  }

  @Override
  public String tensorDtype(String input) {
    return mode == OutputMode.INT ? "int64" : null;
  }

  @Override
  LayerOutput merge(List<Shape> inputs, List<InputDescription> ins) throws ShapeError {
    for (InputDescription in : ins) {
      if (!in.strings() && !in.integers()) {
        throw new ShapeError(
            ErrorKind.WRONG_DTYPE,
            null,
            "crosses integers or strings, but " + in + " is floats",
            "an input of InputDType.INT32, INT64 or STRING, or a layer giving integers"
                + " (a lookup, Hashing)",
            "declare the input with @Input(shape = {1}, dtype = InputDType.INT64), or bucket"
                + " the numbers first with @Discretization");
      }
    }
    for (int i = 0; i < inputs.size(); i++) {
      int[] dims = inputs.get(i).dims();
      if (dims.length != 1 || dims[0] != 1) {
        throw new ShapeError(
            ErrorKind.WRONG_RANK,
            null,
            "crosses one value per sample, but " + ins.get(i) + " has shape " + inputs.get(i),
            "inputs of shape (batch, 1): one feature value per sample",
            "cross single-value features, e.g. @Input(shape = {1}, dtype = InputDType.STRING);"
                + " reshape or split wider features first");
      }
    }
    if (inputs.get(0).batchSize() != inputs.get(1).batchSize()) {
      throw new ShapeError(
          ErrorKind.INCOMPATIBLE_INPUTS,
          null,
          "crosses tensors of equal shapes, but "
              + ins.get(0)
              + " and "
              + ins.get(1)
              + " differ in batch size",
          "two inputs of one shape, batch size included (Keras's call compares the full shapes)",
          "give both inputs the same batchSize, or none");
    }
    Shape first = inputs.get(0);
    Shape out =
        mode == OutputMode.INT ? first : Shape.withBatch(first.batchSize(), new int[] {bins});
    return new LayerOutput(out, 0, 0);
  }
}
