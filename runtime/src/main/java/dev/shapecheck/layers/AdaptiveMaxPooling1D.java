package dev.shapecheck.layers;

import dev.shapecheck.DataFormat;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code AdaptiveMaxPooling1D}: the max over windows Keras sizes so that each of the 1
 * spatial axes of {@code (steps, channels)} has the requested length, whatever the input's.
 *
 * <p>Output: {@code (outputSize..., channels)} in the input's layout. No parameters. Keras's
 * TensorFlow backend runs it only where each spatial length it pools, and each requested length, is
 * at least 2 (it pools with windows {@code ceil(n / out)} and one longer, which must fit).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AdaptiveMaxPooling1D {
  /** The output's spatial lengths: one value. */
  int[] outputSize();

  /** Where the channels sit in the input. */
  DataFormat dataFormat() default DataFormat.CHANNELS_LAST;
}
