package dev.shapecheck.examples;

import dev.shapecheck.Activations;
import dev.shapecheck.Apply;
import dev.shapecheck.Block;
import dev.shapecheck.From;
import dev.shapecheck.Functional;
import dev.shapecheck.Input;
import dev.shapecheck.Layer;
import dev.shapecheck.layers.Add;
import dev.shapecheck.layers.Conv2D;
import dev.shapecheck.layers.Custom;
import dev.shapecheck.layers.Dense;
import dev.shapecheck.layers.GlobalAveragePooling1D;
import dev.shapecheck.layers.LayerNormalization;
import dev.shapecheck.layers.MultiHeadAttention;
import dev.shapecheck.layers.Reshape;

/**
 * A small Vision Transformer: a 32×32×3 image cut into 64 patches of 4×4 by a strided {@code
 * Conv2D} (64 filters), reshaped to a sequence of 64 patch vectors of 64, a learned position
 * embedding (the custom {@code PositionEmbedding} layer of {@link TransformerClassifier}, a 64×64
 * weight added to the patches), two pre-norm Transformer encoder blocks declared once ({@link
 * Encoder}) and used twice ({@code @Apply(times = 2)}), a final normalization, average pooling and
 * a 10-way softmax. Keras names every layer itself ({@code @Block(names = "{auto}")}), as a Python
 * helper function called without names does: 74,954 parameters in Keras 3.15.1.
 */
@Functional(
    name = "vision_transformer",
    outputs = {"dense_4"})
public interface VisionTransformer {
  /**
   * One pre-norm encoder block: {@code x + MHA(LN(x), LN(x))}, then {@code y + MLP(LN(y))} with a
   * 128-wide GELU hidden layer.
   */
  @Block(outputs = "add_mlp", names = "{auto}")
  interface Encoder {
    @Input
    Layer x();

    @LayerNormalization(epsilon = 1e-6)
    Layer norm1(Layer x);

    @MultiHeadAttention(numHeads = 4, keyDim = 16)
    Layer attention(Layer norm1, @From("norm1") Layer value);

    @Add
    Layer add_attention(Layer attention, Layer x);

    @LayerNormalization(epsilon = 1e-6)
    Layer norm2(Layer add_attention);

    @Dense(units = 128, activation = Activations.GELU)
    Layer mlp(Layer norm2);

    @Dense(units = 64)
    Layer projection(Layer mlp);

    @Add
    Layer add_mlp(Layer projection, Layer add_attention);
  }

  @Input(shape = {32, 32, 3})
  Layer input_layer();

  /** The patch embedding: one 64-vector per 4×4 patch, an 8×8 grid of them. */
  @Conv2D(filters = 64, kernelSize = 4, strides = 4)
  Layer conv2d(Layer input_layer);

  @Reshape(targetShape = {64, 64})
  Layer reshape(Layer conv2d);

  @Custom(type = "PositionEmbedding", params = 64 * 64)
  Layer position_embedding(Layer reshape);

  @Apply(value = Encoder.class, times = 2)
  Layer encoder(Layer position_embedding);

  @LayerNormalization(epsilon = 1e-6)
  Layer layer_normalization_4(Layer encoder);

  @GlobalAveragePooling1D
  Layer global_average_pooling1d(Layer layer_normalization_4);

  @Dense(units = 10, activation = Activations.SOFTMAX)
  Layer dense_4(Layer global_average_pooling1d);
}
