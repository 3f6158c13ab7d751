package dev.shapecheck;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Uses a {@link Block} (or a {@link Functional} model) as one step of a functional graph. The
 * method's parameters feed the block's inputs in order; its name names this use, and the block's
 * layers take Keras names made from it by the block's {@link Block#names() names} template ({@code
 * conv2_block1_conv1} by default), as Keras's applications name the layers of a helper function
 * after the name its caller passes.
 *
 * <pre>{@code
 * @Apply(value = Bottleneck.class, times = 2, set = {"conv1.filters=64", "conv3.filters=256"})
 * Layer conv2_block(Layer conv2_block1);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Apply {
  /** The {@link Block @Block} or {@link Functional @Functional} interface to apply. */
  Class<?> value();

  /**
   * How many times to apply the block in a chain, each use consuming the previous one's output (the
   * block must have one input and one output). Uses are named after the method with their number:
   * {@code conv2_block} applied 3 times gives {@code conv2_block1} to {@code conv2_block3}; a
   * {@code _} separates the number from a name ending in a digit.
   */
  int times() default 1;

  /**
   * The number of a chain's first use, so that the uses can carry the names a reference model gives
   * them: Keras's ResNet50 opens a stage with a projection block {@code conv3_block1} and goes on
   * with identity blocks {@code conv3_block2} to {@code conv3_block4}, which are
   *
   * <pre>{@code
   * @Apply(value = Identity.class, times = 3, from = 2) Layer conv3_block(Layer conv3_block1);
   * }</pre>
   *
   * <p>Uses are numbered {@code from} to {@code from + times - 1}; 0 or more. A single use ({@code
   * times = 1}) is named after its method, so it takes no {@code from}: name the method {@code
   * conv3_block2} instead. A use name that another member (or a use of another chain) already has
   * is an error on the {@code @Apply}, since Keras layer names are unique.
   */
  int from() default 1;

  /**
   * Per-use arguments: {@code "layer.attribute=value"} replaces an annotation attribute of one of
   * the block's layers for this use ({@code "conv1.filters=128"}, {@code "conv1.strides={2, 2}"},
   * {@code "act.activation=RELU"}); a nested use is reached through its name ({@code
   * "branch1.conv.filters=64"}). Values are written as in Java source.
   */
  String[] set() default {};
}
