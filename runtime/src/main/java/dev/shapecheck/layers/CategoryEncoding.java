package dev.shapecheck.layers;

import dev.shapecheck.OutputMode;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code CategoryEncoding}: encodes integer indices in {@code [0, numTokens)} as one-hot,
 * multi-hot or count vectors. {@code MULTI_HOT} and {@code COUNT} replace the last axis with {@code
 * numTokens}; {@code ONE_HOT} appends it (or replaces a last axis of 1). No parameters.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface CategoryEncoding {
  /** The number of tokens, at least 1 (Keras has no default). */
  int numTokens();

  /** {@code MULTI_HOT} (Keras's default), {@code ONE_HOT} or {@code COUNT}. */
  OutputMode outputMode() default OutputMode.MULTI_HOT;
}
