package dev.shapecheck.layers;

import dev.shapecheck.Activations;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code EinsumDense}: a dense layer whose product with its kernel is an einsum equation,
 * {@code input,kernel->output}, e.g. {@code "abc,cd->abd"} (a Dense on the last axis) or {@code
 * "...b,bc->...c"} ({@code ...} for the axes the equation leaves out, on the left, or on the right
 * as {@code "ab...,bc->ac..."}). The equation is parsed and checked as Keras's {@code
 * _analyze_einsum_string} does: each output letter comes from the input or the kernel, each kernel
 * letter from the input or the output, and a letter of both input and output has the same size in
 * both. The output shape is {@code outputShape} after the batch (with the left-out axes), its
 * {@code -1}s staying None as in Keras's summary.
 *
 * <p>Parameters: the kernel, one size per kernel letter (the output's size for a letter of the
 * output, else the input's), and the bias over {@code biasAxes} (from its first letter in the
 * output to the output's end, 1 for the letters not named).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface EinsumDense {
  /** The einsum equation {@code input,kernel->output}, e.g. {@code "abc,cd->abd"}. */
  String equation();

  /**
   * The output's shape without the batch (and without the axes {@code ...} leaves out); {@code -1}
   * (Keras's None) for a size of an input letter, which then stays None in the output shape.
   */
  int[] outputShape();

  /** The activation applied to the output. */
  Activations activation() default Activations.LINEAR;

  /** The output letters with a bias, e.g. {@code "d"}; empty (Keras's None): no bias. */
  String biasAxes() default "";
}
