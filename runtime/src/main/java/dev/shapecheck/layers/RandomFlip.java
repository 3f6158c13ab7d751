package dev.shapecheck.layers;

import dev.shapecheck.DataFormat;
import dev.shapecheck.FlipMode;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code RandomFlip}: flips images at random while training (the identity at inference).
 * Input {@code (height, width, channels)}; the output shape is the input shape. No parameters.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RandomFlip {
  /** Which flips ({@code HORIZONTAL_AND_VERTICAL}, Keras's default). */
  FlipMode mode() default FlipMode.HORIZONTAL_AND_VERTICAL;

  /** The random seed; {@code -1} (the default) stands for Keras's {@code None}. */
  int seed() default -1;

  /** Where the channels are. */
  DataFormat dataFormat() default DataFormat.CHANNELS_LAST;
}
