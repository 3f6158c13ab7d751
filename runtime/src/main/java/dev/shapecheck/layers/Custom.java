package dev.shapecheck.layers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A custom Keras layer, a subclass of {@code keras.layers.Layer} written in Python, declared by
 * what ShapeCheck cannot read from its code: its class name, its output shape and its weight
 * counts. ShapeCheck trusts them; that the Python class really computes that shape and creates that
 * many weights is the user's responsibility. The layer appears in summaries, totals and the Keras
 * JSON under its class name, the JSON as Keras writes a custom object registered with
 * {@code @keras.saving.register_keras_serializable()} ({@code "registered_name":
 * "Custom>LayerScale"}) whose {@code get_config} adds nothing to the base config ({@code name},
 * {@code trainable}, {@code dtype}).
 *
 * <p>Takes one inbound layer or several (then Keras passes its {@code call} a list; the batch and
 * the default output shape are the first input's).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Custom {
  /** The Python class name, as summaries show it: a Python identifier, e.g. {@code LayerScale}. */
  String type();

  /**
   * The output shape without the batch axis, each dimension positive or {@code -1} ({@code
   * Shape.NONE}); empty (the default): the shape of the (first) input, as for a layer that scales
   * or shifts its input.
   */
  int[] outputShape() default {};

  /** All its weights, trainable and not, as Keras's summary counts them ("Param #"); 0 or more. */
  int params() default 0;

  /** How many of {@code params} are non-trainable ({@code add_weight(trainable=False)}). */
  int nonTrainableParams() default 0;
}
