package dev.shapecheck;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Nests a {@link Sequential} model as one layer, or uses a {@link Block} (or a {@link Functional}
 * model) as one step of a functional graph.
 *
 * <p>Applied to a {@code @Sequential} interface, the use is one layer of class {@code Sequential}
 * named after the method, as Keras's {@code keras.Sequential([...], name=...)(x)} is: its output
 * and weights (trainable and not) are those of the nested model called on what arrives, and its
 * layers keep their own names (their methods'). This works in {@code @Functional} models, blocks
 * and {@code @Sequential} models (where the method takes no parameter); such a use takes no {@code
 * times}, {@code from} or {@code set}: a Keras model is one object, called once per use.
 *
 * <p>A {@code @Block} or {@code @Functional} interface is used as a step of the graph instead: its
 * layers are added to the model, as a Python helper function adds them. The method's parameters
 * feed the block's inputs in order; its name names this use, and the block's layers take Keras
 * names made from it by the block's {@link Block#names() names} template ({@code
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
  /**
   * The {@link Sequential @Sequential} model to nest, or the {@link Block @Block} or {@link
   * Functional @Functional} interface to apply.
   */
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
