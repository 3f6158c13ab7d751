package dev.shapecheck.layers;

import dev.shapecheck.DataFormat;
import dev.shapecheck.Padding;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code AveragePooling1D}: the average over each window of {@code (steps, channels)}.
 *
 * <p>Output per spatial axis: {@code VALID} gives {@code floor((n - p) / s) + 1}, {@code SAME}
 * gives {@code ceil(n / s)}. No parameters.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AveragePooling1D {
  /**
   * The window length. Required: Keras 3's {@code AveragePooling} has no {@code pool_size} default
   * (unlike {@code MaxPooling}, whose default is 2).
   */
  int[] poolSize();

  /**
   * The step between windows. Empty (the default) means Keras's {@code None}: the same as {@link
   * #poolSize()}.
   */
  int[] strides() default {};

  /** {@code VALID} (no padding) or {@code SAME}. */
  Padding padding() default Padding.VALID;

  /** Where the channels sit in the input. */
  DataFormat dataFormat() default DataFormat.CHANNELS_LAST;
}
