package dev.shapecheck;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A reusable piece of a functional graph, declared once like a {@link Functional} model but with
 * shapeless {@link Input @Input}s: it is checked each time it is {@link Apply applied}, for the
 * shapes that arrive there. No class is generated for a block itself.
 *
 * <p>Each use adds the block's layers to the model under Keras names made by {@link #names()}, as
 * Keras's applications name the layers of a helper function from the name its caller passes ({@code
 * name + "_1_conv"}): applied as {@code conv2_block1}, a layer {@code conv1} is {@code
 * conv2_block1_conv1}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Block {
  /**
   * The block's output layers, by method name, in order. Empty (the default): every layer that no
   * other layer of the block consumes.
   */
  String[] outputs() default {};

  /**
   * How each use names the block's layers (and its nested uses): text and placeholders.
   *
   * <ul>
   *   <li>{@code {use}}: the use's name, the {@link Apply @Apply} method's ({@code conv2_block1}
   *       for the first use of a chain {@code conv2_block}); a nested use's is its own name;
   *   <li>{@code {layer}}: the layer's method name;
   *   <li>{@code {index}}: the use's position in its chain, from 0 (0 for a single use), as the
   *       loop variable of Keras's {@code "mixed9_" + str(i)};
   *   <li>{@code {auto}}: the name Keras gives a layer created without one: its class in
   *       snake_case, numbered per class in the model in declaration order ({@code conv2d}, {@code
   *       conv2d_1}, ...), as Keras numbers them in a new session. It is the whole template.
   * </ul>
   *
   * <p>The default, {@code "{use}_{layer}"}, is what a Keras helper writes ({@code name + "_" +
   * suffix}). Keras's ResNet50 names its block layers {@code conv2_block1_1_conv}: with {@code
   * names = "{use}{layer}"}, a method {@code _1_conv} gives exactly that. The text may hold
   * letters, digits and {@code _ . - >}: Keras 3 rejects a {@code /} in a layer name, and
   * TensorFlow any other character when the model runs. A member's {@link Name @Name} replaces this
   * template for that member.
   */
  String names() default "{use}_{layer}";
}
