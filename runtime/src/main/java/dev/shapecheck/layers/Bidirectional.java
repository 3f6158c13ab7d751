package dev.shapecheck.layers;

import dev.shapecheck.MergeMode;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code Bidirectional}: a wrapper that runs the recurrent layer beside it twice, forwards
 * and backwards, and merges the two outputs. Written as a second annotation on the layer's method:
 * {@code @Bidirectional @LSTM(units = 64, returnSequences = true) Layer encoder();}.
 *
 * <p>Wraps {@code SimpleRNN}, {@code LSTM} or {@code GRU} (without {@code goBackwards}: Keras 3
 * builds the backward copy itself). Output: the wrapped layer's, with the last dimension doubled
 * for {@code CONCAT}. Parameters: twice the wrapped layer's. Keras's {@code merge_mode=None}
 * returns two outputs, which a sequential stack cannot pass on, so it is not offered.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Bidirectional {
  /** How the forward and backward outputs are combined. */
  MergeMode mergeMode() default MergeMode.CONCAT;
}
