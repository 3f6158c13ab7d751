package dev.shapecheck.layers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code Multiply}: the elementwise product of two or more inputs (a gate, a scaling).
 *
 * <p>A merge layer: it belongs in a {@link dev.shapecheck.Functional} model or a {@link
 * dev.shapecheck.Block}, where the method's {@code Layer} parameters name its inputs. Shapes are
 * aligned from the last axis and broadcast as Keras does: on each axis the sizes must be equal, or
 * one of them 1 (the other wins), or unknown (the result is unknown); an input of lower rank is
 * aligned with the trailing axes of the others. Known batch sizes must agree. No parameters.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Multiply {}
