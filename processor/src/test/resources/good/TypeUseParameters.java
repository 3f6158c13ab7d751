package test;

import dev.shapecheck.Functional;
import dev.shapecheck.Input;
import dev.shapecheck.Layer;
import dev.shapecheck.layers.Add;
import dev.shapecheck.layers.Dense;
import java.lang.annotation.ElementType;
import java.lang.annotation.Target;

/**
 * Parameters whose type carries a TYPE_USE annotation: the generated class declares them as
 * plain {@code Layer}, never by printing the parameter's type.
 */
@Functional(name = "type_use_parameters")
public interface TypeUseParameters {
  @Input(shape = {8}) Layer x();
  @Dense(units = 8) Layer d(@NonNull Layer x);
  @Add Layer sum(@NonNull Layer x, @NonNull Layer d);
}

@Target(ElementType.TYPE_USE)
@interface NonNull {}
