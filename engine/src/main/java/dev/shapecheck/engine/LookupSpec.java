package dev.shapecheck.engine;

import dev.shapecheck.OovMethod;
import dev.shapecheck.OutputMode;
import dev.shapecheck.Shape;
import java.util.Arrays;

/**
 * Keras's lookup layers, {@code StringLookup} and {@code IntegerLookup} ({@code
 * keras/src/layers/preprocessing/index_lookup.py}): no weights (TF-IDF's weights are a TensorFlow
 * variable Keras does not count), and the output shape of {@code compute_output_shape}: the input's
 * for {@code INT}; for {@code ONE_HOT} the depth appended, or replacing a last axis of 1; for
 * {@code MULTI_HOT}, {@code COUNT} and {@code TF_IDF} the depth replacing the last axis. The depth
 * is {@code maxTokens} with {@code padToMaxTokens}, else the declared {@code vocabularySize}. The
 * constructor's checks are Keras's, in its order, then those of setting a vocabulary of that size
 * ("Cannot set an empty vocabulary", larger than {@code max_tokens}). A StringLookup takes strings
 * (integers when inverted), an IntegerLookup numbers.
 */
final class LookupSpec implements LayerSpec {
  private final String type;
  private final OutputMode mode;
  private final int depth;
  private final boolean invert;

  private LookupSpec(String type, OutputMode mode, int depth, boolean invert) {
    this.type = type;
    this.mode = mode;
    this.depth = depth;
    this.invert = invert;
  }

  static LookupSpec stringLookup(Arguments args) {
    Object mask = args.text("maskToken");
    return parse(args, "StringLookup", mask instanceof String && !((String) mask).isEmpty());
  }

  static LookupSpec integerLookup(Arguments args) {
    int[] mask = args.intArray("maskToken");
    if (mask.length > 1) {
      args.report(
          ErrorKind.INVALID_ARGUMENT,
          "maskToken",
          "maskToken = " + Arguments.format(mask) + ", but Keras's IntegerLookup masks one integer",
          "give one value, e.g. maskToken = 0, or leave it out (None)");
    }
    OovMethod method = args.enumValue("oovMethod", OovMethod.class, OovMethod.FLOORMOD);
    if (args.intArray("salt").length > 0 && method != OovMethod.FARMHASH) {
      args.report(
          ErrorKind.CONFLICTING_ARGUMENTS,
          "salt",
          "salt with oovMethod = OovMethod."
              + method
              + ": Keras's IntegerLookup takes a salt only with FARMHASH",
          "set oovMethod = OovMethod.FARMHASH, or leave salt out");
    }
    return parse(args, "IntegerLookup", mask.length > 0);
  }

  private static LookupSpec parse(Arguments args, String type, boolean masked) {
    int size = args.anyInt("vocabularySize");
    int maxTokens = args.anyInt("maxTokens");
    boolean pad = args.bool("padToMaxTokens");
    int oov = args.anyInt("numOovIndices");
    boolean invert = args.bool("invert");
    OutputMode mode = args.enumValue("outputMode", OutputMode.class, OutputMode.INT);
    boolean limited = maxTokens != -1;
    if (limited && maxTokens <= 1) {
      args.report(
          ErrorKind.INVALID_ARGUMENT,
          "maxTokens",
          "maxTokens = " + maxTokens + ", but Keras's " + type + " takes more than 1 (-1 is None)",
          "give at least 2 (the vocabulary with its mask and OOV indices), or leave it out");
    } else if (pad && !limited) {
      args.report(
          ErrorKind.CONFLICTING_ARGUMENTS,
          "padToMaxTokens",
          "padToMaxTokens = true without maxTokens: Keras pads to max_tokens, which is None",
          "set maxTokens, e.g. maxTokens = 100, or leave padToMaxTokens out");
    } else if (oov < 0) {
      args.report(
          ErrorKind.INVALID_ARGUMENT,
          "numOovIndices",
          "numOovIndices = " + oov + ", but Keras's " + type + " takes 0 or more",
          "use 1 (the default) or more for out-of-vocabulary inputs, 0 for none");
    } else if (saltArity(args, type)) {
      // reported
    } else if (invert && mode != OutputMode.INT) {
      args.report(
          ErrorKind.CONFLICTING_ARGUMENTS,
          "outputMode",
          "outputMode = OutputMode." + mode + " with invert = true: Keras inverts only INT output",
          "leave outputMode out (INT) or set invert = false");
    } else {
      int special = oov + (masked && mode == OutputMode.INT ? 1 : 0);
      long terms = (long) size - special;
      if (terms <= 0) {
        args.report(
            ErrorKind.INVALID_ARGUMENT,
            "vocabularySize",
            "vocabularySize = "
                + size
                + " leaves no vocabulary term after the "
                + special
                + " special index(es) ("
                + (special == oov ? "" : "1 mask, ")
                + oov
                + " OOV): Keras cannot set an empty vocabulary",
            "count the terms plus "
                + special
                + ", as Keras's vocabulary_size() does, e.g. vocabularySize = "
                + (special + 1)
                + " for a single term");
      } else if (limited && size > maxTokens) {
        args.report(
            ErrorKind.INVALID_ARGUMENT,
            "vocabularySize",
            "vocabularySize = "
                + size
                + ", but maxTokens = "
                + maxTokens
                + ": Keras sets no vocabulary larger than max_tokens",
            "raise maxTokens to " + size + " or more, or leave it out (None)");
      }
    }
    return new LookupSpec(type, mode, pad && limited ? maxTokens : Math.max(size, 1), invert);
  }

