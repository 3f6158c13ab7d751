package shadows;

import dev.shapecheck.Sequential;
import dev.shapecheck.layers.Dense;

/**
 * Names the generated class must not take unqualified: {@code String} is a class of this
 * package (it hides {@code java.lang.String}) and {@code Shape} a member type of the interface.
 */
@Sequential(name = "shadowed_names", input = {8})
public interface ShadowedNames {
  interface Shape {}

  @Dense(units = 2) dev.shapecheck.Layer dense();
}

final class String {}
