package dev.shapecheck;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An assertion on one layer's output shape, checked by the compiler: a test inside the declaration.
 * {@code @ExpectShape({13, 13, 32}) @MaxPooling2D(poolSize = 2) Layer pool1();} fails compilation
 * if {@code pool1} does not output {@code (None, 13, 13, 32)}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ExpectShape {
  /** The expected output dimensions without the batch; {@link Shape#NONE} for an unknown one. */
  int[] value();
}
