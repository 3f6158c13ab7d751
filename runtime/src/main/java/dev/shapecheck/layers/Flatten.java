package dev.shapecheck.layers;

import dev.shapecheck.DataFormat;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code Flatten}: one sample becomes a vector of all its values. Every dimension must be
 * known. No parameters.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Flatten {
  /** The input's layout; it changes the order of the values, never the output shape. */
  DataFormat dataFormat() default DataFormat.CHANNELS_LAST;
}
