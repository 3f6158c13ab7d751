package dev.shapecheck;

import dev.shapecheck.render.CostFigures;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One layer of a checked model, as its row in Keras's {@code model.summary()}: the name (the
 * declaring method's name), the Keras class name, the shapes in and out, and the weights it owns.
 *
 * <p>Instances are created by generated code and by the shape engine; they are immutable.
 */
public final class Layer {
  private final String name;
  private final String type;
  private final Shape inputShape;
  private final Shape outputShape;
  private final long trainableParams;
  private final long nonTrainableParams;
  private final long macs;
  private final List<Shape> inputShapes;
  private final List<String> inbound;
  private final long int64Params;
  private final List<Shape> outputShapes;
  private final List<Integer> inboundOutputs;

  private Layer(
      String name,
      String type,
      Shape inputShape,
      Shape outputShape,
      long trainableParams,
      long nonTrainableParams,
      long macs,
      List<Shape> inputShapes,
      List<String> inbound,
      long int64Params) {
    this(
        name,
        type,
        inputShape,
        outputShape,
        trainableParams,
        nonTrainableParams,
        macs,
        inputShapes,
        inbound,
        int64Params,
        List.of(outputShape),
        Collections.nCopies(inbound.size(), 0));
  }

  private Layer(
      String name,
      String type,
      Shape inputShape,
      Shape outputShape,
      long trainableParams,
      long nonTrainableParams,
      long macs,
      List<Shape> inputShapes,
      List<String> inbound,
      long int64Params,
      List<Shape> outputShapes,
      List<Integer> inboundOutputs) {
    this.outputShapes = List.copyOf(outputShapes);
    this.inboundOutputs = List.copyOf(inboundOutputs);
    if (this.outputShapes.isEmpty() || !this.outputShapes.get(0).equals(outputShape)) {
      throw new IllegalArgumentException("the first of the output shapes is the output shape");
    }
    if (this.inboundOutputs.size() != inbound.size()) {
      throw new IllegalArgumentException("one output index per inbound layer");
    }
    for (int k : this.inboundOutputs) {
      if (k < 0) {
        throw new IllegalArgumentException("output indices start at 0: " + k);
      }
    }
    this.name = Objects.requireNonNull(name, "name");
    this.type = Objects.requireNonNull(type, "type");
    this.inputShapes = List.copyOf(inputShapes);
    this.inbound = List.copyOf(inbound);
    if (this.inputShapes.isEmpty()) {
      throw new IllegalArgumentException("a layer has at least one input shape");
    }
    this.inputShape = Objects.requireNonNull(inputShape, "inputShape");
    this.outputShape = Objects.requireNonNull(outputShape, "outputShape");
    if (trainableParams < 0 || nonTrainableParams < 0) {
      throw new IllegalArgumentException("parameter counts cannot be negative");
    }
    this.trainableParams = trainableParams;
    this.nonTrainableParams = nonTrainableParams;
    Math.addExact(trainableParams, nonTrainableParams); // params() must never wrap around
    if (macs < 0 && macs != UNKNOWN) {
      throw new IllegalArgumentException("MACs must be positive, zero or UNKNOWN: " + macs);
    }
    this.macs = macs;
    if (int64Params < 0 || int64Params > nonTrainableParams) {
      throw new IllegalArgumentException(
          "64-bit integer weights are some of the non-trainable ones: " + int64Params);
    }
    this.int64Params = int64Params;
  }

  /** {@link #macs()} of a layer whose work depends on an unknown (None) dimension. */
  public static final long UNKNOWN = -1;

  /**
   * A layer row; {@code type} is the Keras class name, e.g. {@code "Conv2D"}; {@code macs} its
   * multiply-accumulates for one sample, or {@link #UNKNOWN}.
   */
  public static Layer of(
      String name,
      String type,
      Shape inputShape,
      Shape outputShape,
      long trainableParams,
      long nonTrainableParams,
      long macs) {
    return new Layer(
        name,
        type,
        inputShape,
        outputShape,
        trainableParams,
        nonTrainableParams,
        macs,
        List.of(inputShape),
        List.of(),
        0);
  }

  /**
   * A layer of a functional model: {@code inbound} names the layers whose outputs it consumes (as
   * Keras's "Connected to" column), {@code inputShapes} their shapes in the same order.
   */
  public static Layer connected(
      String name,
      String type,
      List<Shape> inputShapes,
      List<String> inbound,
      Shape outputShape,
      long trainableParams,
      long nonTrainableParams,
      long macs) {
    if (inputShapes.size() != inbound.size()) {
      throw new IllegalArgumentException("one input shape per inbound layer");
    }
    return new Layer(
        name,
        type,
        inputShapes.get(0),
        outputShape,
        trainableParams,
        nonTrainableParams,
        macs,
        inputShapes,
        inbound,
        0);
  }

  /** The {@code InputLayer} row of a functional model: no inbound layers, no weights. */
  public static Layer input(String name, Shape shape) {
    return new Layer(name, "InputLayer", shape, shape, 0, 0, 0, List.of(shape), List.of(), 0);
  }

