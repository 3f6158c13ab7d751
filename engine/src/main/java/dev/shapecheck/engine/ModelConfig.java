package dev.shapecheck.engine;

import java.util.List;
import java.util.Objects;

/**
 * A sequential model as declared: name, input shape (without batch), batch size and layers in
 * order. Nothing is validated here; {@link ShapeEngine#check} does that and says what is wrong.
 */
public final class ModelConfig {
  private final String name;
  private final int[] input;
  private final int batchSize;
  private final List<LayerConfig> layers;
  private final String dtype;
  private final DesignConstraints constraints;
  private final String inputDtype;

  private ModelConfig(
      String name,
      int[] input,
      int batchSize,
      List<LayerConfig> layers,
      String dtype,
      DesignConstraints constraints,
      String inputDtype) {
    this.inputDtype = Objects.requireNonNull(inputDtype, "inputDtype");
    this.name = Objects.requireNonNull(name, "name");
    this.input = input.clone();
    this.batchSize = batchSize;
    this.layers = List.copyOf(layers);
    this.dtype = Objects.requireNonNull(dtype, "dtype");
    this.constraints = Objects.requireNonNull(constraints, "constraints");
  }

  /** A float32 model. */
  public static ModelConfig of(String name, int[] input, int batchSize, List<LayerConfig> layers) {
    return of(name, input, batchSize, layers, "FLOAT32");
  }

  /** A model whose weights are of {@code dtype}, a {@link dev.shapecheck.DType} constant name. */
  public static ModelConfig of(
      String name, int[] input, int batchSize, List<LayerConfig> layers, String dtype) {
    return new ModelConfig(
        name, input, batchSize, layers, dtype, DesignConstraints.UNCONSTRAINED, "FLOAT");
  }

  /** This model with design constraints to check once its shapes are known. */
  public ModelConfig withConstraints(DesignConstraints constraints) {
    return new ModelConfig(name, input, batchSize, layers, dtype, constraints, inputDtype);
  }

  /**
   * This model with an input of {@code inputDtype}, a {@link dev.shapecheck.InputDType} constant
   * name ({@code "FLOAT"} unless set).
   */
  public ModelConfig withInputDtype(String inputDtype) {
    return new ModelConfig(name, input, batchSize, layers, dtype, constraints, inputDtype);
  }

  String inputDtype() {
    return inputDtype;
  }

  /** The model's declared expectations and budgets. */
  public DesignConstraints constraints() {
    return constraints;
  }

  public String name() {
    return name;
  }

  int[] input() {
    return input.clone();
  }

  int batchSize() {
    return batchSize;
  }

  String dtype() {
    return dtype;
  }

  public List<LayerConfig> layers() {
    return layers;
  }
}
