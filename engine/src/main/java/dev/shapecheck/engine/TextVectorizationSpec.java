package dev.shapecheck.engine;

import dev.shapecheck.OutputMode;
import dev.shapecheck.Shape;
import dev.shapecheck.Split;
import java.util.Arrays;

/**
 * Keras's {@code TextVectorization} ({@code keras/src/layers/preprocessing/text_vectorization.py}):
 * no weights, and the output shape of its {@code compute_output_shape}: {@code INT} gives {@code
 * (output_sequence_length)} (None when unset) whatever the input's rank; the other modes append an
 * axis of unknown length for the split tokens (without a split, only to a sample of rank 0) and
 * encode it as its inner {@code StringLookup} does. With a split, Keras runs only samples of one
 * string per row (a last axis of 1). The depth is {@code maxTokens} with {@code padToMaxTokens},
 * else the declared {@code vocabularySize}, which counts the mask {@code ""} (in INT output) and
 * one OOV index besides the terms.
 */
final class TextVectorizationSpec implements LayerSpec {
  private final OutputMode mode;
  private final int depth;
  private final int sequenceLength;
  private final boolean split;

  private TextVectorizationSpec(OutputMode mode, int depth, int sequenceLength, boolean split) {
    this.mode = mode;
    this.depth = depth;
    this.sequenceLength = sequenceLength;
    this.split = split;
  }

  static TextVectorizationSpec parse(Arguments args) {
    int size = args.anyInt("vocabularySize");
    int maxTokens = args.anyInt("maxTokens");
    boolean pad = args.bool("padToMaxTokens");
    OutputMode mode = args.enumValue("outputMode", OutputMode.class, OutputMode.INT);
    Split split = args.enumValue("split", Split.class, Split.WHITESPACE);
    args.enumValue("standardize", dev.shapecheck.Standardize.class, null);
    int[] ngrams = args.intArray("ngrams");
    int length = args.anyInt("outputSequenceLength");
    boolean limited = maxTokens != -1;
    if (length != -1 && mode != OutputMode.INT) {
      args.report(
          ErrorKind.CONFLICTING_ARGUMENTS,
          "outputSequenceLength",
          "outputSequenceLength = "
              + length
              + " with outputMode = OutputMode."
              + mode
              + ": Keras sets a sequence length only for INT output",
          "leave outputSequenceLength out (None), or use OutputMode.INT");
    } else if (length == 0) {
      args.report(
          ErrorKind.INVALID_ARGUMENT,
          "outputSequenceLength",
          "outputSequenceLength = 0: Keras outputs empty sequences (None, 0), which ShapeCheck's"
              + " shapes do not hold (every dimension is positive or None)",
          "give 1 or more, or leave it out (-1, None)");
    } else if (length < -1) {
      args.report(
          ErrorKind.INVALID_ARGUMENT,
          "outputSequenceLength",
          "outputSequenceLength = "
              + length
              + ", but a length is 0 or more: Keras cannot build the output shape (None, "
              + length
              + ")",
          "give 0 or more, or leave it out (-1, None)");
    } else if (limited && maxTokens <= 1) {
      args.report(
          ErrorKind.INVALID_ARGUMENT,
          "maxTokens",
          "maxTokens = " + maxTokens + ", but Keras's TextVectorization takes more than 1",
          "give at least 2 (the vocabulary with its mask and OOV indices), or leave it out");
    } else if (pad && !limited) {
      args.report(
          ErrorKind.CONFLICTING_ARGUMENTS,
          "padToMaxTokens",
          "padToMaxTokens = true without maxTokens: Keras pads to max_tokens, which is None",
          "set maxTokens, e.g. maxTokens = 100, or leave padToMaxTokens out");
    } else {
      int special = mode == OutputMode.INT ? 2 : 1;
      if ((long) size - special <= 0) {
        args.report(
            ErrorKind.INVALID_ARGUMENT,
            "vocabularySize",
            "vocabularySize = "
                + size
                + " leaves no vocabulary term after the "
                + special
                + " special index(es) ("
                + (special == 2 ? "the mask \"\", " : "")
                + "1 OOV): Keras cannot set an empty vocabulary",
            "count the terms plus " + special + ", as Keras's vocabulary_size() does");
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
    for (int n : ngrams) {
      if (n < 1) {
        args.report(
            ErrorKind.INVALID_ARGUMENT,
            "ngrams",
            "ngrams = " + Arguments.format(ngrams) + ", but every n-gram size must be at least 1",
            "e.g. ngrams = 2 (unigrams and bigrams), or leave it out (None)");
        break;
      }
    }
    return new TextVectorizationSpec(
        mode, pad && limited ? maxTokens : Math.max(size, 1), length, split != Split.NONE);
  }

  @Override
  public boolean takesStrings() {
    return true;
  }

  /** Keras's TextVectorization.compute_output_spec: int64 in INT mode, else floats. */
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
    if (!in.strings()) {
      throw new ShapeError(
          ErrorKind.WRONG_DTYPE,
          null,
          "takes strings, but " + in + " is numbers",
          "a string input",
          "declare the model's input as strings, inputDtype = InputDType.STRING");
    }
    int[] dims = input.dims();
    if (split && dims.length > 0 && dims[dims.length - 1] != 1) {
      throw new ShapeError(
          ErrorKind.WRONG_RANK,
          null,
          "splits one string per row, but "
              + in
              + " has a last axis of "
              + (dims[dims.length - 1] == Shape.NONE ? "None" : dims[dims.length - 1])
              + ": Keras builds this layer, but it fails when it runs",
          "a last axis of 1, e.g. (1)",
          "give one string per sample, input = {1}, or set split = Split.NONE for tokens");
    }
    if (mode == OutputMode.INT) {
      return new LayerOutput(Shape.withBatch(input.batchSize(), new int[] {sequenceLength}), 0, 0);
    }
    int[] tokens;
    if (split) {
      tokens = Arrays.copyOf(dims, dims.length + 1);
      tokens[dims.length] = Shape.NONE;
    } else {
      tokens = dims.length == 0 ? new int[] {1} : dims.clone();
    }
    int[] out;
    if (mode == OutputMode.ONE_HOT && tokens[tokens.length - 1] != 1) {
      out = Arrays.copyOf(tokens, tokens.length + 1);
      out[tokens.length] = depth;
    } else {
      out = tokens.clone();
      out[out.length - 1] = depth;
    }
    return new LayerOutput(Shape.withBatch(input.batchSize(), out), 0, 0);
  }
}
