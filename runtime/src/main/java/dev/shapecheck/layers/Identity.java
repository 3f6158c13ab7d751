package dev.shapecheck.layers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code Identity}: passes its input through unchanged, a placeholder where a model's
 * variants put a layer or none. Any input rank; the output has the input's shape. No parameters.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Identity {}
