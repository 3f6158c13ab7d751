package dev.shapecheck;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a layer method's parameter to a member other than the one its name names, or to one output
 * of a layer with several: {@code Layer attn(Layer x, @From("x") Layer value)} calls {@code attn}
 * on {@code x} twice (Keras's {@code mha(x, x)}), and {@code @From(value = "encoder", output = 1)}
 * takes the second output of {@code encoder} (an {@code LSTM} with {@code returnState}: {@code
 * [output, state_h, state_c]}). Without it, a parameter consumes output 0 of the member it is named
 * after.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface From {
  /** The input, layer or {@code @Apply} use whose output this parameter consumes. */
  String value();

  /**
   * Which of its outputs, from 0, as Keras's {@code keras_history} tensor index: an {@code LSTM}
   * with {@code returnState} has 3 ({@code output, state_h, state_c}), a {@code GRU} or {@code
   * SimpleRNN} 2 ({@code output, state}); every other layer 1.
   */
  int output() default 0;
}
