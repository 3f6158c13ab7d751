package dev.shapecheck.layers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code Lambda}: a parameter-free operation written in Python, whose output shape the user
 * states as Keras's {@code Lambda(function, output_shape=...)} does. ShapeCheck cannot see the
 * function: it trusts {@code outputShape} and counts no parameters; that the function really gives
 * that shape is the user's responsibility (Keras, too, takes {@code output_shape} on trust when it
 * builds the model, and finds out only when the model runs).
 *
 * <p>Takes one inbound layer or several (then Keras passes the function a list; the batch is the
 * first input's). In the model's Keras JSON the function is the Python function named like the
 * layer ({@code custom_objects={"<layer name>": fn}} when loading it).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Lambda {
  /**
   * The output shape without the batch axis, as Keras's {@code output_shape}: at least one
   * dimension, each positive or {@code -1} ({@code Shape.NONE}, Keras's {@code None}) for a size
   * known only when the model runs.
   */
  int[] outputShape();
}
