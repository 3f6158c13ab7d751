package dev.shapecheck.layers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code ActivityRegularization}: passes its input through unchanged and adds {@code l1 *
 * sum(|x|) + l2 * sum(x²)} to the training loss. Any input; same output; no parameters.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ActivityRegularization {
  /** The L1 factor; Keras requires a finite value of at least 0. */
  double l1() default 0.0;

  /** The L2 factor; Keras requires a finite value of at least 0. */
  double l2() default 0.0;
}
