package test;

import dev.shapecheck.Activations;
import dev.shapecheck.Apply;
import dev.shapecheck.Block;
import dev.shapecheck.Functional;
import dev.shapecheck.Input;
import dev.shapecheck.Layer;
import dev.shapecheck.layers.Add;
import dev.shapecheck.layers.Concatenate;
import dev.shapecheck.layers.Dense;

/**
 * A functional model: two inputs, a block applied once, a layer named SUMMARY (a parameter of
 * that name must not hide the generated field) and a merge of two inbound layers.
 */
@Functional(name = "two_towers")
public interface TwoTowers {
  @Input(shape = {16}) Layer text();
  @Input(shape = {8}) Layer meta();
  @Apply(Residual.class) Layer textTower(Layer text);
  @Dense(units = 4, activation = Activations.RELU) Layer SUMMARY(Layer meta);
  @Concatenate Layer joined(Layer textTower, Layer SUMMARY);
  @Dense(units = 1) Layer score(Layer joined);
}

/** A dense layer with a skip connection. */
@Block
interface Residual {
  @Input Layer in();
  @Dense(units = 16, activation = Activations.RELU) Layer dense(Layer in);
  @Add Layer out(Layer dense, Layer in);
}
