package dev.shapecheck.layers;

import dev.shapecheck.DataFormat;
import dev.shapecheck.Padding;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code MaxPool2D}: the alias {@code keras.layers} exports for {@link MaxPooling2D}, the
 * same layer with the same arguments. Keras builds a {@code MaxPooling2D} from it, so summaries,
 * names and the Keras JSON show {@code MaxPooling2D}; see {@link MaxPooling2D} for its rule.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface MaxPool2D {
  /** The window height and width; one value is used for both. */
  int[] poolSize() default 2;

  /**
   * The step between windows per axis; one value is used for both. Empty (the default) means
   * Keras's {@code None}: the same as {@link #poolSize()}.
   */
  int[] strides() default {};

  /** {@code VALID} (no padding) or {@code SAME}. */
  Padding padding() default Padding.VALID;

  /** Where the channels sit in the input. */
  DataFormat dataFormat() default DataFormat.CHANNELS_LAST;
}
