package dev.shapecheck.layers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code SpectralNormalization}: a wrapper that divides the wrapped layer's kernel by its
 * largest singular value while training. Written beside the wrapped layer's annotation:
 * {@code @SpectralNormalization @Dense(units = 64) Layer d();}.
 *
 * <p>The output is the wrapped layer's. Parameters: the wrapped layer's, plus Keras's non-trainable
 * {@code vector_u} of {@code kernel.shape[-1]} values: {@code units} (Dense), {@code filters}
 * (Conv), the input channels (ConvTranspose), {@code depthMultiplier} (DepthwiseConv), {@code
 * outputDim} (Embedding, ReversibleEmbedding). Keras refuses any other layer: it needs a {@code
 * kernel} or {@code embeddings} weight.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface SpectralNormalization {
  /** The power iterations per training step; Keras requires at least 1. */
  int powerIterations() default 1;
}
