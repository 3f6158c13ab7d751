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

  private ModelConfig(String name, int[] input, int batchSize, List<LayerConfig> layers) {
    this.name = Objects.requireNonNull(name, "name");
    this.input = input.clone();
    this.batchSize = batchSize;
    this.layers = List.copyOf(layers);
  }

  public static ModelConfig of(String name, int[] input, int batchSize, List<LayerConfig> layers) {
    return new ModelConfig(name, input, batchSize, layers);
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

  public List<LayerConfig> layers() {
    return layers;
  }
}
