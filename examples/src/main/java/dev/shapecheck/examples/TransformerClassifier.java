package dev.shapecheck.examples;

import dev.shapecheck.Activations;
import dev.shapecheck.From;
import dev.shapecheck.Functional;
import dev.shapecheck.Input;
import dev.shapecheck.Layer;
import dev.shapecheck.layers.Add;
import dev.shapecheck.layers.Custom;
import dev.shapecheck.layers.Dense;
import dev.shapecheck.layers.Dropout;
import dev.shapecheck.layers.Embedding;
import dev.shapecheck.layers.GlobalAveragePooling1D;
import dev.shapecheck.layers.LayerNormalization;
import dev.shapecheck.layers.MultiHeadAttention;

/**
 * The keras.io example "Text classification with Transformer" ({@code
 * text_classification_with_transformer}): 200 tokens of a 20,000-word vocabulary, embedded in 32
 * dimensions, one Transformer encoder block (2-head self-attention, feed-forward 32), average
 * pooling and a 2-way softmax.
 *
 * <p>keras.io wraps the token and position embeddings in one custom layer; here the token part is
 * Keras's {@code Embedding} and the position part a custom layer, {@code PositionEmbedding}, which
 * owns a {@code (maxlen, embed)} = 200×32 weight and adds it to the tokens (its Python class is in
 * {@code conformance/keras/reference_models.py}). The encoder block is written out with Keras's
 * {@code Add} layers where keras.io writes {@code inputs + attn_output}. Methods are named as Keras
 * names the layers (the attention layer's own internal {@code Dropout} takes the name {@code
 * dropout}, so the model's first is {@code dropout_1}), so the summaries read alike: 657,758
 * parameters in Keras 3.15.1.
 */
@Functional(
    name = "transformer_classifier",
    outputs = {"dense_3"})
public interface TransformerClassifier {
  @Input(shape = {200})
  Layer input_layer();

  @Embedding(inputDim = 20_000, outputDim = 32)
  Layer embedding(Layer input_layer);

  /** The position embeddings, one 32-vector per position, added to the tokens. */
  @Custom(type = "PositionEmbedding", params = 200 * 32)
  Layer position_embedding(Layer embedding);

  /** {@code MultiHeadAttention(num_heads=2, key_dim=32)(x, x)}: self-attention. */
  @MultiHeadAttention(numHeads = 2, keyDim = 32)
  Layer multi_head_attention(Layer position_embedding, @From("position_embedding") Layer value);

  @Dropout(rate = 0.1)
  Layer dropout_1(Layer multi_head_attention);

  @Add
  Layer add(Layer position_embedding, Layer dropout_1);

  @LayerNormalization(epsilon = 1e-6)
  Layer layer_normalization(Layer add);

  @Dense(units = 32, activation = Activations.RELU)
  Layer dense(Layer layer_normalization);

  @Dense(units = 32)
  Layer dense_1(Layer dense);

  @Dropout(rate = 0.1)
  Layer dropout_2(Layer dense_1);

  @Add
  Layer add_1(Layer layer_normalization, Layer dropout_2);

  @LayerNormalization(epsilon = 1e-6)
  Layer layer_normalization_1(Layer add_1);

  @GlobalAveragePooling1D
  Layer global_average_pooling1d(Layer layer_normalization_1);

  @Dropout(rate = 0.1)
  Layer dropout_3(Layer global_average_pooling1d);

  @Dense(units = 20, activation = Activations.RELU)
  Layer dense_2(Layer dropout_3);

  @Dropout(rate = 0.1)
  Layer dropout_4(Layer dense_2);

  @Dense(units = 2, activation = Activations.SOFTMAX)
  Layer dense_3(Layer dropout_4);
}
