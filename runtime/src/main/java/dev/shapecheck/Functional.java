package dev.shapecheck;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a Keras functional model: a graph of layers, checked at compile time like a {@link
 * Sequential} one. The interface declares one {@link Input @Input} method per input, then one
 * method per layer whose parameters name its inbound layers: a parameter {@code conv1} of type
 * {@link Layer} is the output of the method {@code conv1()}. Parameters can only name earlier
 * methods, so a graph can never contain a cycle.
 *
 * <pre>{@code
 * @Functional(name = "residual_block")
 * public interface ResidualBlock {
 *   @Input(shape = {56, 56, 64}) Layer input();
 *   @Conv2D(filters = 64, kernelSize = 3, padding = Padding.SAME) Layer conv(Layer input);
 *   @Add Layer add(Layer conv, Layer input);
 * }
 * }</pre>
 *
 * <p>A method annotated {@link Apply @Apply} uses a {@link Block @Block} (or another functional
 * model) as one step of the graph.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Functional {
  /** The model's name; defaults to the interface name in Keras's snake_case. */
  String name() default "";

  /**
   * The output layers, by method name, in order. Empty (the default): every layer that no other
   * layer consumes, in declaration order.
   */
  String[] outputs() default {};

  /** The type of weights and activations, for the memory figures. */
  DType dtype() default DType.FLOAT32;

  /** The most parameters the model may have; -1 for no limit. */
  long maxParams() default -1;

  /** The most multiply-accumulates per sample the model may perform; -1 for no limit. */
  long maxMacs() default -1;

  /** The most bytes of weights the model may have; -1 for no limit. */
  long maxParamBytes() default -1;
}
