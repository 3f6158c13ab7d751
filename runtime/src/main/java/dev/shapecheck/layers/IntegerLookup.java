package dev.shapecheck.layers;

import dev.shapecheck.OovMethod;
import dev.shapecheck.OutputMode;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code IntegerLookup}: maps integers to indices of a vocabulary. The vocabulary is data
 * (given to Keras's {@code vocabulary=} or learnt by {@code adapt()}), so ShapeCheck is told its
 * size: {@code vocabularySize}, which sets the depth of the encoded outputs. {@code INT} keeps the
 * shape; {@code ONE_HOT} appends the depth (or replaces a last axis of 1); {@code MULTI_HOT},
 * {@code COUNT} and {@code TF_IDF} replace the last axis with it. No parameters. Takes numbers
 * (Keras casts them to int64), not strings.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface IntegerLookup {
  /**
   * The size of the vocabulary as Keras's {@code vocabulary_size()} counts it: the terms plus the
   * mask index ({@code INT} output with a mask token) and the {@code numOovIndices} OOV indices.
   * E.g. 4 for {@code vocabulary=[12, 36, 1138]} with the defaults.
   */
  int vocabularySize();

  /** The largest vocabulary, special indices included: at least 2; -1 (the default) is None. */
  int maxTokens() default -1;

  /** How many out-of-vocabulary indices, 0 or more (Keras's default is 1). */
  int numOovIndices() default 1;

  /**
   * The integer that marks masked inputs (index 0 in {@code INT} output); empty (the default) is
   * Keras's {@code None}, no mask.
   */
  int[] maskToken() default {};

  /** The integer returned for OOV indices when {@code invert}; Keras's default -1. */
  int oovToken() default -1;

  /** Map indices back to vocabulary integers (only with {@code INT} output). */
  boolean invert() default false;

  /** {@code INT} (Keras's default), {@code ONE_HOT}, {@code MULTI_HOT}, {@code COUNT} or TF_IDF. */
  OutputMode outputMode() default OutputMode.INT;

  /** Pad the encoded outputs to {@code maxTokens} (which must then be set). */
  boolean padToMaxTokens() default false;

  /** How OOV integers are spread over several OOV indices: FLOORMOD (the default) or FARMHASH. */
  OovMethod oovMethod() default OovMethod.FLOORMOD;

  /**
   * The salt of a keyed (SipHash) hash, only with {@code oovMethod = FARMHASH}: one integer, or a
   * pair; empty (the default) is Keras's {@code None}.
   */
  int[] salt() default {};
}
