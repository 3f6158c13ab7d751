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
}