  /** Reports a salt that is neither one integer nor a pair; true when reported. */
  private static boolean saltArity(Arguments args, String type) {
    int[] salt = args.intArray("salt");
    if (salt.length <= 2) {
      return false;
    }
    args.report(
        ErrorKind.INVALID_ARGUMENT,
        "salt",
        "salt = "
            + Arguments.format(salt)
            + ", but Keras's "
            + type
            + " takes one integer or a pair of integers",
        "e.g. salt = 7 or {7, 9}, or leave it out (None)");
    return true;
  }

  @Override
  public boolean takesStrings() {
    return true; // checked in apply: which one it takes depends on the kind and invert
  }

  @Override
  public boolean outputsStrings() {
    return invert && type.equals("StringLookup");
  }

  /** Keras's IndexLookup.compute_output_spec: int64 in INT mode (inverted too), else floats. */
  @Override
  public String tensorDtype(String input) {
    return mode == OutputMode.INT ? "int64" : null;
  }

  /** Keras 3.15.1 runs its encodings as int64 tensors too; only TF_IDF's are floats. */
  @Override
  public boolean outputsIntegers() {
    return mode != OutputMode.TF_IDF;
  }

  @Override
  public LayerOutput apply(Shape input, InputDescription in) throws ShapeError {
    boolean wantsStrings = type.equals("StringLookup") && !invert;
    if (in.strings() != wantsStrings) {
      throw new ShapeError(
          ErrorKind.WRONG_DTYPE,
          null,
          "takes "
              + (wantsStrings ? "strings" : "integer indices")
              + ", but "
              + in
              + " is "
              + (in.strings() ? "strings" : "numbers"),
          wantsStrings ? "a string input" : "an integer input",
          wantsStrings
              ? "declare the model's input as strings, inputDtype = InputDType.STRING, or map"
                  + " integers with @IntegerLookup"
              : type.equals("StringLookup")
                  ? "an inverted StringLookup maps indices back to strings: declare"
                      + " inputDtype = InputDType.INT64"
                  : "map strings with @StringLookup, or hash them with @Hashing");
    }
    int[] dims = input.dims();
    if (dims.length == 0) {
      throw new ShapeError(
          ErrorKind.WRONG_RANK,
          null,
          "expects at least 1 dim, but " + in + " has none",
          "an input of rank 1 or more (batch not counted)",
          "give " + type + " a vector of tokens per sample, e.g. (4)");
    }
    int[] out;
    switch (mode) {
      case INT -> out = dims.clone();
      case ONE_HOT -> out = dims[dims.length - 1] == 1 ? replaceLast(dims) : append(dims);
      default -> out = replaceLast(dims);
    }
    return new LayerOutput(Shape.withBatch(input.batchSize(), out), 0, 0);
  }

  private int[] replaceLast(int[] dims) {
    int[] out = dims.clone();
    out[out.length - 1] = depth;
    return out;
  }

  private int[] append(int[] dims) {
    int[] out = Arrays.copyOf(dims, dims.length + 1);
    out[dims.length] = depth;
    return out;
  }
}
