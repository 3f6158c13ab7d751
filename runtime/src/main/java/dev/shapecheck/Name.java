package dev.shapecheck;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The Keras name of one member of a {@link Functional} model or of a {@link Block}, where the
 * method's own name is not the one Keras gives: a template of text and the placeholders of {@link
 * Block#names()}. It replaces, for this member only, the block's {@code names} template (in a
 * model: the method's name).
 *
 * <p>Keras's applications show the three cases a Java method name cannot express: a layer Keras
 * names itself ({@code @Name("{auto}")}: {@code conv2d}, {@code conv2d_1}, ... as Keras numbers
 * unnamed layers per class), a layer named after its block's use alone ({@code @Name("{use}")}:
 * InceptionV3's {@code mixed0}), and a name with the use's position in its chain
 * ({@code @Name("mixed9_{index}")}: {@code mixed9_0}, {@code mixed9_1}).
 *
 * <pre>{@code
 * @Concatenate @Name("{use}") Layer concat(Layer branch1x1, Layer branch5x5, Layer branch_pool);
 * @AveragePooling2D(poolSize = 3, strides = 1, padding = Padding.SAME) @Name("{auto}")
 * Layer pool(Layer x);
 * }</pre>
 *
 * <p>In a model, {@code {use}} and {@code {index}} name nothing (a model's members belong to no
 * use), and a block's {@link Input} takes no name (it is the layer that arrives); both are errors,
 * as is any template {@link Block#names()} rejects.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Name {
  /** The template: text ({@code A-Z a-z 0-9 _ . - >}) and {@code {use}}, {@code {layer}}, ... */
  String value();
}
