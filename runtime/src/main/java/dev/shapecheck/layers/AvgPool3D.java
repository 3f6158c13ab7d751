package dev.shapecheck.layers;

import dev.shapecheck.DataFormat;
import dev.shapecheck.Padding;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code AvgPool3D}: the alias {@code keras.layers} exports for {@link AveragePooling3D}, the
 * same layer with the same arguments. Keras builds a {@code AveragePooling3D} from it, so
 * summaries, names and the Keras JSON show {@code AveragePooling3D}; see {@link AveragePooling3D}
 * for its rule.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AvgPool3D {
  /**
   * The window depth, height and width; one value is used for all three. Required: Keras 3's {@code
   * AveragePooling} has no {@code pool_size} default (unlike {@code MaxPooling}, whose default is
   * 2).
   */
  int[] poolSize();

  /**
   * The step between windows per axis; one value is used for all three. Empty (the default) means
   * Keras's {@code None}: the same as {@link #poolSize()}.
   */
  int[] strides() default {};

  /** {@code VALID} (no padding) or {@code SAME}. */
  Padding padding() default Padding.VALID;

  /** Where the channels sit in the input. */
  DataFormat dataFormat() default DataFormat.CHANNELS_LAST;
}
