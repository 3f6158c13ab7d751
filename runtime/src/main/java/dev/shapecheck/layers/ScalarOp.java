package dev.shapecheck.layers;

import dev.shapecheck.Operator;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Arithmetic between a tensor and a Python number in a functional model, as Keras 3 records it:
 * {@code x + 3.0} is not a layer but a {@code keras.ops} operation ({@code
 * keras.src.ops.numpy.Add}) applied to {@code x} and {@code 3.0}. Keras's summary shows it as a row
 * of its own, {@code add (Add)}, with no weights, named from the same counter as the layers ({@code
 * add}, {@code add_1}, ..., shared with {@code keras.layers.Add}); {@code model.layers} leaves it
 * out. The output has the input's shape (a number broadcasts to every position).
 *
 * <p>MobileNetV3's {@code hard_sigmoid(x) = ReLU(6.0)(x + 3.0) * (1.0 / 6.0)} is:
 *
 * <pre>{@code
 * @ScalarOp(op = Operator.ADD, value = 3.0) @Name("{auto}") Layer add(Layer conv);
 * @ReLU(maxValue = 6.0) @Name("{auto}") Layer re_lu(Layer add);
 * @ScalarOp(op = Operator.MULTIPLY, value = 1.0 / 6.0) @Name("{auto}") Layer multiply(Layer re_lu);
 * }</pre>
 *
 * <p>Functional models and blocks only: Keras's {@code Sequential} takes only layers. In the Keras
 * JSON it is written as Keras 3 writes it ({@code "module": "keras.src.ops.numpy"}, the number
 * among the node's arguments), which {@code model_from_json} loads.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ScalarOp {
  /** The operation: {@link Operator#ADD} for {@code x + c}, and so on. */
  Operator op();

  /**
   * The number, a finite double as Python writes it ({@code 3.0}, {@code 1.0 / 6.0}); Keras's JSON
   * holds no NaN or infinity.
   */
  double value();

  /**
   * Whether the number is the first operand, as Python's reflected operators call the operation
   * ({@code 3.0 - x} is {@code subtract(3.0, x)}); the shape is the same either way.
   */
  boolean scalarFirst() default false;
}
