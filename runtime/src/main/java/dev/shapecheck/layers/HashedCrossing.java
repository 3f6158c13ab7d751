package dev.shapecheck.layers;

import dev.shapecheck.OutputMode;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code HashedCrossing}: crosses two categorical features (integers or strings) and hashes
 * each pair into one of {@code numBins} bins. Keras's call takes a list of exactly two tensors, so
 * the method takes two parameters, in order: {@code @HashedCrossing(numBins = 32) Layer
 * crossed(Layer country, Layer language);}. Each input holds one value per sample (shape {@code
 * {1}}), the two of one shape and batch size; {@code INT} gives {@code (batch, 1)} int64 bin
 * indices, {@code ONE_HOT} {@code (batch, numBins)}. No parameters.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface HashedCrossing {
  /**
   * The number of bins (Keras has no default). Keras takes 0 (every pair in one bin... of none):
   * with {@code ONE_HOT} that is an empty axis, which ShapeCheck cannot declare.
   */
  int numBins();

  /** {@code INT} (Keras's default, int64 indices) or {@code ONE_HOT}; Keras takes no other. */
  OutputMode outputMode() default OutputMode.INT;

  /** Whether the output is a sparse tensor (TensorFlow backend only); the shape is the same. */
  boolean sparse() default false;
}