  /** A layer row that performs no multiply-accumulates (pooling, reshaping, noise…). */
  public static Layer of(
      String name,
      String type,
      Shape inputShape,
      Shape outputShape,
      long trainableParams,
      long nonTrainableParams) {
    return of(name, type, inputShape, outputShape, trainableParams, nonTrainableParams, 0);
  }

  /**
   * This layer, with {@code count} of its non-trainable weights held as 64-bit integers whatever
   * the model's dtype: Keras's {@code Normalization} keeps its {@code count} so ({@code
   * dtype="int"}), and its summary counts them at 8 bytes each.
   */
  public Layer withInt64Params(long count) {
    return new Layer(
        name,
        type,
        inputShape,
        outputShape,
        trainableParams,
        nonTrainableParams,
        macs,
        inputShapes,
        inbound,
        count,
        outputShapes,
        inboundOutputs);
  }

  /**
   * This layer with all its outputs, Keras's {@code [output, state_h, state_c]} of an {@code LSTM}
   * with {@code return_state}: the first must be {@link #outputShape()}.
   */
  public Layer withOutputShapes(List<Shape> shapes) {
    return new Layer(
        name,
        type,
        inputShape,
        outputShape,
        trainableParams,
        nonTrainableParams,
        macs,
        inputShapes,
        inbound,
        int64Params,
        shapes,
        inboundOutputs);
  }

  /**
   * This layer with the output of each inbound layer it consumes, in the order of {@link
   * #inbound()}: Keras's tensor index, {@code 1} for an encoder's {@code state_h} ({@code
   * encoder[0][1]}).
   */
  public Layer withInboundOutputs(List<Integer> outputs) {
    return new Layer(
        name,
        type,
        inputShape,
        outputShape,
        trainableParams,
        nonTrainableParams,
        macs,
        inputShapes,
        inbound,
        int64Params,
        outputShapes,
        outputs);
  }

  /**
   * Every output of the layer, in Keras's order; one, {@link #outputShape()}, but for a layer that
   * returns several tensors (a recurrent layer with {@code returnState}).
   */
  public List<Shape> outputShapes() {
    return outputShapes;
  }

  /**
   * For each of {@link #inbound()}, which of that layer's outputs this one consumes (0 but for a
   * parameter with {@code @From(output = k)}).
   */
  public List<Integer> inboundOutputs() {
    return inboundOutputs;
  }

  /** How many of the non-trainable weights are 64-bit integers ({@link #withInt64Params}). */
  public long int64Params() {
    return int64Params;
  }

  /** The layer's name: the name of the method that declares it. */
  public String name() {
    return name;
  }

  /** The Keras class name, e.g. {@code "Conv2D"}. */
  public String type() {
    return type;
  }

  /** The shape arriving at this layer. */
  public Shape inputShape() {
    return inputShape;
  }

  /** The shapes arriving at this layer, one per inbound layer (one for a sequential layer). */
  public List<Shape> inputShapes() {
    return inputShapes;
  }

  /**
   * The names of the layers this one consumes, in order, in a functional model; empty in a
   * sequential model (the previous layer is implied) and for an {@code InputLayer}.
   */
  public List<String> inbound() {
    return inbound;
  }

  /** The shape this layer produces. */
  public Shape outputShape() {
    return outputShape;
  }

  /** All weights, trainable or not: Keras's {@code count_params()}. */
  public long params() {
    return trainableParams + nonTrainableParams;
  }

  /** Weights updated by gradient descent. */
  public long trainableParams() {
    return trainableParams;
  }

  /** Weights that are not, such as batch normalization's moving statistics. */
  public long nonTrainableParams() {
    return nonTrainableParams;
  }

  /**
   * Multiply-accumulates for one sample (README, "Cost figures"), or {@link #UNKNOWN} when they
   * depend on an unknown dimension or exceed 2^63 - 1.
   */
  public long macs() {
    return macs;
  }

  /** Values in this layer's output for one sample, or {@link #UNKNOWN} (or beyond 2^63 - 1). */
  public long outputElements() {
    long elements = 1;
    for (int dim : outputShape.dims()) {
      elements = CostFigures.times(elements, dim == Shape.NONE ? UNKNOWN : dim);
    }
    return elements;
  }

  @Override
  public String toString() {
    return name + " (" + type + ") " + outputShape + " " + params();
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Layer)) {
      return false;
    }
    Layer that = (Layer) other;
    return name.equals(that.name)
        && type.equals(that.type)
        && inputShape.equals(that.inputShape)
        && outputShape.equals(that.outputShape)
        && trainableParams == that.trainableParams
        && nonTrainableParams == that.nonTrainableParams
        && macs == that.macs
        && inputShapes.equals(that.inputShapes)
        && inbound.equals(that.inbound)
        && int64Params == that.int64Params
        && outputShapes.equals(that.outputShapes)
        && inboundOutputs.equals(that.inboundOutputs);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        name,
        type,
        inputShape,
        outputShape,
        trainableParams,
        nonTrainableParams,
        macs,
        inputShapes,
        inbound,
        int64Params,
        outputShapes,
        inboundOutputs);
  }
}
