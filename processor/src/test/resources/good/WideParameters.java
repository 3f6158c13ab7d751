package test;

import dev.shapecheck.Functional;
import dev.shapecheck.Input;
import dev.shapecheck.Layer;
import dev.shapecheck.layers.Add;

/** Parameter lists that fit in 100 columns and one that must wrap. */
@Functional(name = "wide_parameters")
public interface WideParameters {
  @Input(shape = {8}) Layer a1234567();
  @Input(shape = {8}) Layer b1234567();
  @Input(shape = {8}) Layer c1234567();
  @Input(shape = {8}) Layer d1234567();
  @Input(shape = {8}) Layer e1234567();
  @Add Layer sum(Layer a1234567, Layer b1234567, Layer c1234567, Layer d1234567, Layer e1234567);
  @Add Layer summmmmmmmmmmmmmmmmmm(
      Layer a1234567, Layer b1234567, Layer c1234567, Layer d1234567, Layer sum);
}
