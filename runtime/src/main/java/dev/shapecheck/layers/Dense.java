package dev.shapecheck.layers;

import dev.shapecheck.Activations;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code Dense}: a fully connected layer on the last axis of an input of any rank; the other
 * axes are kept. The last axis must be known. Parameters: {@code inputs * units}, plus {@code
 * units} biases when {@code useBias}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Dense {
  /** The size of the output's last axis. */
  int units();

  /** The activation applied to the output. */
  Activations activation() default Activations.LINEAR;

  /** Whether the layer adds one bias per unit. */
  boolean useBias() default true;
}
