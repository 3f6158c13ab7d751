package dev.shapecheck.engine;

import dev.shapecheck.Activations;
import dev.shapecheck.Shape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keras's {@code EinsumDense} (keras/src/layers/core/einsum_dense.py). Its {@code build} analyzes
 * the equation with {@code _analyze_einsum_string} and {@code _analyze_split_string}, ported here
 * step for step, Python's semantics included: {@code ...} becomes {@code 0}, then the first of
 * three patterns that matches the start of the equation ({@code re.match}: what follows the match
 * is ignored) gives the input, kernel and output letters; a letter's position is its last in each
 * spec (a dict); the left-out axes are inserted into the output (on the left in reverse order, as
 * Keras's loop does); indexes out of range are Keras's {@code IndexError}s, negative ones count
 * from the end. Then the kernel and the bias need known, non-negative sizes ({@code add_weight}),
 * and a run needs an einsum TensorFlow accepts: no output letter twice. A size of 0 Keras accepts
 * is refused: ShapeCheck's shapes have no empty axis. The output is the analyzed output shape.
 */
final class EinsumDenseSpec implements LayerSpec {
  private static final Pattern PLAIN = Pattern.compile("([a-zA-Z]+),([a-zA-Z]+)->([a-zA-Z]+)");
  private static final Pattern LEFT = Pattern.compile("0([a-zA-Z]+),([a-zA-Z]+)->0([a-zA-Z]+)");
  private static final Pattern RIGHT = Pattern.compile("([a-zA-Z]{2,})0,([a-zA-Z]+)->([a-zA-Z]+)0");

  private final String equation;
  private final String input;
  private final String weight;
  private final String output;
  private final boolean leftElided;
  private final int[] outputShape;
  private final String biasAxes;

  private EinsumDenseSpec(
      String equation, Matcher match, boolean leftElided, int[] outputShape, String biasAxes) {
    this.equation = equation;
    this.input = match.group(1);
    this.weight = match.group(2);
    this.output = match.group(3);
    this.leftElided = leftElided;
    this.outputShape = outputShape;
    this.biasAxes = biasAxes;
  }

  static LayerSpec parse(Arguments args) {
    Object text = args.text("equation");
    int[] outputShape = args.intArray("outputShape");
    args.enumValue("activation", Activations.class, Activations.LINEAR);
    Object bias = args.text("biasAxes");
    if (!(text instanceof String) || !(bias instanceof String)) {
      args.report(
          ErrorKind.INVALID_ARGUMENT,
          text instanceof String ? "biasAxes" : "equation",
          "missing " + (text instanceof String ? "biasAxes" : "equation"),
          "give the einsum equation as text, e.g. equation = \"abc,cd->abd\"");
      return null;
    }
    String equation = (String) text;
    String replaced = equation.replace("...", "0");
    Matcher match = PLAIN.matcher(replaced);
    boolean left = false;
    if (!match.lookingAt()) {
      match = LEFT.matcher(replaced);
      left = match.lookingAt();
      if (!left) {
        match = RIGHT.matcher(replaced);
        if (!match.lookingAt()) {
          args.report(
              ErrorKind.INVALID_ARGUMENT,
              "equation",
              "equation = \""
                  + equation
                  + "\" is not an equation Keras's EinsumDense reads: it must be"
                  + " [X],[Y]->[Z], ...[X],[Y]->...[Z] or [X]...,[Y]->[Z]... (letters only)",
              "write the input's, the kernel's and the output's letters, e.g. equation ="
                  + " \"abc,cd->abd\" for a Dense on the last axis");
          return null;
        }
      }
    }
    if (match.end() != replaced.length()) {
      args.report(
          ErrorKind.INVALID_ARGUMENT,
          "equation",
          "equation = \""
              + equation
              + "\" goes on after \""
              + equation.substring(0, equation.length() - (replaced.length() - match.end()))
              + "\": Keras's analysis reads only that much and builds the layer, but"
              + " TensorFlow's einsum rejects the whole text in a run",
          "end the equation with the output's letters");
      return null;
    }
    for (int size : outputShape) {
      if (size < -1) {
        args.report(
            ErrorKind.INVALID_ARGUMENT,
            "outputShape",
            "outputShape = " + Arguments.format(outputShape) + " has a negative size",
            "give each size, or -1 (None) for one the input gives");
        return null;
      }
    }
    return new EinsumDenseSpec(equation, match, left, outputShape, (String) bias);
  }

  @Override
  public LayerOutput apply(Shape shape, InputDescription in) throws ShapeError {
    List<Integer> inputShape = new ArrayList<>();
    inputShape.add(none(shape.batchSize()));
    for (int d : shape.dims()) {
      inputShape.add(none(d));
    }
    int elided = inputShape.size() - input.length();
    boolean ellipsis = equation.contains("...");
    List<Integer> out = new ArrayList<>();
    for (int size : outputShape) {
      out.add(none(size));
    }
    out.add(0, inputShape.get(0));
    if (elided > 0 && leftElided) {
      for (int i = 1; i < elided; i++) {
        out.add(1, inputShape.get(i));
      }
    } else if (elided > 0) {
      for (int i = inputShape.size() - elided; i < inputShape.size(); i++) {
        out.add(inputShape.get(i));
      }
    }
    Map<Character, Integer> inputIndex = new HashMap<>();
    Map<Character, Integer> outputIndex = new HashMap<>();
    for (int i = 0; i < input.length(); i++) {
      inputIndex.put(input.charAt(i), leftElided ? i + elided - inputShape.size() : i);
    }
    for (int i = 0; i < output.length(); i++) {
      outputIndex.put(output.charAt(i), leftElided ? i + elided : i);
    }
    for (char dim : input.toCharArray()) {
      Integer inputSize = at(inputShape, inputIndex.get(dim), in, "input");
      if (outputIndex.containsKey(dim)) {
        Integer outputSize = at(out, outputIndex.get(dim), in, "output");
        if (outputSize != null && !outputSize.equals(inputSize)) {
          throw analysis(
              in,
              "the input and the output differ at their shared letter '"
                  + dim
                  + "': the input has "
                  + dim(inputSize)
                  + ", the output "
                  + dim(outputSize),
              "give outputShape the input's size there, or -1 (None) to take it",
              "outputShape");
        }
      }
    }
    for (char dim : output.toCharArray()) {
      if (input.indexOf(dim) < 0 && weight.indexOf(dim) < 0) {
        throw analysis(
            in,
            "the output letter '" + dim + "' is neither an input letter nor a kernel letter",
            "name each output letter in the input or the kernel",
            "equation");
      }
    }
    List<Integer> kernel = new ArrayList<>();
    for (char dim : weight.toCharArray()) {
      if (outputIndex.containsKey(dim)) {
        kernel.add(at(out, outputIndex.get(dim), in, "output"));
      } else if (inputIndex.containsKey(dim)) {
        kernel.add(at(inputShape, inputIndex.get(dim), in, "input"));
      } else {
        throw analysis(
            in,
            "the kernel letter '" + dim + "' is neither an input letter nor an output letter",
            "name each kernel letter in the input or the output: Keras must know its size",
            "equation");
      }
    }
    List<Integer> bias = null;
    if (!biasAxes.isEmpty()) {
      int leftOut = leftElided ? elided : 0;
      Map<Character, Integer> sizes = new HashMap<>();
      for (int i = 0; i < output.length(); i++) {
        sizes.put(output.charAt(i), at(out, i + leftOut, in, "output"));
      }
      int first = Integer.MAX_VALUE;
      for (char c : biasAxes.toCharArray()) {
        if (output.indexOf(c) < 0) {
          throw new ShapeError(
              ErrorKind.INVALID_ARGUMENT,
              "biasAxes",
              "biasAxes = \""
                  + biasAxes
                  + "\" names '"
                  + c
                  + "', which is not a letter of the output \""
                  + output
                  + "\"",
              "bias letters among the output's",
              "name output letters of equation = \"" + equation + "\", or leave biasAxes empty");
        }
        first = Math.min(first, output.indexOf(c));
      }
      bias = new ArrayList<>();
      for (char c : output.substring(first).toCharArray()) {
        bias.add(biasAxes.indexOf(c) >= 0 ? sizes.get(c) : 1);
      }
    }
    long params = weights(kernel, "kernel", in);
    if (bias != null) {
      params = Checked.add("EinsumDense kernel and bias", params, weights(bias, "bias", in));
    }
    for (int i = 0; i < output.length(); i++) {
      if (output.indexOf(output.charAt(i)) != i) {
        throw analysis(
            in,
            "the output \""
                + output
                + "\" names '"
                + output.charAt(i)
                + "' twice: Keras builds the layer, but TensorFlow's einsum rejects it in a run",
            "each output letter once",
            "equation");
      }
    }
    if (!ellipsis && elided > 0) {
      throw analysis(
          in,
          "the input has "
              + elided
              + " more axes than the equation's input letters \""
              + input
              + "\": Keras builds the layer, but TensorFlow's einsum rejects it in a run",
          "one input letter per input axis (the batch included), or \"...\" for the others",
          "equation");
    }
    for (int i = 0; i < input.length(); i++) {
      int first = input.indexOf(input.charAt(i));
      if (first != i) {
        Integer a =
            at(inputShape, leftElided ? first + elided - inputShape.size() : first, in, "input");
        Integer b = at(inputShape, leftElided ? i + elided - inputShape.size() : i, in, "input");
        if (a != null && b != null && !a.equals(b)) {
          throw analysis(
              in,
              "the input letter '"
                  + input.charAt(i)
                  + "' names axes of sizes "
                  + a
                  + " and "
                  + b
                  + ": Keras builds the layer, but TensorFlow's einsum cannot take their diagonal"
                  + " in a run",
              "equal sizes on the axes a repeated letter names",
              "equation");
        }
      }
    }
    int[] dims = new int[out.size() - 1];
    for (int i = 1; i < out.size(); i++) {
      Integer size = out.get(i);
      if (size != null && size <= 0) {
        throw analysis(
            in,
            "the output would have an axis of size "
                + size
                + " (Keras makes an empty output of a 0, which ShapeCheck does not model)",
            "positive output sizes",
            "outputShape");
      }
      dims[i - 1] = size == null ? Shape.NONE : size;
    }
    if (dims.length == 0) {
      throw analysis(
          in,
          "the output has no axis but the batch, which ShapeCheck does not model",
          "an output with at least one axis after the batch",
          "equation");
    }
    long macs = macs(inputShape, inputIndex, out, outputIndex, kernel, elided);
    return new LayerOutput(Shape.withBatch(shape.batchSize(), dims), params, 0, macs);
  }

  /**
   * The einsum's multiply-accumulates for one sample: the product of the sizes of its distinct
   * letters and of the axes {@code ...} stands for, the batch's left out — one product per
   * combination of the indices, as a naive einsum (and TensorFlow's matmul for a contraction)
   * performs it.
   */
  private long macs(
      List<Integer> inputShape,
      Map<Character, Integer> inputIndex,
      List<Integer> out,
      Map<Character, Integer> outputIndex,
      List<Integer> kernel,
      int elided) {
    Map<Character, Integer> sizes = new HashMap<>();
    for (int i = 0; i < weight.length(); i++) {
      sizes.put(weight.charAt(i), kernel.get(i));
    }
    for (Map.Entry<Character, Integer> letter : outputIndex.entrySet()) {
      sizes.put(letter.getKey(), sizeAt(out, letter.getValue()));
    }
    Character batch = null;
    for (Map.Entry<Character, Integer> letter : inputIndex.entrySet()) {
      int index = letter.getValue() < 0 ? letter.getValue() + inputShape.size() : letter.getValue();
      sizes.put(letter.getKey(), inputShape.get(index));
      if (index == 0) {
        batch = letter.getKey();
      }
    }
    sizes.remove(batch);
    long macs = 1;
    for (Integer size : sizes.values()) {
      macs = Macs.times(macs, size == null ? Macs.UNKNOWN : size);
    }
    // The axes "..." stands for: the first ones (the batch among them) or the last ones.
    int from = leftElided ? 0 : inputShape.size() - elided;
    for (int i = Math.max(1, from); i < from + Math.max(0, elided); i++) {
      Integer size = inputShape.get(i);
      macs = Macs.times(macs, size == null ? Macs.UNKNOWN : size);
    }
    return macs;
  }

  private static Integer sizeAt(List<Integer> list, int index) {
    return list.get(index < 0 ? index + list.size() : index);
  }

  private long weights(List<Integer> sizes, String what, InputDescription in) throws ShapeError {
    long count = 1;
    for (Integer size : sizes) {
      if (size == null || size < 0) {
        throw new ShapeError(
            size == null ? ErrorKind.UNKNOWN_DIMENSION : ErrorKind.INVALID_ARGUMENT,
            size == null ? null : "outputShape",
            "EinsumDense's "
                + what
                + " would have shape "
                + shapeText(sizes)
                + " for "
                + in
                + ": Keras needs every weight size known and not negative",
            "a known size for every " + what + " letter",
            size == null
                ? "give the input a known size there, or the output letter a size in outputShape"
                : "give outputShape sizes of 1 or more");
      }
      count = Checked.params("EinsumDense " + what, count, size);
    }
    return count;
  }

  /** Python's {@code list[index]}, or Keras's IndexError as an error. */
  private Integer at(List<Integer> list, int index, InputDescription in, String which)
      throws ShapeError {
    if (index < -list.size() || index >= list.size()) {
      throw analysis(
          in,
          "the equation's "
              + which
              + " letters do not fit the "
              + which
              + " shape "
              + shapeText(list)
              + " (Keras's analysis fails with an IndexError)",
          "an equation with one input letter per input axis, or \"...\" for the axes it leaves"
              + " out",
          "equation");
    }
    return list.get(index < 0 ? index + list.size() : index);
  }

  private ShapeError analysis(InputDescription in, String why, String needed, String attribute) {
    return new ShapeError(
        ErrorKind.INVALID_ARGUMENT,
        attribute,
        "equation = \"" + equation + "\" on " + in + ": " + why,
        needed,
        "check the equation against the input's rank; \"...\" stands for the axes it leaves out");
  }

  private static Integer none(int size) {
    return size == Shape.NONE ? null : size;
  }

  private static String dim(Integer size) {
    return size == null ? "None" : size.toString();
  }

  private static String shapeText(List<Integer> sizes) {
    StringBuilder text = new StringBuilder("(");
    for (int i = 0; i < sizes.size(); i++) {
      text.append(i == 0 ? "" : ", ").append(dim(sizes.get(i)));
    }
    return text.append(sizes.size() == 1 ? ",)" : ")").toString();
  }
}
