package dev.shapecheck.layers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keras {@code MaxNumBoundingBoxes}: pads or truncates the bounding boxes of a detection batch to
 * {@code maxNumber}. On an image tensor (what ShapeCheck declares; Keras's dictionary of images and
 * boxes is not a tensor) it returns the images unchanged: the output shape is the input shape, an
 * image or a batch of images. No parameters.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface MaxNumBoundingBoxes {
  /** The number of boxes per image in the output (Keras's {@code int(max_number)}, no default). */
  int maxNumber();

  /** The value padded boxes and labels get (Keras's default -1; its config does not keep it). */
  int fillValue() default -1;
}
