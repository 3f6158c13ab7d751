package dev.shapecheck;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a Keras {@code Sequential} model as an interface: each abstract method returning {@link
 * Layer} and carrying one layer annotation from {@code dev.shapecheck.layers} is a layer, in source
 * order, named after the method.
 *
 * <p>The ShapeCheck annotation processor computes every layer's shape and parameter count while
 * javac runs, reports invalid stacks as compile errors on the annotation at fault, and generates
 * {@code <Interface>Model}: the implementation with the summary as constants.
 *
 * <p>A {@code @Sequential} model can also be one layer of another model, as Keras's {@code
 * model(x)} nests it: a method {@code @Apply(Stem.class) Layer stem(Layer x);} in a {@link
 * Functional} model (or {@code @Apply(Stem.class) Layer stem();} in a sequential one) is one row,
 * of class {@code Sequential}, named after the method, with the nested model's output and weights.
 *
 * <pre>{@code
 * @Sequential(name = "mnist_cnn", input = {28, 28, 1})
 * public interface MnistCnn {
 *   @Conv2D(filters = 32, kernelSize = 3, activation = Activations.RELU) Layer conv1();
 *   @MaxPooling2D(poolSize = 2) Layer pool1();
 *   @Flatten Layer flatten();
 *   @Dense(units = 10, activation = Activations.SOFTMAX) Layer output();
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Sequential {
  /**
   * The model's name as Keras prints it; empty means the interface name in snake_case, the way
   * Keras derives names from class names ({@code MnistCnn} becomes {@code mnist_cnn}).
   */
  String name() default "";

  /**
   * The shape of one input sample, without the batch dimension, like Keras's {@code input_shape};
   * {@link Shape#NONE} marks an unknown dimension (a variable-length sequence, say).
   *
   * <p>Empty (the default): the model has no input of its own, as a Keras {@code Sequential}
   * without an {@code Input}, and takes whatever shape arrives where another model nests it with
   * {@link Apply @Apply}. Such a model is checked at each use; no class is generated for it.
   */
  int[] input() default {};

  /** A fixed batch size, or {@link Shape#NONE} (the default) to leave it open. */
  int batchSize() default Shape.NONE;

  /** The type of weights and activations, which sets every memory figure (float32 by default). */
  DType dtype() default DType.FLOAT32;

  /**
   * The dtype of the input, Keras's {@code keras.Input(dtype=...)}: {@link InputDType#FLOAT} (the
   * default, the model's {@link #dtype()}), or the integers or strings a lookup layer takes, e.g.
   * {@code InputDType.STRING} before a {@code StringLookup}.
   */
  InputDType inputDtype() default InputDType.FLOAT;

  /**
   * The output shape the model must have, without the batch (e.g. {@code {10}}); a different final
   * shape is a compile error. Empty (the default) expects nothing.
   */
  int[] expectOutput() default {};

  /** At most this many parameters (trainable and not); -1 (the default) sets no budget. */
  long maxParams() default -1;

  /** At most this many multiply-accumulates per sample; -1 (the default) sets no budget. */
  long maxMacs() default -1;

  /** At most this many bytes of weights at {@link #dtype()}; -1 (the default) sets no budget. */
  long maxParamBytes() default -1;
}
