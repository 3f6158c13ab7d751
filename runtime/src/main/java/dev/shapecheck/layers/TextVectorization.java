package dev.shapecheck.layers;

import dev.shapecheck.OutputMode;
import dev.shapecheck.Split;
import dev.shapecheck.Standardize;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code TextVectorization}: standardizes and splits strings, then maps the tokens to indices
 * of a vocabulary (a {@code StringLookup} with the mask token {@code ""}). The vocabulary is data,
 * so its size is declared ({@code vocabularySize}). {@code INT} output is {@code
 * (outputSequenceLength)} whatever the input's rank ({@code None} when not set); the other modes
 * encode the split tokens (a last axis of unknown length; none without a split) as {@code
 * StringLookup} does. Takes strings ({@code inputDtype = InputDType.STRING}); with a split, each
 * sample one string per row (a last axis of 1). No parameters.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface TextVectorization {
  /**
   * The size of the vocabulary as Keras's {@code vocabulary_size()} counts it: the terms plus the
   * OOV index, plus the mask index ({@code ""}) in {@code INT} output.
   */
  int vocabularySize();

  /** The largest vocabulary, special indices included: at least 2; -1 (the default) is None. */
  int maxTokens() default -1;

  /** How text is standardized; Keras's default lowercases and strips punctuation. */
  Standardize standardize() default Standardize.LOWER_AND_STRIP_PUNCTUATION;

  /** How text is split into tokens; Keras's default splits on whitespace. */
  Split split() default Split.WHITESPACE;

  /**
   * The n-grams to make: empty (the default) is Keras's {@code None}; one value {@code n} all
   * n-grams up to {@code n}; several values exactly those.
   */
  int[] ngrams() default {};

  /** {@code INT} (Keras's default), {@code ONE_HOT}, {@code MULTI_HOT}, {@code COUNT} or TF_IDF. */
  OutputMode outputMode() default OutputMode.INT;

  /** {@code INT} output padded or truncated to this length; -1 (the default) is None. */
  int outputSequenceLength() default -1;

  /** Pad the encoded outputs to {@code maxTokens} (which must then be set). */
  boolean padToMaxTokens() default false;
}
