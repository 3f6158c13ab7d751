package dev.shapecheck;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One input of a {@link Functional} model or of a {@link Block}: a method without parameters whose
 * name is the input's name, as Keras's {@code keras.Input(shape, name=...)}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Input {
  /**
   * The shape of one sample, without the batch; {@link Shape#NONE} for an unknown dimension.
   * Required in a {@link Functional} model. In a {@link Block} it is usually left empty: the input
   * takes whatever shape arrives where the block is applied (when given, the arriving shape must
   * equal it).
   */
  int[] shape() default {};

  /** A fixed batch size, or {@link Shape#NONE} (Keras's None). */
  int batchSize() default Shape.NONE;

  /**
   * The dtype of the input, Keras's {@code keras.Input(dtype=...)}: {@link InputDType#FLOAT} (the
   * default, the model's {@link Functional#dtype()}), or the integers or strings a lookup layer
   * takes, e.g. {@code InputDType.STRING} before a {@code StringLookup}. Named {@code dtype} as
   * Keras names it; {@link Sequential#inputDtype()} has the longer name only because a sequential
   * model's {@code dtype} is its weights'. In a {@link Block} the input takes the dtype that
   * arrives, as it takes the shape: a dtype given there must be the arriving one.
   */
  InputDType dtype() default InputDType.FLOAT;
}
