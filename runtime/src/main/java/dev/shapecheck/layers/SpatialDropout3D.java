package dev.shapecheck.layers;

import dev.shapecheck.DataFormat;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code SpatialDropout3D}: dropout of whole feature maps — during training, every value of a
 * dropped channel is set to 0 together. The input must be {@code (depth, height, width, channels)}
 * or {@code (channels, depth, height, width)} (batch not counted); the output has the input's
 * shape. No parameters.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface SpatialDropout3D {
  /** The fraction of channels dropped, in {@code [0, 1]} as Keras requires. */
  double rate();

  /** Where the channels sit in the input. */
  DataFormat dataFormat() default DataFormat.CHANNELS_LAST;

  /** The random seed; {@code -1} (the default) stands for Keras's {@code None}, a random seed. */
  int seed() default -1;
}
