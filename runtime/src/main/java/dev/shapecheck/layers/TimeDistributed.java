package dev.shapecheck.layers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code TimeDistributed}: a wrapper that applies the layer beside it to every step of the
 * first axis, with the same weights. Written as a second annotation on the layer's method:
 * {@code @TimeDistributed @Dense(units = 8) Layer perStep();}.
 *
 * <p>Input {@code (timesteps, ...)} of rank 2 or more; output {@code (timesteps, ...)} where {@code
 * ...} is the wrapped layer's output for one step. Parameters: the wrapped layer's.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface TimeDistributed {}
