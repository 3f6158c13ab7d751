package dev.shapecheck.layers;

import dev.shapecheck.DataFormat;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code GlobalMaxPool1D}: the alias {@code keras.layers} exports for {@link
 * GlobalMaxPooling1D}, the same layer with the same arguments. Keras builds a {@code
 * GlobalMaxPooling1D} from it, so summaries, names and the Keras JSON show {@code
 * GlobalMaxPooling1D}; see {@link GlobalMaxPooling1D} for its rule.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface GlobalMaxPool1D {
  /** Where the channels sit in the input. */
  DataFormat dataFormat() default DataFormat.CHANNELS_LAST;

  /** Keep every spatial axis with length 1 instead of dropping it. */
  boolean keepdims() default false;
}
